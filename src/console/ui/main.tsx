// orgbase's console: a client of the public API like any other, signed in with a personal API
// key. Preact (about 4.5 kB gzipped, no dependencies of its own) renders it; see the commit.
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { configureApi, sentence } from './api.ts';
import { AuditPage } from './audit.tsx';
import { IntegrationsPage } from './integrations.tsx';
import { InvitesPage } from './invites.tsx';
import { KeysPage } from './keys.tsx';
import { MembersPage } from './members.tsx';
import { OrganizationsPage, SettingsPage } from './organizations.tsx';
import { ProjectsPage } from './projects.tsx';
import { DomainsPage } from './domains.tsx';
import { RolesPage } from './roles.tsx';
import { follow, navigate, usePath } from './router.ts';
import { forgetKey, introspect, LEVEL_NAMES, refusal, signIn, storedKey, type Introspection } from './session.ts';
import { SignupPage } from './signup.tsx';
import { Field, Status, type Notice } from './ui.tsx';

export interface PageProps {
  who: Introspection;
  /** Reads the key's introspection again (a new organization, a changed level). */
  refresh: () => Promise<void>;
}

/** Each tab, and what its list needs: the read scope, and for the audit log the admin level. */
const TABS = [
  ['settings', 'Settings', 'organization:read', undefined],
  ['members', 'Members', 'organization_member:read', undefined],
  ['invites', 'Invites', 'organization_member:read', undefined],
  ['roles', 'Roles', 'organization:read', undefined],
  ['projects', 'Projects', 'project:read', undefined],
  ['integrations', 'Integrations', 'organization_integration:read', undefined],
  ['domains', 'Domains', 'organization:read', undefined],
  ['audit', 'Audit log', 'activity_log:read', 8],
] as const;

function SignIn(props: { onSignedIn: (who: Introspection) => void; notice: Notice }) {
  const [key, setKey] = useState('');
  const [notice, setNotice] = useState<Notice>(props.notice);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      props.onSignedIn(await signIn(key.trim()));
    } catch (error) {
      setNotice({ kind: 'error', text: sentence(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" class="narrow">
      <h1>Sign in to orgbase</h1>
      <p>The console needs nothing but a personal API key. It is kept in this tab only (sessionStorage) and forgotten when you sign out or close the tab.</p>
      <form onSubmit={submit}>
        <Field label="Personal API key" hint="Starts with phx_. Create one with: orgbase keys create --email you@example.com --label console --scopes '*'">
          {(id) => (
            <input id={id} type="password" autocomplete="off" required value={key} onInput={(event) => setKey((event.target as HTMLInputElement).value)} />
          )}
        </Field>
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
      <Status notice={notice} />
    </main>
  );
}

function KeySummary(props: { who: Introspection }) {
  const { who } = props;
  const reach = who.scoped_organizations.length
    ? `${who.scoped_organizations.length} organization(s) only`
    : who.scoped_teams.length
      ? `${who.scoped_teams.length} project(s) only`
      : 'all your organizations';
  return (
    <section aria-labelledby="key-heading" class="card">
      <h2 id="key-heading">Your key</h2>
      <dl class="facts">
        <dt>Signed in as</dt>
        <dd>{who.user.email}</dd>
        <dt>Key</dt>
        <dd>
          {who.label} <span class="mono">{who.mask_value}</span>
        </dd>
        <dt>Scopes</dt>
        <dd class="mono">{who.scopes.join(' ')}</dd>
        <dt>Reach</dt>
        <dd>{reach}</dd>
        <dt>Organizations</dt>
        <dd>{who.organizations.map((organization) => `${organization.name} (${LEVEL_NAMES[organization.membership_level]})`).join(', ') || 'none'}</dd>
      </dl>
    </section>
  );
}

function OrganizationShell(props: PageProps & { organizationId: string; tab: string }) {
  const organization = props.who.organizations.find((item) => item.id === props.organizationId);
  // An organization joined or created elsewhere since sign-in: read the key's reach again, once.
  useEffect(() => {
    if (!organization) void props.refresh().catch(() => undefined);
  }, [props.organizationId]);
  const tab = TABS.some(([name]) => name === props.tab) ? props.tab : 'settings';
  const blocked = refusal(props.who, TABS.find(([name]) => name === tab)![2], props.organizationId, TABS.find(([name]) => name === tab)![3]);
  const Page = {
    settings: SettingsPage,
    members: MembersPage,
    invites: InvitesPage,
    roles: RolesPage,
    projects: ProjectsPage,
    integrations: IntegrationsPage,
    domains: DomainsPage,
    audit: AuditPage,
  }[tab as (typeof TABS)[number][0]];
  return (
    <>
      <h1>{organization?.name ?? 'Organization'}</h1>
      <nav aria-label="Organization" class="tabs">
        {TABS.map(([name, label, scope, level]) => {
          const why = refusal(props.who, scope, props.organizationId, level);
          return why ? (
            <span class="disabled-tab" key={name}>
              {label} <span class="why">({why})</span>
            </span>
          ) : (
            <a key={name} href={`/console/organizations/${props.organizationId}/${name}`} onClick={follow} aria-current={name === tab ? 'page' : undefined}>
              {label}
            </a>
          );
        })}
      </nav>
      {blocked ? <p class="why">{blocked}</p> : <Page {...props} organizationId={props.organizationId} />}
    </>
  );
}

function Console() {
  const path = usePath();
  const [who, setWho] = useState<Introspection | null>(null);
  const [checking, setChecking] = useState(storedKey() !== null);
  const [notice, setNotice] = useState<Notice>(null);

  const signOut = useCallback((why?: string) => {
    forgetKey();
    setWho(null);
    setNotice(why ? { kind: 'error', text: why } : { kind: 'ok', text: 'Signed out: the key is forgotten in this tab.' });
  }, []);
  useEffect(() => {
    configureApi(storedKey, (error) => signOut(`Signed out: ${error.detail}`));
    if (storedKey()) {
      introspect()
        .then(setWho, () => undefined)
        .finally(() => setChecking(false));
    }
  }, []);
  const refresh = useCallback(async () => setWho(await introspect()), []);

  if (path.startsWith('/signup/')) return <SignupPage token={decodeURIComponent(path.slice('/signup/'.length).replace(/\/$/, ''))} />;
  if (checking)
    return (
      <main id="main">
        <p role="status">Checking your key…</p>
      </main>
    );
  if (!who) return <SignIn onSignedIn={(next) => (setWho(next), setNotice(null), navigate('/console/'))} notice={notice} />;

  const parts = path
    .replace(/^\/console\/?/, '')
    .split('/')
    .filter(Boolean);
  let page;
  if (parts[0] === 'keys') page = <KeysPage who={who} refresh={refresh} />;
  else if (parts[0] === 'organizations' && parts[1])
    page = <OrganizationShell who={who} refresh={refresh} organizationId={parts[1]} tab={parts[2] ?? 'settings'} />;
  else
    page = (
      <>
        <OrganizationsPage who={who} refresh={refresh} />
        <KeySummary who={who} />
      </>
    );
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <a href="/console/" onClick={follow} class="brand">
          orgbase
        </a>
        <nav aria-label="Console">
          <a href="/console/" onClick={follow} aria-current={parts[0] !== 'keys' ? 'page' : undefined}>
            Organizations
          </a>
          <a href="/console/keys" onClick={follow} aria-current={parts[0] === 'keys' ? 'page' : undefined}>
            API keys
          </a>
        </nav>
        <span class="who">{who.user.email}</span>
        <button type="button" onClick={() => signOut()}>
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {page}
      </main>
    </>
  );
}

render(<Console />, document.getElementById('app')!);
