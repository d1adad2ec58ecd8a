import { CompiledQuery } from 'kysely';

/**
 * Where a value goes while a statement's text is built: an object of its own, so it can be
 * neither mistaken for a constant of the statement (`is_active = true`, a `LIMIT 1`) nor for
 * another value, whatever the request's values are. Turning it into text or JSON throws: it
 * would be built into the text instead of being bound as a parameter.
 */
class StandIn {
  constructor(
    readonly statement: string,
    readonly name: string,
  ) {}

  [Symbol.toPrimitive](): never {
    throw new Error(`${this.statement}: the stand-in for ${this.name} was turned into text; pass it to the query builder as a value`);
  }

  toJSON(): never {
    return this[Symbol.toPrimitive]();
  }
}

/** Per parameter of the compiled text: the name of the value it takes, or the constant it keeps. */
interface Shape {
  sql: string;
  names: (string | undefined)[];
  constants: unknown[];
}

/**
 * The first of the two layers that make a statement cheap (docs/performance.md, "Cheap
 * statements"); the connection's prepared statements (prepared-statements.ts) are the second.
 *
 * Statements of one kind whose text depends only on their shape (an ordering, a search or
 * none), never on their values. Building a query tree and compiling it cost a tenth of a hot
 * request's server CPU; here each shape is built and compiled once, with stand-ins for its
 * values, and then each request only binds its values where the stand-ins were found.
 */
export class StatementShapes<Values extends object, Row> {
  private readonly shapes = new Map<string, Shape>();

  /** `kind` names the statements in errors. */
  constructor(private readonly kind: string) {}

  /**
   * The statement of `shape` with `values`. `build` runs on the shape's first use only, given
   * stand-ins for `values` (the same keys), each of which must reach the statement as a value:
   * it throws if one does not, so a value built into the text is found on the first run, not
   * served to the next caller. Everything that decides the text must be in `shape`; a shape
   * given a value has to be given it on every use.
   */
  statement(shape: string, values: Values, build: (standIns: Values) => CompiledQuery<Row>): CompiledQuery<Row> {
    let known = this.shapes.get(shape);
    if (known === undefined) {
      known = this.compile(shape, values, build);
      this.shapes.set(shape, known);
    }
    const { names, constants } = known;
    const parameters = new Array<unknown>(names.length);
    for (let index = 0; index < names.length; index++) {
      const name = names[index];
      parameters[index] = name === undefined ? constants[index] : (values as Record<string, unknown>)[name];
    }
    return CompiledQuery.raw(known.sql, parameters) as CompiledQuery<Row>;
  }

  private compile(shape: string, values: Values, build: (standIns: Values) => CompiledQuery<Row>): Shape {
    const label = `${this.kind} (${shape || 'default shape'})`;
    const standIns = Object.fromEntries(Object.keys(values).map((name) => [name, new StandIn(label, name)])) as Record<string, StandIn>;
    const compiled = build(standIns as unknown as Values);
    const names = compiled.parameters.map((parameter) => {
      if (!(parameter instanceof StandIn)) return undefined;
      if (standIns[parameter.name] !== parameter) throw new Error(`${label}: a stand-in of ${parameter.statement} reached this statement`);
      return parameter.name;
    });
    for (const name of Object.keys(standIns)) {
      if (!names.includes(name)) throw new Error(`${label}: ${name} does not reach the statement as a value`);
    }
    return { sql: compiled.sql, names, constants: compiled.parameters.map((parameter) => (parameter instanceof StandIn ? undefined : parameter)) };
  }
}
