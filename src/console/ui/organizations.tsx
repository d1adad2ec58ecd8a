import { useState } from 'preact/hooks';
import { call, type Schemas } from './api.ts';
import type { PageProps } from './main.tsx';
import { follow, navigate } from './router.ts';
import { ResourceTable, useVersioned } from './resource.tsx';
import { LEVEL_NAMES, refusal } from './session.ts';
import { ActionButton, Field, Pager, Status, usePaged, useWrite } from './ui.tsx';

export function OrganizationsPage(props: PageProps) {
  const [search, setSearch] = useState('');
  const [applied, setApplied] = useState('');
  const [name, setName] = useState('');
  const write = useWrite();
  const readRefusal = refusal(props.who, 'organization:read');
  const list = usePaged(async (offset) => (await call('get', '/api/organizations/', { query: { limit: 20, offset, search: applied } })).data, [applied]);
  const create = async (event: Event) => {
    event.preventDefault();
    const created = await write.run((idempotencyKey) => call('post', '/api/organizations/', { body: { name }, idempotencyKey }));
    if (created) {
      await props.refresh();
      navigate(`/console/organizations/${created.data.id}/settings`);
    }
  };
  return (
    <>
      <h1>Organizations</h1>
      <form class="inline" role="search" onSubmit={(event) => (event.preventDefault(), setApplied(search))}>
        <Field label="Search organizations">
          {(id) => <input id={id} type="search" value={search} onInput={(event) => setSearch((event.target as HTMLInputElement).value)} />}
        </Field>
        <button type="submit">Search</button>
      </form>
      {readRefusal ? <p class="why">{readRefusal}</p> : list.error ? <p role="alert">{list.error}</p> : null}
      <ResourceTable
        rows={list.page?.results}
        caption="Organizations"
        columns={[
          [
            'Name',
            (organization) => (
              <a href={`/console/organizations/${organization.id}/settings`} onClick={follow}>
                {organization.name}
              </a>
            ),
          ],
          ['Your level', (organization) => (organization.membership_level ? LEVEL_NAMES[organization.membership_level] : '—')],
          ['Members', (organization) => organization.member_count],
        ]}
      />
      <Pager page={list.page} offset={list.offset} setOffset={list.setOffset} noun="organizations" />
      <section aria-labelledby="create-organization" class="card">
        <h2 id="create-organization">Create an organization</h2>
        <form onSubmit={create}>
          <Field label="Organization name">
            {(id) => <input id={id} required maxLength={64} value={name} onInput={(event) => setName((event.target as HTMLInputElement).value)} />}
          </Field>
          <ActionButton type="submit" reason={refusal(props.who, 'organization:write')} busy={write.busy}>
            Create organization
          </ActionButton>
        </form>
        <Status notice={write.notice} />
      </section>
    </>
  );
}

type Writable = NonNullable<NonNullable<Parameters<typeof call<'/api/organizations/{id}/', 'patch'>>[2]>['body']>;

const FLAGS: [keyof Writable, string][] = [
  ['is_member_join_email_enabled', 'Email members when someone joins'],
  ['enforce_2fa', 'Require two-factor authentication'],
  ['members_can_invite', 'Members can invite others'],
  ['members_can_use_personal_api_keys', 'Members can use personal API keys'],
  ['allow_publicly_shared_resources', 'Allow publicly shared resources'],
  ['is_ai_data_processing_approved', 'AI data processing approved'],
  ['default_anonymize_ips', 'Anonymize IP addresses in new projects'],
];

export function SettingsPage(props: PageProps & { organizationId: string }) {
  const [draft, setDraft] = useState<Writable>({});
  const [roles, setRoles] = useState<Schemas['Role'][]>([]);
  const [confirm, setConfirm] = useState('');
  const write = useWrite();
  const remove = useWrite();
  const read = useVersioned(
    () => call('get', '/api/organizations/{id}/', { path: { id: props.organizationId } }),
    [props.organizationId],
    async () => {
      setDraft({});
      const roleList = await call('get', '/api/organizations/{organization_id}/roles/', {
        path: { organization_id: props.organizationId },
        query: { limit: 100 },
      });
      setRoles(roleList.data.results);
    },
  );
  if (read.error) return <p role="alert">{read.error}</p>;
  if (!read.current) return <p role="status">Loading…</p>;
  const { data: organization, etag } = read.current;
  const value = <K extends keyof Writable>(name: K) => (name in draft ? draft[name] : (organization as Record<string, unknown>)[name]) as Writable[K];
  const set = (name: keyof Writable, next: unknown) => setDraft({ ...draft, [name]: next });
  const writeRefusal = refusal(props.who, 'organization:write', props.organizationId, 8);
  const save = async (event: Event) => {
    event.preventDefault();
    const saved = await write.run(
      (idempotencyKey) => call('patch', '/api/organizations/{id}/', { path: { id: props.organizationId }, body: draft, ifMatch: etag, idempotencyKey }),
      'Settings saved.',
    );
    if (saved) {
      read.keep(saved);
      setDraft({});
      await props.refresh();
    }
  };
  const destroy = async (event: Event) => {
    event.preventDefault();
    const done = await remove.run((idempotencyKey) =>
      call('delete', '/api/organizations/{id}/', { path: { id: props.organizationId }, ifMatch: etag, idempotencyKey }),
    );
    if (done) {
      await props.refresh();
      navigate('/console/');
    }
  };
  return (
    <>
      <section aria-labelledby="settings-heading" class="card">
        <h2 id="settings-heading">Settings</h2>
        <dl class="facts">
          <dt>ID</dt>
          <dd class="mono">{organization.id}</dd>
          <dt>Slug</dt>
          <dd class="mono">{organization.slug}</dd>
          <dt>Members</dt>
          <dd>{organization.member_count}</dd>
        </dl>
        <form onSubmit={save}>
          <fieldset disabled={writeRefusal !== null}>
            <legend>Writable fields</legend>
            <Field label="Name">
              {(id) => (
                <input id={id} required maxLength={64} value={value('name') ?? ''} onInput={(event) => set('name', (event.target as HTMLInputElement).value)} />
              )}
            </Field>
            <Field label="Logo media ID" hint="Empty for none.">
              {(id) => (
                <input
                  id={id}
                  value={value('logo_media_id') ?? ''}
                  onInput={(event) => set('logo_media_id', (event.target as HTMLInputElement).value || null)}
                />
              )}
            </Field>
            {FLAGS.map(([name, label]) => (
              <div class="check" key={name}>
                <input
                  id={`flag-${name}`}
                  type="checkbox"
                  checked={Boolean(value(name))}
                  onChange={(event) => set(name, (event.target as HTMLInputElement).checked)}
                />
                <label for={`flag-${name}`}>{label}</label>
              </div>
            ))}
            <Field label="Default experiment statistics">
              {(id) => (
                <select
                  id={id}
                  value={value('default_experiment_stats_method') ?? ''}
                  onChange={(event) => set('default_experiment_stats_method', (event.target as HTMLSelectElement).value)}
                >
                  <option value="">Not set</option>
                  <option value="bayesian">Bayesian</option>
                  <option value="frequentist">Frequentist</option>
                </select>
              )}
            </Field>
            <Field label="Default role for new members">
              {(id) => (
                <select
                  id={id}
                  value={value('default_role_id') ?? ''}
                  onChange={(event) => set('default_role_id', (event.target as HTMLSelectElement).value || null)}
                >
                  <option value="">None</option>
                  {roles.map((role) => (
                    <option value={role.id}>{role.name}</option>
                  ))}
                </select>
              )}
            </Field>
          </fieldset>
          <ActionButton type="submit" reason={writeRefusal} busy={write.busy}>
            Save settings
          </ActionButton>
          {write.notice?.kind === 'error' && (
            <button type="button" onClick={() => (write.setNotice(null), read.load())}>
              Reload
            </button>
          )}
        </form>
        <Status notice={write.notice} />
      </section>
      <section aria-labelledby="delete-heading" class="card danger-zone">
        <h2 id="delete-heading">Delete this organization</h2>
        <p>Deleting removes its members, invites, roles, projects and integrations. It cannot be undone.</p>
        <form onSubmit={destroy}>
          <Field label={`Type the organization's name (${organization.name}) to confirm`}>
            {(id) => <input id={id} value={confirm} onInput={(event) => setConfirm((event.target as HTMLInputElement).value)} />}
          </Field>
          <ActionButton
            type="submit"
            danger
            reason={
              refusal(props.who, 'organization:write', props.organizationId, 15) ?? (confirm === organization.name ? null : 'Type the name above to confirm.')
            }
            busy={remove.busy}
          >
            Delete organization
          </ActionButton>
        </form>
        <Status notice={remove.notice} />
      </section>
    </>
  );
}
