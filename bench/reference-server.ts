// The benchmark's floor: the least an endpoint that must touch the database can cost. One
// organization row by primary key through `pg` with a named prepared statement (parsed and
// planned once per connection), serialized with a response schema. No auth, no framework
// plumbing beyond Fastify itself.
import Fastify from 'fastify';
import pg from 'pg';

const ORGANIZATION_COLUMNS = {
  id: { type: 'string', format: 'uuid' },
  name: { type: 'string' },
  slug: { type: 'string' },
  logo_media_id: { type: ['string', 'null'] },
  created_at: { type: 'string', format: 'date-time' },
  updated_at: { type: 'string', format: 'date-time' },
  plugins_access_level: { type: 'integer' },
  available_product_features: { type: 'array', items: {} },
  is_member_join_email_enabled: { type: 'boolean' },
  customer_id: { type: ['string', 'null'] },
  enforce_2fa: { type: ['boolean', 'null'] },
  members_can_invite: { type: ['boolean', 'null'] },
  members_can_use_personal_api_keys: { type: 'boolean' },
  allow_publicly_shared_resources: { type: 'boolean' },
  is_ai_data_processing_approved: { type: ['boolean', 'null'] },
  default_experiment_stats_method: { type: ['string', 'null'] },
  default_anonymize_ips: { type: 'boolean' },
  default_role_id: { type: ['string', 'null'] },
  is_active: { type: ['boolean', 'null'] },
  is_not_active_reason: { type: ['string', 'null'] },
} as const;

const SELECT_ORGANIZATION = {
  name: 'reference-organization-by-id',
  text: `SELECT ${Object.keys(ORGANIZATION_COLUMNS).join(', ')} FROM organizations WHERE id = $1`,
};

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  // The same pool size orgbase uses by default, so both sides may hold as many connections.
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
});
const app = Fastify({ logger: false });

app.get<{ Params: { id: string } }>('/organizations/:id/', {
  schema: {
    params: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
    response: { 200: { type: 'object', properties: ORGANIZATION_COLUMNS } },
  },
  handler: async (request, reply) => {
    const result = await pool.query({ ...SELECT_ORGANIZATION, values: [request.params.id] });
    if (result.rows.length === 0) return reply.code(404).send({ detail: 'Not found.' });
    return result.rows[0];
  },
});

await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });

process.once('SIGTERM', () => {
  app
    .close()
    .then(() => pool.end())
    .finally(() => process.exit(0));
});
