// Run by the browser suite before the server starts (the embedded database has one owner at a
// time): an organization of 10,000 members plus its owner, in three INSERT ... SELECT
// statements, so the members page is measured at the size the issue names. Prints the id.
import { sql } from 'kysely';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/connection.ts';

const [ownerEmail, countText] = process.argv.slice(2);
const count = Number(countText ?? 10_000);
const handle = await openDatabase(loadConfig(process.env));
try {
  const organization = await sql<{
    id: string;
  }>`INSERT INTO organizations (id, name, slug) VALUES (gen_random_uuid(), 'Large organization', 'large-organization') RETURNING id`.execute(handle.db);
  const id = organization.rows[0]!.id;
  await sql`INSERT INTO users (uuid, email, first_name, last_name)
    SELECT gen_random_uuid(), 'person-' || i || '@large.example', 'Person', 'Number ' || i FROM generate_series(1, ${count}::int) AS i`.execute(handle.db);
  await sql`INSERT INTO organization_memberships (id, organization_id, user_id, level)
    SELECT gen_random_uuid(), ${id}::uuid, id, 1 FROM users WHERE email LIKE 'person-%@large.example'`.execute(handle.db);
  await sql`INSERT INTO organization_memberships (id, organization_id, user_id, level)
    SELECT gen_random_uuid(), ${id}::uuid, id, 15 FROM users WHERE email = ${ownerEmail}`.execute(handle.db);
  process.stdout.write(`${JSON.stringify({ id })}\n`);
} finally {
  await handle.close();
}
