import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql } from 'kysely';
import { StatementShapes } from './statement-shapes.ts';

// Compiles only: the shapes never reach a database here.
const db = new Kysely<any>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (kysely) => new PostgresIntrospector(kysely),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

type Values = { organizationId: string; limit: number };
const page = (values: Values) =>
  db.selectFrom('members').select('id').where('organization_id', '=', values.organizationId).where('is_active', '=', true).limit(values.limit).compile();

describe('statement shapes', () => {
  it('builds a shape once and binds each run its own values, keeping the constants', () => {
    const shapes = new StatementShapes<Values, unknown>('a page');
    let builds = 0;
    const build = (standIns: Values) => (builds++, page(standIns));
    const first = shapes.statement('', { organizationId: 'org-1', limit: 1 }, build);
    const second = shapes.statement('', { organizationId: 'org-2', limit: 100 }, build);
    assert.equal(builds, 1);
    assert.equal(first.sql, page({ organizationId: 'org-1', limit: 1 }).sql);
    assert.equal(second.sql, first.sql);
    // `true` is the statement's own; a value equal to a constant (limit 1) is still a value.
    assert.deepEqual(first.parameters, ['org-1', true, 1]);
    assert.deepEqual(second.parameters, ['org-2', true, 100]);
  });

  it('binds a value wherever the statement uses it', () => {
    const shapes = new StatementShapes<{ id: string }, unknown>('a repeat');
    const statement = shapes.statement('', { id: 'x' }, ({ id }) => sql`SELECT ${id}::uuid, ${id}::text`.compile(db));
    assert.deepEqual(statement.parameters, ['x', 'x']);
  });

  it('refuses, on the first build, a value that does not reach the statement', () => {
    const shapes = new StatementShapes<Values, unknown>('a page');
    assert.throws(
      () => shapes.statement('', { organizationId: 'org-1', limit: 5 }, ({ organizationId }) => page({ organizationId, limit: 5 })),
      /limit does not reach the statement/,
    );
  });

  it('refuses a value built into the text instead of bound', () => {
    const shapes = new StatementShapes<Values, unknown>('a page');
    assert.throws(
      () => shapes.statement('', { organizationId: 'org-1', limit: 5 }, (standIns) => sql`SELECT ${sql.raw(`${standIns.limit}`)}`.compile(db)),
      /turned into text/,
    );
    assert.throws(
      () => shapes.statement('s', { organizationId: 'org-1', limit: 5 }, (standIns) => sql`SELECT ${JSON.stringify(standIns)}`.compile(db)),
      /turned into text/,
    );
  });

  it('keeps one text per shape', () => {
    const shapes = new StatementShapes<Values, unknown>('a page');
    const plain = shapes.statement('plain', { organizationId: 'o', limit: 1 }, page);
    const ordered = shapes.statement('ordered', { organizationId: 'o', limit: 1 }, (values) =>
      db.selectFrom('members').select('id').where('organization_id', '=', values.organizationId).orderBy('id').limit(values.limit).compile(),
    );
    assert.notEqual(plain.sql, ordered.sql);
    assert.equal(shapes.statement('plain', { organizationId: 'p', limit: 2 }, () => assert.fail('built twice')).sql, plain.sql);
  });
});
