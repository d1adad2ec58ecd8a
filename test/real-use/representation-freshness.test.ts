// Issue 16: organizations are served from an in-process cache of their bytes. Two orgbase
// processes on one PostgreSQL: after a write, the process that acknowledged it answers the new
// representation on the very next read; the other process within 100 ms. Each case below is
// one write and what a read must show afterwards, made as users make it (the API, the CLI); a
// new writer is one more entry in CASES.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EXTERNAL_TARGET, externalOrgbase } from './external-servers.ts';
import { baseEnv, call, cli, seedKey, startCluster, startOrgbase, type Cluster, type Key, type Orgbase } from './support.ts';

let cluster: Cluster;
let env: NodeJS.ProcessEnv;
let a: Orgbase;
let b: Orgbase;
let owner: Key;
let member: Key;
const memberEmail = `fresh-member-${process.pid}@example.com`;
let memberUuid: string;
let organizationId: string;
let roleId: string;
let projectId: number;
let teamRoleId: string;
let teamMembershipId: string;
let thirdProjectId: number;

before(async () => {
  if (EXTERNAL_TARGET) {
    // Processes of the pooler suite (through PgBouncer).
    env = EXTERNAL_TARGET.env;
    [a, b] = EXTERNAL_TARGET.urls.map(externalOrgbase) as [Orgbase, Orgbase];
  } else {
    cluster = await startCluster();
    env = baseEnv({ DATABASE_URL: cluster.url(), LOG_LEVEL: 'warn' });
  }
  owner = seedKey(env);
  member = seedKey(env, memberEmail);
  if (!EXTERNAL_TARGET) [a, b] = await Promise.all([startOrgbase(env), startOrgbase(env)]);
  const created = await call(a.url, 'POST', '/api/organizations/', owner.value, { name: 'Freshness' });
  assert.equal(created.status, 201);
  organizationId = created.body.id;
  memberUuid = (await call(a.url, 'GET', '/api/users/@me/', member.value)).body.uuid;
});
after(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  cluster?.destroy();
});

const figures: string[] = [];
after(() => console.log(`# representation freshness on the other process: ${figures.join('; ')}`));

/** A read of what the cache serves, by a given caller. */
interface Read {
  path: () => string;
  key: () => Key;
  /** Whether its answer shows the write, when it says so otherwise than the case. */
  shows?(status: number, body: any): boolean;
}
const getOrganization: Read = { path: () => `/api/organizations/${organizationId}/`, key: () => owner };
const listOrganizations: Read = { path: () => '/api/organizations/', key: () => owner };
const asMember: Read = { path: () => `/api/organizations/${organizationId}/`, key: () => member };
// The lists come from memory too (organizations/list-cache.ts): searched, ordered, the member's own.
const listSearched: Read = { path: () => '/api/organizations/?search=zz%20list', key: () => owner };
const listOrdered: Read = { path: () => '/api/organizations/?ordering=-name&limit=1', key: () => owner };
const memberList: Read = { path: () => '/api/organizations/', key: () => member };
const listMembers: Read = { path: () => `/api/organizations/${organizationId}/members/?limit=1`, key: () => owner };
// Reads whose answer hangs on the caller's level alone (the level cache), not on cached bytes.
const auditLogAsMember: Read = { path: () => `/api/organizations/${organizationId}/audit_log/?limit=1`, key: () => member };
const rolesAsMember: Read = { path: () => `/api/organizations/${organizationId}/roles/`, key: () => member };
const rolesAsOwner: Read = { path: () => `/api/organizations/${organizationId}/roles/`, key: () => owner };
// Issue 27: the roles page, the projects, @me and @current come from memory too.
const projectsPage: Read = { path: () => `/api/organizations/${organizationId}/projects/`, key: () => owner };
const getThirdProject: Read = { path: () => `/api/projects/${thirdProjectId}/`, key: () => owner };
const meAsMember: Read = { path: () => '/api/users/@me/', key: () => member };
const currentAsMember: Read = { path: () => '/api/organizations/@current/', key: () => member };

function organizationOf(body: any): any {
  return Array.isArray(body?.results) && 'slug' in (body.results[0] ?? {}) ? body.results.find((o: any) => o.id === organizationId) : body;
}

interface Case {
  name: string;
  reads: Read[];
  /** Brings about the state the write changes, before both processes cache it. */
  setup?(): Promise<void>;
  /** The write; `acknowledger` is the process that answered it, if a server did. */
  write(): Promise<{ acknowledger?: Orgbase }>;
  /** Whether a read's answer (status and body) shows the write. */
  shows(status: number, body: any): boolean;
  /**
   * The other process answers anew from the first request after the acknowledgement (the
   * caller's level: who may act is not left to a window).
   */
  firstRequest?: boolean;
}

const showsOf = (testCase: Case, read: Read) => read.shows ?? testCase.shows;

async function readOn(server: Orgbase, read: Read) {
  return call(server.url, 'GET', read.path(), read.key().value);
}

const names = (list: { name: string }[] | undefined) => (list ?? []).map((item) => item.name);
const teamMembers = (body: any): string[] => body.results?.find((role: any) => role.id === teamRoleId)?.members.map((m: any) => m.user.uuid) ?? [];

const CASES: Case[] = [
  {
    name: 'rename',
    reads: [getOrganization, listOrganizations],
    write: async () => {
      assert.equal((await call(a.url, 'PATCH', `/api/organizations/${organizationId}/`, owner.value, { name: 'Renamed' })).status, 200);
      return { acknowledger: a };
    },
    shows: (status, body) => status === 200 && organizationOf(body)?.name === 'Renamed',
  },
  {
    name: 'renamed again (lists searched and ordered)',
    reads: [listOrganizations, listSearched, listOrdered],
    write: async () => {
      assert.equal((await call(b.url, 'PATCH', `/api/organizations/${organizationId}/`, owner.value, { name: 'Zz list renamed' })).status, 200);
      return { acknowledger: b };
    },
    shows: (status, body) => status === 200 && organizationOf(body)?.name === 'Zz list renamed',
    firstRequest: true,
  },
  {
    name: "member added (CLI, member count; the member's own list)",
    reads: [getOrganization, listOrganizations, listMembers, memberList],
    // The member's list answers 200 before: an organization of their own.
    setup: async () => {
      assert.equal((await call(a.url, 'POST', '/api/organizations/', member.value, { name: 'Member own' })).status, 201);
    },
    firstRequest: true,
    write: async () => {
      const added = cli(env, ['members', 'add', '--organization', organizationId, '--email', memberEmail, '--level', '1']);
      assert.equal(added.code, 0, added.stderr);
      return {};
    },
    shows: (status, body) => status === 200 && (body.count === 2 || organizationOf(body)?.member_count === 2),
  },
  {
    name: 'level change',
    reads: [asMember],
    write: async () => {
      assert.equal((await call(a.url, 'PATCH', `/api/organizations/${organizationId}/members/${memberUuid}/`, owner.value, { level: 8 })).status, 200);
      return { acknowledger: a };
    },
    shows: (status, body) => status === 200 && body.membership_level === 8,
  },
  {
    name: 'demotion (the level: admin-only reads refused)',
    reads: [asMember, auditLogAsMember],
    write: async () => {
      assert.equal((await call(b.url, 'PATCH', `/api/organizations/${organizationId}/members/${memberUuid}/`, owner.value, { level: 1 })).status, 200);
      return { acknowledger: b };
    },
    shows: (status, body) => status === 403 || (status === 200 && body.membership_level === 1),
    firstRequest: true,
  },
  {
    name: 'default role deleted',
    reads: [getOrganization],
    setup: async () => {
      const role = await call(a.url, 'POST', `/api/organizations/${organizationId}/roles/`, owner.value, { name: 'Default' });
      assert.equal(role.status, 201);
      roleId = role.body.id;
      assert.equal((await call(a.url, 'PATCH', `/api/organizations/${organizationId}/`, owner.value, { default_role_id: roleId })).status, 200);
    },
    write: async () => {
      assert.equal((await call(b.url, 'DELETE', `/api/organizations/${organizationId}/roles/${roleId}/`, owner.value)).status, 204);
      return { acknowledger: b };
    },
    shows: (status, body) => status === 200 && body.default_role_id === null,
  },
  {
    name: "member renamed (PATCH /api/users/@me: the member list's cached page)",
    reads: [listMembers],
    write: async () => {
      assert.equal((await call(a.url, 'PATCH', '/api/users/@me/', member.value, { first_name: 'Renamed member' })).status, 200);
      return { acknowledger: a };
    },
    shows: (status, body) => status === 200 && body.results?.[0]?.user.first_name === 'Renamed member',
  },
  // A project and its team are created, renamed and deleted together through the projects API.
  {
    name: 'project and team created (projects API)',
    reads: [getOrganization, listOrganizations],
    write: async () => {
      const created = await call(a.url, 'POST', `/api/organizations/${organizationId}/projects/`, owner.value, { name: 'Second' });
      assert.equal(created.status, 201);
      projectId = created.body.id;
      return { acknowledger: a };
    },
    shows: (status, body) =>
      status === 200 && names(organizationOf(body)?.projects).includes('Second') && names(organizationOf(body)?.teams).includes('Second'),
  },
  {
    name: 'project and team renamed (projects API)',
    reads: [getOrganization, listOrganizations],
    write: async () => {
      assert.equal(
        (await call(a.url, 'PATCH', `/api/organizations/${organizationId}/projects/${projectId}/`, owner.value, { name: 'Second, renamed' })).status,
        200,
      );
      return { acknowledger: a };
    },
    shows: (status, body) =>
      status === 200 && names(organizationOf(body)?.projects).includes('Second, renamed') && names(organizationOf(body)?.teams).includes('Second, renamed'),
  },
  {
    name: 'project and team deleted (projects API)',
    reads: [getOrganization, listOrganizations],
    write: async () => {
      assert.equal((await call(a.url, 'DELETE', `/api/organizations/${organizationId}/projects/${projectId}/`, owner.value)).status, 204);
      return { acknowledger: a };
    },
    shows: (status, body) => status === 200 && organizationOf(body)?.projects.length === 1 && organizationOf(body)?.teams.length === 1,
  },
  {
    name: 'role membership added (the roles page, on the first request)',
    reads: [rolesAsOwner, rolesAsMember],
    setup: async () => {
      const role = await call(a.url, 'POST', `/api/organizations/${organizationId}/roles/`, owner.value, { name: 'Team' });
      assert.equal(role.status, 201);
      teamRoleId = role.body.id;
    },
    write: async () => {
      const added = await call(a.url, 'POST', `/api/organizations/${organizationId}/roles/${teamRoleId}/role_memberships/`, owner.value, {
        user_uuid: memberUuid,
      });
      assert.equal(added.status, 201);
      teamMembershipId = added.body.id;
      return { acknowledger: a };
    },
    shows: (status, body) => status === 200 && teamMembers(body).includes(memberUuid),
    firstRequest: true,
  },
  {
    name: 'role membership removed (the roles page, on the first request)',
    reads: [rolesAsOwner, rolesAsMember],
    write: async () => {
      const path = `/api/organizations/${organizationId}/roles/${teamRoleId}/role_memberships/${teamMembershipId}/`;
      assert.equal((await call(b.url, 'DELETE', path, owner.value)).status, 204);
      return { acknowledger: b };
    },
    shows: (status, body) => status === 200 && teamMembers(body).length === 0,
    firstRequest: true,
  },
  {
    name: 'project created (the projects page, on the first request)',
    reads: [projectsPage],
    write: async () => {
      const created = await call(a.url, 'POST', `/api/organizations/${organizationId}/projects/`, owner.value, { name: 'Third' });
      assert.equal(created.status, 201);
      thirdProjectId = created.body.id;
      return { acknowledger: a };
    },
    shows: (status, body) => status === 200 && names(body.results).includes('Third'),
    firstRequest: true,
  },
  {
    name: 'project renamed (the projects page and GET /api/projects/:id/, on the first request)',
    reads: [projectsPage, getThirdProject],
    write: async () => {
      const path = `/api/organizations/${organizationId}/projects/${thirdProjectId}/`;
      assert.equal((await call(b.url, 'PATCH', path, owner.value, { name: 'Third, renamed' })).status, 200);
      return { acknowledger: b };
    },
    shows: (status, body) => status === 200 && (body.name === 'Third, renamed' || names(body.results).includes('Third, renamed')),
    firstRequest: true,
  },
  {
    name: 'project deleted (the projects page and GET /api/projects/:id/, on the first request)',
    reads: [projectsPage, getThirdProject],
    write: async () => {
      assert.equal((await call(a.url, 'DELETE', `/api/organizations/${organizationId}/projects/${thirdProjectId}/`, owner.value)).status, 204);
      return { acknowledger: a };
    },
    shows: (status, body) => status === 404 || (status === 200 && Array.isArray(body.results) && !names(body.results).includes('Third, renamed')),
    firstRequest: true,
  },
  {
    name: 'PATCH @me first_name (@me, on the first request)',
    reads: [meAsMember],
    write: async () => {
      assert.equal((await call(a.url, 'PATCH', '/api/users/@me/', member.value, { first_name: 'Fresh name' })).status, 200);
      return { acknowledger: a };
    },
    shows: (status, body) => status === 200 && body.first_name === 'Fresh name',
    firstRequest: true,
  },
  {
    name: 'PATCH @me set_current_organization (@me and @current, on the first request)',
    reads: [meAsMember, currentAsMember],
    write: async () => {
      assert.equal((await call(b.url, 'PATCH', '/api/users/@me/', member.value, { set_current_organization: organizationId })).status, 200);
      return { acknowledger: b };
    },
    // @me names the current organization in `organization`; @current is that organization.
    shows: (status, body) => status === 200 && (body.organization?.id ?? body.id) === organizationId,
    firstRequest: true,
  },
  {
    name: "member removed (member count; the removed member refused; the member's list)",
    reads: [
      getOrganization,
      listMembers,
      { ...rolesAsMember, shows: (status) => status === 404 },
      memberList,
      // Their @me lists it no more, and @current falls back to their own organization.
      { ...meAsMember, shows: (status, body) => status === 200 && !body.organizations.some((o: any) => o.id === organizationId) },
      { ...currentAsMember, shows: (status, body) => status === 200 && body.id !== organizationId },
    ],
    write: async () => {
      assert.equal((await call(b.url, 'DELETE', `/api/organizations/${organizationId}/members/${memberUuid}/`, owner.value)).status, 204);
      return { acknowledger: b };
    },
    shows: (status, body) => status === 404 || (status === 200 && (body.count === 1 || body.member_count === 1)),
    firstRequest: true,
  },
  {
    name: "organization created (the owner's list)",
    reads: [listOrganizations],
    write: async () => {
      assert.equal((await call(b.url, 'POST', '/api/organizations/', owner.value, { name: 'Second organization' })).status, 201);
      return { acknowledger: b };
    },
    shows: (status, body) => status === 200 && body.count === 2,
    firstRequest: true,
  },
  {
    name: 'organization deleted',
    reads: [getOrganization, rolesAsOwner, listOrganizations],
    write: async () => {
      assert.equal((await call(a.url, 'DELETE', `/api/organizations/${organizationId}/`, owner.value)).status, 204);
      return { acknowledger: a };
    },
    // The owner's list still holds the organization created above.
    shows: (status, body) =>
      status === 404 || (status === 200 && 'slug' in (body.results?.[0] ?? {}) && !body.results.some((o: any) => o.id === organizationId)),
    firstRequest: true,
  },
];

describe('cached organizations stay fresh across two processes', () => {
  for (const testCase of CASES) {
    it(testCase.name, async () => {
      await testCase.setup?.();
      // Both processes have the representation cached (several reads each).
      for (const server of [a, b])
        for (const read of testCase.reads)
          for (let i = 0; i < 3; i++) {
            const before = await readOn(server, read);
            assert.equal(before.status, 200, `${testCase.name}: ${read.path()} answered ${before.status}`);
            assert.ok(!showsOf(testCase, read)(before.status, before.body), `${testCase.name}: ${read.path()} shown before the write`);
          }
      const { acknowledger } = await testCase.write();
      const acknowledged = performance.now();
      if (acknowledger) {
        for (const read of testCase.reads) {
          const answer = await readOn(acknowledger, read);
          assert.ok(showsOf(testCase, read)(answer.status, answer.body), `${testCase.name}: the acknowledging process answered ${read.path()} stale`);
        }
      }
      // Every read on the other process polls at once, so one read's time does not count against the next.
      const others = [a, b].filter((candidate) => candidate !== acknowledger);
      await Promise.all(
        others.flatMap((server) =>
          testCase.reads.map(async (read) => {
            // A stale answer counts from when its request was sent: on a loaded machine the
            // request itself may take longer than 100 ms, which says nothing about the cache.
            let stale = 0;
            let lastStaleSentMs = 0;
            for (;;) {
              const sent = performance.now() - acknowledged;
              const answer = await readOn(server, read);
              if (showsOf(testCase, read)(answer.status, answer.body)) break;
              stale++;
              lastStaleSentMs = sent;
              assert.ok(sent < 5000, `${testCase.name}: ${read.path()} still stale after 5 s`);
            }
            figures.push(`${testCase.name} ${read.path().replace(organizationId, ':id')}: ${stale} stale (last sent ${lastStaleSentMs.toFixed(1)} ms after)`);
            assert.ok(lastStaleSentMs < 100, `${testCase.name}: ${read.path()} stale ${lastStaleSentMs.toFixed(0)} ms after the write on the other process`);
            if (testCase.firstRequest) assert.equal(stale, 0, `${testCase.name}: ${read.path()} answered from the old level on the other process`);
          }),
        ),
      );
    });
  }
});
