// Random sequences of SCIM operations against a model of what they should do: every answer's
// status is the model's, and afterwards orgbase's own API (members, roles) shows exactly the
// model's organization. fast-check shrinks a failure to its shortest sequence.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../../test/support/app.ts';
import { GROUP_SCHEMA, PATCH_SCHEMA, scimTenant, scimUser } from '../../test/support/scim.ts';

let harness: TestApp;
before(async () => {
  harness = await startTestApp({ rateLimitPerMinute: 0, rateLimitPerHour: 0, scimRateLimitPerMinute: 0 });
});
after(() => harness?.close());

type Step =
  | { kind: 'createUser' | 'deactivate' | 'reactivate' | 'deleteUser'; user: number }
  | { kind: 'createGroup' | 'deleteGroup' | 'renameGroup'; group: number }
  | { kind: 'addMember' | 'removeMember'; group: number; user: number; style: 'filter' | 'value' };

const USERS = 4;
const GROUPS = 3;
const user = fc.integer({ min: 0, max: USERS - 1 });
const group = fc.integer({ min: 0, max: GROUPS - 1 });
// Weighted towards creating and filling groups, so sequences reach the states worth checking.
const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('createUser' as const), user }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constantFrom('deactivate' as const, 'reactivate' as const, 'deleteUser' as const), user }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('createGroup' as const), group }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constantFrom('deleteGroup' as const, 'renameGroup' as const), group }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constantFrom('addMember' as const, 'removeMember' as const),
      group,
      user,
      style: fc.constantFrom('filter' as const, 'value' as const),
    }),
    weight: 8,
  },
);

interface Model {
  users: Map<number, { active: boolean }>;
  groups: Map<number, { name: string; members: Set<number> }>;
}

const patch = (...Operations: unknown[]) => ({ schemas: [PATCH_SCHEMA], Operations });

it('SCIM sequences leave the organization as the model says', async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 30, size: 'max' }), async (steps) => {
      const tenant = await scimTenant(harness.app, harness.db, `p${run++}-${Date.now().toString(36)}.example.com`);
      const model: Model = { users: new Map(), groups: new Map() };
      const userIds = new Map<number, string>();
      const groupIds = new Map<number, string>();
      const emailOf = (index: number) => `u${index}@${tenant.domain}`;
      // A user never created has no id: a well-formed unknown one stands in.
      const idOf = (index: number) => userIds.get(index) ?? `00000000-0000-4000-8000-00000000000${index}`;
      let renames = 0;
      // Every sequence starts from some users and groups, so its steps meet full groups.
      const start: Step[] = [
        ...Array.from({ length: USERS - 1 }, (_, index) => ({ kind: 'createUser' as const, user: index })),
        ...Array.from({ length: GROUPS - 1 }, (_, index) => ({ kind: 'createGroup' as const, group: index })),
      ];
      for (const current of [...start, ...steps]) {
        let status: number;
        let expected: number;
        switch (current.kind) {
          case 'createUser': {
            const answer = await tenant.scim.post('/Users', scimUser(emailOf(current.user)));
            status = answer.status;
            expected = model.users.has(current.user) ? 409 : 201;
            if (status === 201) {
              userIds.set(current.user, answer.body.id);
              model.users.set(current.user, { active: true });
            }
            break;
          }
          case 'deactivate':
          case 'reactivate': {
            const active = current.kind === 'reactivate';
            status = (await tenant.scim.patch(`/Users/${idOf(current.user)}`, patch({ op: 'Replace', path: 'active', value: active ? 'True' : 'False' })))
              .status;
            expected = model.users.has(current.user) ? 200 : 404;
            if (expected === 200) {
              model.users.get(current.user)!.active = active;
              if (!active) for (const entry of model.groups.values()) entry.members.delete(current.user);
            }
            break;
          }
          case 'deleteUser': {
            status = (await tenant.scim.delete(`/Users/${idOf(current.user)}`)).status;
            expected = model.users.has(current.user) ? 204 : 404;
            if (expected === 204) {
              model.users.delete(current.user);
              for (const entry of model.groups.values()) entry.members.delete(current.user);
            }
            break;
          }
          case 'createGroup': {
            const name = model.groups.get(current.group)?.name ?? `Group ${current.group}`;
            const answer = await tenant.scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: name, members: [] });
            status = answer.status;
            expected = 201;
            groupIds.set(current.group, answer.body.id);
            model.groups.set(current.group, { name, members: new Set() });
            break;
          }
          case 'renameGroup': {
            const name = `Group ${current.group} v${++renames}`;
            const id = groupIds.get(current.group) ?? '00000000-0000-4000-8000-000000000000';
            status = (await tenant.scim.patch(`/Groups/${id}`, patch({ op: 'replace', value: { displayName: name } }))).status;
            expected = model.groups.has(current.group) ? 200 : 404;
            if (expected === 200) model.groups.get(current.group)!.name = name;
            break;
          }
          case 'deleteGroup': {
            const id = groupIds.get(current.group) ?? '00000000-0000-4000-8000-000000000000';
            status = (await tenant.scim.delete(`/Groups/${id}`)).status;
            expected = model.groups.has(current.group) ? 204 : 404;
            model.groups.delete(current.group);
            break;
          }
          case 'addMember':
          case 'removeMember': {
            const id = groupIds.get(current.group) ?? '00000000-0000-4000-8000-000000000000';
            const member = idOf(current.user);
            const operation =
              current.kind === 'addMember'
                ? { op: 'Add', path: 'members', value: [{ value: member }] }
                : current.style === 'filter'
                  ? { op: 'remove', path: `members[value eq "${member}"]` }
                  : { op: 'Remove', path: 'members', value: [{ value: member }] };
            status = (await tenant.scim.patch(`/Groups/${id}`, patch(operation))).status;
            expected = model.groups.has(current.group) ? 200 : 404;
            if (expected === 200) {
              const members = model.groups.get(current.group)!.members;
              // Only members of the organization can be in a role.
              if (current.kind === 'addMember' && model.users.get(current.user)?.active) members.add(current.user);
              if (current.kind === 'removeMember') members.delete(current.user);
            }
            break;
          }
        }
        assert.equal(status, expected, `${JSON.stringify(current)} answered ${status}`);
      }

      // orgbase's own API agrees with the model.
      const page = await tenant.api.get(`/api/organizations/${tenant.organizationId}/members/?limit=100`);
      const memberEmails = page.body.results
        .map((member: { user: { email: string } }) => member.user.email)
        .filter((email: string) => email.endsWith(`@${tenant.domain}`))
        .sort();
      const activeEmails = [...model.users]
        .filter(([, state]) => state.active)
        .map(([index]) => emailOf(index))
        .sort();
      assert.deepEqual(memberEmails, activeEmails, 'members');
      for (const level of page.body.results
        .filter((member: { user: { email: string } }) => member.user.email.endsWith(`@${tenant.domain}`))
        .map((member: { level: number }) => member.level)) {
        assert.equal(level, 1, 'SCIM made someone more than a member');
      }
      const rolePage = await tenant.api.get(`/api/organizations/${tenant.organizationId}/roles/?limit=100`);
      const actualRoles = Object.fromEntries(
        rolePage.body.results.map((role: { name: string; members: { user: { email: string } }[] }) => [
          role.name,
          role.members.map((member) => member.user.email).sort(),
        ]),
      );
      const expectedRoles = Object.fromEntries([...model.groups.values()].map((entry) => [entry.name, [...entry.members].map(emailOf).sort()]));
      assert.deepEqual(actualRoles, expectedRoles, 'roles');
      const scimUsers = await tenant.scim.get('/Users?count=200');
      const scimActive = scimUsers.body.Resources.filter((resource: { active: boolean; userName: string }) => resource.userName.endsWith(`@${tenant.domain}`))
        .map((resource: { userName: string; active: boolean }) => `${resource.userName}:${resource.active}`)
        .sort();
      assert.deepEqual(scimActive, [...model.users].map(([index, state]) => `${emailOf(index)}:${state.active}`).sort(), 'SCIM users');
    }),
    { numRuns: Number(process.env.ORGBASE_SCIM_PROPERTY_RUNS ?? 6), seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined },
  );
});
