// Fixtures of the invite tests: an organization with people at each level, and their clients.
import { Level } from '../../src/access/levels.ts';
import type { Db } from '../../src/db/types.ts';
import { uuidv7 } from '../../src/db/ids.ts';
import { generateInviteToken, hashInviteToken } from '../../src/invites/token.ts';
import { client, type TestApp } from './app.ts';
import { addMember, seedKey, createOrganizationRow, createUser, uniqueEmail } from './fixtures.ts';

export async function inviteTeam(t: Pick<TestApp, 'app' | 'db'>) {
  const owner = await createUser(t.db, { firstName: 'Olive' });
  const organization = await createOrganizationRow(t.db, owner.id, 'Acme');
  const admin = await createUser(t.db, { firstName: 'Adam' });
  const member = await createUser(t.db, { firstName: 'Mia' });
  await addMember(t.db, organization, admin.id, Level.Admin);
  await addMember(t.db, organization, member.id, Level.Member);
  const as = async (user: { id: number }, scopes = ['*'], options: { scopedOrganizations?: string[] } = {}) =>
    client(t.app, (await seedKey(t.db, user.id, scopes, options)).value);
  const invitesUrl = `/api/organizations/${organization}/invites/`;
  return { organization, owner, admin, member, as, invitesUrl, ownerClient: await as(owner) };
}

export type InviteTeam = Awaited<ReturnType<typeof inviteTeam>>;

/** The token of an answer's accept_url: its last path segment. */
export function tokenOf(acceptUrl: string): string {
  return new URL(acceptUrl).pathname.split('/').filter(Boolean).at(-1)!;
}

export async function invitesOf(db: Db, organizationId: string) {
  return db.selectFrom('organization_invites').selectAll().where('organization_id', '=', organizationId).orderBy('created_at').execute();
}

export async function storedTokenHash(db: Db, inviteId: string): Promise<string | undefined> {
  return (await db.selectFrom('organization_invites').select('token_hash').where('id', '=', inviteId).executeTakeFirst())?.token_hash;
}

export { hashInviteToken, uniqueEmail };

/** Moves an invite's creation back, so it is `days` old. */
export async function age(db: Db, inviteId: string, days: number): Promise<void> {
  await db
    .updateTable('organization_invites')
    .set({ created_at: new Date(Date.now() - days * 86_400_000).toISOString() })
    .where('id', '=', inviteId)
    .execute();
}

/** An invite written straight to the table (its token unknown to anyone), for tests of other features. */
export async function insertInviteRow(db: Db, organizationId: string, email = uniqueEmail('invited')): Promise<string> {
  const id = uuidv7();
  await db
    .insertInto('organization_invites')
    .values({
      id,
      organization_id: organizationId,
      target_email: email.toLowerCase(),
      level: 1,
      message: null,
      private_project_access: '[]',
      created_by_id: null,
      token_hash: hashInviteToken(generateInviteToken()),
    })
    .execute();
  return id;
}
