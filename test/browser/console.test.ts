// The console in a real browser: Debian's Chromium driven by playwright-core (no browser
// download), against the built server as its own process on the embedded database. Each step
// checks what the API then holds, not only what the page shows; axe-core checks every page,
// and every page is photographed at 360 px and 1440 px into test/browser/screenshots/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { baseEnv, call, cli, ROOT, startOrgbase, tempDir, type Orgbase } from '../real-use/support.ts';

const CHROMIUM = process.env.ORGBASE_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = path.join(ROOT, 'test/browser/screenshots');
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WIDTHS = [360, 1440];
const EMAIL = 'console-owner@example.com';

let dataDir: string;
let server: Orgbase;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** The key the API assertions use; the console signs in with its own key (revoked later). */
let apiKey: string;
let consoleKey: { id: string; value: string };
let readOnlyKey: string;
let carolKey: string;
let largeOrganization: string;
let organizationId: string;
let acceptLinks: string[] = [];
const consoleErrors: string[] = [];
const timings: Record<string, number> = {};

function createKey(label: string, scopes: string): { id: string; value: string } {
  const env = baseEnv({ ORGBASE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  const made = cli(env, ['keys', 'create', '--email', EMAIL, '--label', label, '--scopes', scopes]);
  assert.equal(made.code, 0, made.stderr);
  return JSON.parse(made.stdout) as { id: string; value: string };
}

const api = (method: string, pathname: string, body?: unknown, key = apiKey) => call(server.url, method, pathname, key, body);

/** Every page of a list, through the API's own `next` links. */
async function all(pathname: string): Promise<any[]> {
  const items: any[] = [];
  let next: string | null = `${pathname}${pathname.includes('?') ? '&' : '?'}limit=100`;
  while (next) {
    const answer = await api('GET', next.replace(/^https?:\/\/[^/]+/, ''));
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    items.push(...answer.body.results);
    next = answer.body.next;
  }
  return items;
}

function watch(target: Page, label: string): Page {
  target.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(`${label}: ${message.text()}`);
  });
  target.on('pageerror', (error) => consoleErrors.push(`${label}: ${error.message}`));
  return target;
}

/** axe-core's serious and critical violations of WCAG 2.x A and AA on the page as it is now. */
async function accessibility(target: Page, name: string): Promise<void> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern (a script tag would be refused).
  await target.evaluate(AXE);
  const violations = await target.evaluate(async () => {
    const result = await (globalThis as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations
      .filter((violation: any) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation: any) => `${violation.id}: ${violation.nodes.map((node: any) => node.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, [], `${name}: accessibility violations`);
}

/** axe at both widths, and a full-page screenshot of each. */
async function inspect(target: Page, name: string): Promise<void> {
  for (const width of WIDTHS) {
    await target.setViewportSize({ width, height: 900 });
    await accessibility(target, `${name} at ${width} px`);
    const overflow = await target.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${name} at ${width} px scrolls sideways by ${overflow} px`);
    await target.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await target.setViewportSize({ width: 1440, height: 900 });
}

async function newPage(label: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...options });
  fresh.setDefaultTimeout(15_000);
  return { context: fresh, page: watch(await fresh.newPage(), label) };
}

async function signIn(target: Page, key: string): Promise<void> {
  await target.goto(`${server.url}/console/`);
  await target.getByLabel('Personal API key').fill(key);
  await target.getByRole('button', { name: 'Sign in' }).click();
  await target.getByRole('heading', { name: 'Organizations', level: 1 }).waitFor();
}

before(async () => {
  assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`);
  fs.mkdirSync(SHOTS, { recursive: true });
  dataDir = tempDir('console');
  const env = baseEnv({ ORGBASE_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ORGBASE_RATE_LIMIT_PER_MINUTE: '0', ORGBASE_RATE_LIMIT_PER_HOUR: '0' });
  const user = cli(env, ['users', 'create', '--email', EMAIL]);
  assert.equal(user.code, 0, user.stderr);
  apiKey = createKey('api assertions', '*').value;
  consoleKey = createKey('console', '*');
  readOnlyKey = createKey('read only', 'organization:read,user:read').value;
  const carol = cli(env, ['users', 'create', '--email', 'carol@example.com']);
  assert.equal(carol.code, 0, carol.stderr);
  const carolMade = cli(env, ['keys', 'create', '--email', 'carol@example.com', '--label', 'carol', '--scopes', '*']);
  assert.equal(carolMade.code, 0, carolMade.stderr);
  carolKey = (JSON.parse(carolMade.stdout) as { value: string }).value;
  const seeded = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/browser/seed-large-organization.ts'), EMAIL, '10000'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 300_000,
  });
  assert.equal(seeded.status, 0, seeded.stderr);
  largeOrganization = JSON.parse(seeded.stdout.trim().split('\n').pop()!).id;
  server = await startOrgbase(env);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Playwright gives each launch a fresh temporary --user-data-dir and removes it at close.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  ({ context, page } = await newPage('console'));
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  fs.writeFileSync(path.join(SHOTS, 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
});

describe('the console in Chromium', { timeout: 600_000 }, () => {
  it('serves /console/ with a strict CSP and immutable hashed assets', async () => {
    const response = await fetch(`${server.url}/console/`);
    assert.equal(response.status, 200);
    const csp = response.headers.get('content-security-policy')!;
    assert.match(csp, /script-src 'self';/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/);
    const html = await response.text();
    assert.doesNotMatch(html, /<script>|<style|style=/, 'no inline script or style');
    const script = html.match(/src="(\/console\/assets\/app-[A-Z0-9]+\.js)"/)![1]!;
    const asset = await fetch(`${server.url}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(asset.status, 200);
    assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(asset.headers.get('content-encoding'), 'gzip');
    timings.bundleGzipBytes = Number(asset.headers.get('content-length'));
    assert.equal((await fetch(`${server.url}/console/assets/app-NOPE.js`)).status, 404);
  });

  it('signs in with a key kept in sessionStorage only, and shows what the key is', async () => {
    await page.goto(`${server.url}/console/`);
    await inspect(page, 'sign-in');
    // Keyboard only: Tab to the key field, type, Enter.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('type')), 'password');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused field shows its focus');
    await page.keyboard.type(consoleKey.value);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Organizations', level: 1 }).waitFor();
    await page
      .getByText(consoleKey.value.slice(0, 4))
      .first()
      .waitFor()
      .catch(() => undefined);
    assert.ok(await page.getByText(EMAIL).first().isVisible());
    assert.ok(await page.getByText('all your organizations').isVisible());
    const storage = await page.evaluate(() => ({
      session: Object.values(sessionStorage),
      local: Object.keys(localStorage).length,
      url: location.href,
      cookie: document.cookie,
    }));
    assert.deepEqual(storage.session, [consoleKey.value]);
    assert.equal(storage.local, 0);
    assert.equal(storage.cookie, '');
    assert.ok(!storage.url.includes(consoleKey.value));
    assert.deepEqual(await context.cookies(), []);
    const current = await api('GET', '/api/personal_api_keys/@current/', undefined, consoleKey.value);
    assert.equal(current.status, 200);
    assert.equal(current.body.user.email, EMAIL);
    await inspect(page, 'organizations');
  });

  it('shows what a read-only key may not do, disabled with the reason', async () => {
    const reader = await newPage('read-only');
    await signIn(reader.page, readOnlyKey);
    const create = reader.page.getByRole('button', { name: 'Create organization' });
    assert.equal(await create.isDisabled(), true);
    assert.ok(await reader.page.getByText('This key lacks the organization:write scope.').isVisible());
    await reader.page.goto(`${server.url}/console/organizations/${largeOrganization}/settings`);
    await reader.page.getByRole('button', { name: 'Save settings' }).waitFor();
    assert.equal(await reader.page.getByRole('button', { name: 'Save settings' }).isDisabled(), true);
    // Tabs the key cannot read are not links: they say why instead of failing after a click.
    assert.equal(await reader.page.getByRole('link', { name: 'Members' }).count(), 0);
    assert.ok(await reader.page.getByText('Members (This key lacks the organization_member:read scope.)').isVisible());
    assert.equal(await reader.page.getByRole('link', { name: 'Roles' }).count(), 1);
    await inspect(reader.page, 'settings-read-only');
    await reader.context.close();
  });

  it('creates an organization', async () => {
    await page.getByLabel('Organization name').fill('Console Co');
    // A double click: one organization (the button waits for the answer, and a repeat carries the same Idempotency-Key).
    await page.getByRole('button', { name: 'Create organization' }).dblclick();
    await page.waitForURL(/\/console\/organizations\/[0-9a-f-]{36}\/settings$/);
    organizationId = page.url().split('/').at(-2)!;
    await page.getByRole('heading', { name: 'Console Co', level: 1 }).waitFor();
    const held = await api('GET', `/api/organizations/${organizationId}/`);
    assert.equal(held.status, 200);
    assert.equal(held.body.name, 'Console Co');
    assert.equal(held.body.membership_level, 15);
    assert.equal((await all('/api/organizations/?search=Console%20Co')).length, 1, 'created once');
    await inspect(page, 'settings');
  });

  it('saves settings with If-Match', async () => {
    await page.getByLabel('Members can invite others').uncheck();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    assert.equal((await api('GET', `/api/organizations/${organizationId}/`)).body.members_can_invite, false);
  });

  it('invites two people in one bulk paste and shows each link once', async () => {
    await page.getByRole('link', { name: 'Invites' }).click();
    await page.getByLabel('Email addresses').fill('ada@example.com\nbob@example.com');
    await page.getByRole('button', { name: 'Send invites' }).click();
    await page.getByText('2 invite(s) created.').waitFor();
    const links = page.getByLabel(/^Accept link for /);
    assert.equal(await links.count(), 2);
    acceptLinks = [await links.nth(0).inputValue(), await links.nth(1).inputValue()];
    for (const link of acceptLinks) assert.match(link, new RegExp(`^${server.url}/signup/`));
    const invites = await all(`/api/organizations/${organizationId}/invites/`);
    assert.deepEqual(invites.map((invite) => invite.target_email).sort(), ['ada@example.com', 'bob@example.com']);
    await inspect(page, 'invites');
  });

  it('lets the invitee accept in a fresh context as a new user and shows the first key once', async () => {
    const invitee = await newPage('signup');
    const adaLink = acceptLinks.find((link) => link) ?? '';
    const previewToken = adaLink.split('/signup/')[1]!;
    const preview = await call(server.url, 'GET', `/api/signup/${previewToken}/`);
    const ada = preview.body.target_email === 'ada@example.com' ? adaLink : acceptLinks[1]!;
    await invitee.page.goto(ada);
    await invitee.page.getByText('Console Co').first().waitFor();
    assert.ok(await invitee.page.getByText('ada@example.com').isVisible());
    await inspect(invitee.page, 'signup');
    await invitee.page.getByLabel('First name').fill('Ada');
    await invitee.page.getByLabel('Last name').fill('Lovelace');
    await invitee.page.getByRole('button', { name: 'Accept and create my account' }).click();
    const keyField = invitee.page.getByLabel('Your first personal API key');
    await keyField.waitFor();
    const adaKey = await keyField.inputValue();
    assert.ok(await invitee.page.getByRole('button', { name: 'Copy' }).isVisible());
    assert.ok(await invitee.page.getByText(/curl -H "Authorization: Bearer/).isVisible());
    await inspect(invitee.page, 'signup-accepted');
    const me = await api('GET', '/api/users/@me/', undefined, adaKey);
    assert.equal(me.status, 200);
    assert.equal(me.body.email, 'ada@example.com');
    assert.equal(me.body.first_name, 'Ada');
    // The same link again: its refusal as a sentence.
    await invitee.page.goto(ada);
    await invitee.page
      .getByText(/already been used|not valid|already uses this address/)
      .first()
      .waitFor();
    await invitee.context.close();
  });

  it('says why a link cannot be used, and lets an existing user join by pasting a key', async () => {
    const visitor = await newPage('signup-existing');
    await visitor.page.goto(`${server.url}/signup/not-a-real-token`);
    await visitor.page.getByText('This invitation link is not valid.').waitFor();
    const invited = await api('POST', `/api/organizations/${organizationId}/invites/`, { target_email: 'carol@example.com' });
    assert.equal(invited.status, 201, JSON.stringify(invited.body));
    await visitor.page.goto(invited.body.accept_url);
    // PostHog answers account_exists to an anonymous look at an existing user's invite.
    await visitor.page.getByText('An orgbase account already uses this address.').waitFor();
    await visitor.page.getByLabel('Your personal API key').fill(carolKey);
    await visitor.page.getByRole('button', { name: 'Accept with my key' }).click();
    await visitor.page.getByText('Your existing keys now reach this organization.').waitFor();
    const carol = await all(`/api/organizations/${organizationId}/members/?email=carol@example.com`);
    assert.equal(carol.length, 1);
    assert.equal(await visitor.page.evaluate(() => sessionStorage.length), 0, 'the pasted key is not kept');
    await visitor.context.close();
  });

  it('shows the new member in members, and changes their level', async () => {
    await page.getByRole('link', { name: 'Members' }).click();
    await page.getByLabel('Search members by email or name').fill('ada');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('cell', { name: 'ada@example.com', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Manage ada@example.com' }).click();
    await page.getByLabel('Level').selectOption('8');
    await page.getByRole('button', { name: 'Change level' }).click();
    await page.getByText('Level changed.').waitFor();
    const members = await all(`/api/organizations/${organizationId}/members/?search=ada`);
    assert.equal(members.length, 1);
    assert.equal(members[0].level, 8);
    await inspect(page, 'members');
  });

  it('says so when someone else changed the member meanwhile (412)', async () => {
    const [ada] = await all(`/api/organizations/${organizationId}/members/?search=ada`);
    await page.getByRole('button', { name: 'Manage ada@example.com' }).click();
    await page.getByRole('button', { name: 'Change level' }).waitFor();
    // The console has read the member's ETag; now the API changes the member behind it.
    const concurrentLevel = ada.level === 1 ? 8 : 1;
    const concurrent = await api('PATCH', `/api/organizations/${organizationId}/members/${ada.user.uuid}/`, { level: concurrentLevel });
    assert.equal(concurrent.status, 200);
    await page.getByLabel('Level').selectOption('15');
    await page.getByRole('button', { name: 'Change level' }).click();
    await page.getByRole('alert').filter({ hasText: 'Someone else changed this since you opened it' }).waitFor();
    const held = await api('GET', `/api/organizations/${organizationId}/members/${ada.user.uuid}/`);
    assert.equal(held.body.level, concurrentLevel, 'the console did not overwrite the concurrent change');
    await inspect(page, 'members-412');
  });

  it('renders the first page of 10,000 members quickly and pages through them', async () => {
    const started = Date.now();
    await page.goto(`${server.url}/console/organizations/${largeOrganization}/members`);
    await page.getByText('1–50 of 10001 members').waitFor();
    timings.membersFirstRenderMs = Date.now() - started;
    assert.equal(await page.locator('tbody tr').count(), 50);
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText('51–100 of 10001 members').waitFor();
    await page.getByLabel('Search members by email or name').fill('person-9999@');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('1–1 of 1 members').waitFor();
    const held = await api('GET', `/api/organizations/${largeOrganization}/members/?limit=1`);
    assert.equal(held.body.count, 10001);
    console.log(`members page, 10,001 members: first render in ${timings.membersFirstRenderMs} ms`);
  });

  it('has accessible roles, projects, integrations, domains and audit pages', async () => {
    for (const tab of ['roles', 'projects', 'integrations', 'audit']) {
      await page.goto(`${server.url}/console/organizations/${organizationId}/${tab}`);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await inspect(page, tab);
    }
    await page.goto(`${server.url}/console/organizations/${organizationId}/roles`);
    await page.getByLabel('New role name').fill('Engineers');
    await page.getByRole('button', { name: 'Create role' }).click();
    await page.getByText('Role created.').waitFor();
    await page.getByRole('button', { name: 'Open role Engineers' }).click();
    await page.getByLabel('Add a member by email').fill('ada@example.com');
    await page.getByRole('button', { name: 'Add to role' }).click();
    await page.getByText('Member added to the role.').waitFor();
    // Adding a member changes the role's representation (and its ETag): the editor's rename must
    // carry the new one, not the one it opened with.
    await page.getByLabel('Role name', { exact: true }).fill('Engineering');
    await page.getByRole('button', { name: 'Rename role' }).click();
    await page.getByRole('button', { name: 'Open role Engineering' }).waitFor();
    const roles = await all(`/api/organizations/${organizationId}/roles/`);
    assert.deepEqual(
      roles.map((role) => [role.name, role.members.map((member: any) => member.user.email)]),
      [['Engineering', ['ada@example.com']]],
    );
    await page.goto(`${server.url}/console/organizations/${organizationId}/projects`);
    await page.getByLabel('New project name').fill('Web');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByText('Project created.').waitFor();
    assert.ok((await all(`/api/organizations/${organizationId}/projects/`)).some((project) => project.name === 'Web'));
    // Domains: the TXT record to publish, verify, SCIM on with its token shown once.
    await page.goto(`${server.url}/console/organizations/${organizationId}/domains`);
    await page.getByRole('heading', { name: 'Verified domains' }).waitFor();
    await inspect(page, 'domains');
    await page.getByLabel('Domain', { exact: true }).fill('console-test.example');
    await page.getByRole('button', { name: 'Add domain' }).click();
    await page.getByText('Domain added: publish its TXT record, then verify.').waitFor();
    const [added] = await all(`/api/organizations/${organizationId}/domains/`);
    await page.getByText(`_posthog-challenge.console-test.example = ${added.verification_challenge}`).waitFor();
    await page.getByRole('button', { name: 'Verify console-test.example' }).click();
    await page.getByText(/was not found yet/).waitFor();
    assert.equal((await api('GET', `/api/organizations/${organizationId}/domains/${added.id}/`)).body.is_verified, false);
    const forced = cli(baseEnv({ ORGBASE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' }), ['domains', 'verify', '--id', added.id, '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    await page.reload();
    await page.getByRole('button', { name: 'Turn on SCIM for console-test.example' }).click();
    await page.getByText('SCIM is on.').waitFor();
    const scimToken = await page.getByLabel('SCIM bearer token for console-test.example').inputValue();
    const scim = await fetch(`${server.url}/scim/v2/${added.id}/Users`, { headers: { authorization: `Bearer ${scimToken}` } });
    assert.equal(scim.status, 200, 'the token the console showed works for SCIM');
    assert.equal((await api('GET', `/api/organizations/${organizationId}/domains/${added.id}/`)).body.has_scim, true);
    await page.goto(`${server.url}/console/keys`);
    await page.getByRole('heading', { name: 'Personal API keys' }).waitFor();
    await inspect(page, 'keys');
  });

  it('creates a key with scopes and reach, shows its value once, and rolls it', async () => {
    await page.getByLabel('Label').fill('deploy');
    await page.getByLabel('organization', { exact: true }).selectOption('read');
    await page.getByLabel('Console Co').check();
    await page.getByRole('button', { name: 'Create key' }).click();
    const value = await page.getByLabel('New value of deploy').inputValue();
    const listed = (await api('GET', '/api/personal_api_keys/')).body.find((key: any) => key.label === 'deploy');
    assert.deepEqual([listed.scopes, listed.scoped_organizations], [['organization:read'], [organizationId]]);
    assert.equal((await api('GET', `/api/organizations/${organizationId}/`, undefined, value)).status, 200);
    await page.getByRole('button', { name: 'Roll deploy' }).click();
    await page.getByText('Key rolled: the old value no longer works.').waitFor();
    const rolled = await page.getByLabel('New value of deploy').inputValue();
    assert.notEqual(rolled, value);
    assert.equal((await api('GET', `/api/organizations/${organizationId}/`, undefined, value)).status, 401);
    assert.equal((await api('GET', `/api/organizations/${organizationId}/`, undefined, rolled)).status, 200);
  });

  it('signs out when the key it uses is revoked', async () => {
    await page.getByRole('button', { name: 'Revoke console' }).click();
    await page.getByRole('heading', { name: 'Sign in to orgbase' }).waitFor();
    assert.ok(await page.getByRole('alert').filter({ hasText: 'Signed out' }).isVisible());
    assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), []);
    assert.equal((await api('GET', '/api/users/@me/', undefined, consoleKey.value)).status, 401);
    const keys = await api('GET', '/api/personal_api_keys/');
    assert.ok(!keys.body.some((key: { id: string }) => key.id === consoleKey.id));
  });

  it('shows each step in the audit log, with its filters', async () => {
    await signIn(page, apiKey);
    await page.goto(`${server.url}/console/organizations/${organizationId}/audit`);
    await page.getByRole('cell', { name: 'invite.created' }).first().waitFor();
    const entries = await all(`/api/organizations/${organizationId}/audit_log/`);
    const actions = entries.map((entry) => entry.action);
    for (const expected of ['invite.created', 'invite.accepted', 'role.created', 'project.created'])
      assert.ok(actions.includes(expected), `${expected} in ${actions.join()}`);
    assert.ok(actions.filter((action) => action === 'invite.created').length >= 2);
    assert.ok(
      actions.some((action) => /^organization\.(created|updated)$/.test(action)),
      actions.join(),
    );
    assert.ok(
      actions.some((action) => /^member\./.test(action)),
      actions.join(),
    );
    const shown = await page.locator('tbody td.mono:first-of-type, tbody tr td:nth-child(2)').allTextContents();
    for (const action of new Set(actions)) assert.ok(shown.includes(action), `the page shows ${action}`);
    await page.getByLabel('Actions (comma-separated)').fill('invite.created');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    const invitesCreated = actions.filter((action) => action === 'invite.created').length;
    await page.getByText(`1–${invitesCreated} of ${invitesCreated} entries`).waitFor();
    const filtered = await page.locator('tbody tr td:nth-child(2)').allTextContents();
    assert.ok(filtered.length >= 2 && filtered.every((action) => action === 'invite.created'), filtered.join());
  });

  it('revokes an invite, removes a member, and deletes an organization after its name is typed', async () => {
    await page.goto(`${server.url}/console/organizations/${organizationId}/invites`);
    await page.getByRole('button', { name: 'Revoke the invite of bob@example.com' }).click();
    await page.getByText('Invite revoked.').waitFor();
    assert.ok(!(await all(`/api/organizations/${organizationId}/invites/`)).some((invite) => invite.target_email === 'bob@example.com'));
    await page.goto(`${server.url}/console/organizations/${organizationId}/members`);
    await page.getByRole('button', { name: 'Manage carol@example.com' }).click();
    await page.getByRole('button', { name: 'Remove member' }).click();
    await page.getByText('Member removed.').waitFor();
    assert.equal((await all(`/api/organizations/${organizationId}/members/?email=carol@example.com`)).length, 0);
    const doomed = await api('POST', '/api/organizations/', { name: 'Doomed' });
    // Made through the API after sign-in: the console learns of it without a reload.
    await page.getByRole('link', { name: 'Organizations' }).click();
    await page.getByRole('link', { name: 'Doomed' }).click();
    await page.getByRole('heading', { name: 'Doomed', level: 1 }).waitFor();
    const remove = page.getByRole('button', { name: 'Delete organization' });
    assert.equal(await remove.isDisabled(), true, 'disabled until the name is typed');
    await page.getByLabel("Type the organization's name (Doomed) to confirm").fill('Doomed');
    await remove.click();
    await page.getByRole('heading', { name: 'Organizations', level: 1 }).waitFor();
    assert.equal((await api('GET', `/api/organizations/${doomed.body.id}/`)).status, 404);
  });

  it('follows the system colour scheme and logs no console error', async () => {
    const dark = await newPage('dark', { colorScheme: 'dark' });
    await signIn(dark.page, apiKey);
    await dark.page.goto(`${server.url}/console/organizations/${organizationId}/members`);
    await dark.page.getByRole('cell', { name: 'ada@example.com', exact: true }).waitFor();
    const background = await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background, 'rgb(13, 17, 23)');
    await inspect(dark.page, 'members-dark');
    await dark.context.close();
    // The browser reports each refused request it made on purpose above (the 412, the revoked key's 401, the used link's 400) as a failed resource load; nothing else may appear.
    const unexpected = consoleErrors.filter((line) => !/Failed to load resource: the server responded with a status of (400|401|412)/.test(line));
    assert.deepEqual(unexpected, []);
  });
});
