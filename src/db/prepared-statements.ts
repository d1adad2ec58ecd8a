import pg from 'pg';

/** How many distinct statements one connection keeps prepared; later ones run unnamed. */
const MAX_PREPARED_PER_CONNECTION = 500;
// PostgreSQL refuses a prepared statement whose result columns changed under it (a migration
// applied while this process runs): "cached plan must not change result type".
const PLAN_CHANGED = '0A000';

/** What orgbase adds to a `pg` client's configuration (the pool hands its options to each client). */
export interface SessionOptions {
  /**
   * False: every statement goes unnamed (parse, bind, execute each time), which a pooler in
   * transaction mode cannot route wrongly: PgBouncer before 1.21 hands a named statement's
   * execution to whichever server connection is free, where it does not exist.
   */
  preparedStatements?: boolean;
  /**
   * Sent as the `TimeZone` startup parameter, never inside `options`: PgBouncer refuses
   * `options` ("unsupported startup parameter"), but tracks TimeZone per client and sets it on
   * whichever server connection it lends, so the session reads timestamps in UTC either way.
   */
  timeZone?: string;
}

/**
 * The second of the two layers that make a statement cheap (docs/performance.md, "Cheap
 * statements"), under statement-shapes.ts, which builds hot statements' text once.
 *
 * A `pg` client that prepares every parameterized statement once per connection and then
 * only binds and executes it: PostgreSQL skips parsing and, after a few runs, planning. The
 * query builder emits the same text for the same code path, so a connection sees a bounded
 * set of statements; the cap keeps odd ones (long IN lists) from growing it without end.
 * Statements without parameters (BEGIN, migrations with several commands) stay unnamed.
 * With `preparedStatements: false` it prepares nothing.
 */
export class PreparingClient extends pg.Client {
  private readonly statementNames = new Map<string, string>();
  private prepared = 0;
  /** Prefix of this client's statement names. */
  protected statementPrefix = 'orgbase_';
  private readonly preparing: boolean;
  private readonly timeZone: string | undefined;

  constructor(config?: string | (pg.ClientConfig & SessionOptions)) {
    super(config);
    this.preparing = typeof config === 'string' || config?.preparedStatements !== false;
    this.timeZone = typeof config === 'string' ? undefined : config?.timeZone;
    // A connection lost while checked out emits 'error' on the client, where the pool listens
    // only while it is idle; unheard, it would crash the process. The query in flight fails
    // with the same error (answered 503) and the pool drops the client when it is released.
    this.on('error', () => {});
  }

  // Not in pg's type declarations; the parameters of the startup message.
  getStartupConf(): Record<string, string> {
    const parameters = (pg.Client.prototype as unknown as { getStartupConf(this: pg.Client): Record<string, string> }).getStartupConf.call(this);
    if (this.timeZone !== undefined) parameters.TimeZone = this.timeZone;
    return parameters;
  }

  override query(config: unknown, values?: unknown, callback?: unknown): never {
    if (this.preparing && typeof config === 'string' && Array.isArray(values) && values.length > 0 && typeof callback !== 'function') {
      let name = this.statementNames.get(config);
      if (name === undefined && this.statementNames.size < MAX_PREPARED_PER_CONNECTION) {
        name = `${this.statementPrefix}${this.prepared++}`;
        this.statementNames.set(config, name);
      }
      if (name !== undefined) {
        const result = super.query({ name, text: config, values } as never) as unknown as Promise<unknown>;
        // The statement is prepared afresh, under a new name, the next time it is used.
        return result.catch((error: { code?: string }) => {
          if (error?.code === PLAN_CHANGED) this.statementNames.delete(config);
          throw error;
        }) as never;
      }
    }
    return (super.query as (...args: unknown[]) => never)(config, values, callback);
  }
}

let sharedSessionClients = 0;

/**
 * The client of the embedded database. PGlite has one session, shared by every client the
 * pool opens on it: each client names its prepared statements apart from the others' (two
 * would otherwise both prepare "orgbase_0", the second refused as already existing). What a
 * client leaves in the session when it goes is undone by the engine's side (WireSessions).
 */
export class SharedSessionClient extends PreparingClient {
  protected override statementPrefix = `orgbase_${++sharedSessionClients}_`;
}
