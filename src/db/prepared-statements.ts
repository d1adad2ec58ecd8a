import pg from 'pg';

/** How many distinct statements one connection keeps prepared; later ones run unnamed. */
const MAX_PREPARED_PER_CONNECTION = 500;

/**
 * A `pg` client that prepares every parameterized statement once per connection and then
 * only binds and executes it: PostgreSQL skips parsing and, after a few runs, planning. The
 * query builder emits the same text for the same code path, so a connection sees a bounded
 * set of statements; the cap keeps odd ones (long IN lists) from growing it without end.
 * Statements without parameters (BEGIN, migrations with several commands) stay unnamed.
 */
export class PreparingClient extends pg.Client {
  private readonly statementNames = new Map<string, string>();

  override query(config: unknown, values?: unknown, callback?: unknown): never {
    if (typeof config === 'string' && Array.isArray(values) && values.length > 0 && typeof callback !== 'function') {
      let name = this.statementNames.get(config);
      if (name === undefined && this.statementNames.size < MAX_PREPARED_PER_CONNECTION) {
        name = `orgbase_${this.statementNames.size}`;
        this.statementNames.set(config, name);
      }
      if (name !== undefined) return super.query({ name, text: config, values } as never) as never;
    }
    return (super.query as (...args: unknown[]) => never)(config, values, callback);
  }
}
