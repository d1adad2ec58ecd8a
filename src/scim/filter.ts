// SCIM filters and attribute paths (RFC 7644 §3.4.2.2 and §3.5.2): a tokenizer, a recursive
// descent parser, and an evaluator over resources as the server renders them. Attribute names
// are case-insensitive; string comparisons too, except for the case-exact attributes.
import { SCIM_ERRORS } from './errors.ts';

export interface AttrPath {
  /** The schema URN when the path was qualified with one (`urn:...:User:userName`). */
  urn?: string;
  attr: string;
  sub?: string;
}

export type Filter =
  | { kind: 'compare'; path: AttrPath; op: CompareOp; value: string | number | boolean | null }
  | { kind: 'present'; path: AttrPath }
  | { kind: 'and' | 'or'; left: Filter; right: Filter }
  | { kind: 'not'; filter: Filter }
  | { kind: 'valuePath'; path: AttrPath; filter: Filter };

/** A PATCH target: an attribute, optionally filtered to some of its values and a sub-attribute of them. */
export interface PatchPath {
  path: AttrPath;
  filter?: Filter;
  /** The sub-attribute after a value filter: `emails[type eq "work"].value`. */
  sub?: string;
}

const OPS = ['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le'] as const;
type CompareOp = (typeof OPS)[number];

type Token = { type: 'word' | 'string' | '(' | ')' | '[' | ']'; text: string };

const MAX_FILTER_LENGTH = 2000;
const MAX_DEPTH = 50;

function tokenize(text: string, fail: (why: string) => Error): Token[] {
  if (text.length > MAX_FILTER_LENGTH) throw fail(`longer than ${MAX_FILTER_LENGTH} characters`);
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (/\s/.test(char)) {
      index++;
    } else if ('()[]'.includes(char)) {
      tokens.push({ type: char as Token['type'], text: char });
      index++;
    } else if (char === '"') {
      let end = index + 1;
      let value = '';
      while (end < text.length && text[end] !== '"') {
        if (text[end] === '\\' && end + 1 < text.length) end++;
        value += text[end];
        end++;
      }
      if (end >= text.length) throw fail('unterminated string');
      tokens.push({ type: 'string', text: value });
      index = end + 1;
    } else {
      const match = /^[^\s()[\]"]+/.exec(text.slice(index))!;
      tokens.push({ type: 'word', text: match[0] });
      index += match[0].length;
    }
  }
  return tokens;
}

const ATTR_NAME = /^[A-Za-z$][\w$-]*$/;

/** `userName`, `name.givenName`, `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value`. */
export function parseAttrPath(text: string, fail: (why: string) => Error): AttrPath {
  let urn: string | undefined;
  let rest = text;
  if (/^urn:/i.test(text)) {
    const colon = text.lastIndexOf(':');
    urn = text.slice(0, colon);
    rest = text.slice(colon + 1);
  }
  const [attr, sub, ...extra] = rest.split('.');
  if (!attr || !ATTR_NAME.test(attr) || extra.length > 0 || (sub !== undefined && !ATTR_NAME.test(sub))) {
    throw fail(`"${text}" is not an attribute path`);
  }
  return { ...(urn ? { urn } : {}), attr, ...(sub !== undefined ? { sub } : {}) };
}

class Parser {
  private position = 0;
  private depth = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly fail: (why: string) => Error,
  ) {}

  get done(): boolean {
    return this.position >= this.tokens.length;
  }

  peek(): Token | undefined {
    return this.tokens[this.position];
  }

  next(): Token {
    const token = this.tokens[this.position++];
    if (!token) throw this.fail('unexpected end');
    return token;
  }

  expect(type: Token['type']): void {
    const token = this.next();
    if (token.type !== type) throw this.fail(`expected "${type}", found "${token.text}"`);
  }

  private isWord(text: string): boolean {
    const token = this.peek();
    return token?.type === 'word' && token.text.toLowerCase() === text;
  }

  filter(): Filter {
    if (++this.depth > MAX_DEPTH) throw this.fail('nested too deeply');
    let left = this.conjunction();
    while (this.isWord('or')) {
      this.position++;
      left = { kind: 'or', left, right: this.conjunction() };
    }
    this.depth--;
    return left;
  }

  private conjunction(): Filter {
    let left = this.unary();
    while (this.isWord('and')) {
      this.position++;
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): Filter {
    if (this.isWord('not')) {
      this.position++;
      this.expect('(');
      const filter = this.filter();
      this.expect(')');
      return { kind: 'not', filter };
    }
    if (this.peek()?.type === '(') {
      this.position++;
      const filter = this.filter();
      this.expect(')');
      return filter;
    }
    const token = this.next();
    if (token.type !== 'word') throw this.fail(`expected an attribute, found "${token.text}"`);
    const path = parseAttrPath(token.text, this.fail);
    if (this.peek()?.type === '[') {
      this.position++;
      const filter = this.filter();
      this.expect(']');
      return { kind: 'valuePath', path, filter };
    }
    const operator = this.next();
    const op = operator.text.toLowerCase();
    if (operator.type !== 'word') throw this.fail(`expected an operator after ${token.text}`);
    if (op === 'pr') return { kind: 'present', path };
    if (!(OPS as readonly string[]).includes(op)) throw this.fail(`unknown operator "${operator.text}"`);
    return { kind: 'compare', path, op: op as CompareOp, value: this.value() };
  }

  private value(): string | number | boolean | null {
    const token = this.next();
    if (token.type === 'string') return token.text;
    if (token.type !== 'word') throw this.fail(`expected a value, found "${token.text}"`);
    const text = token.text.toLowerCase();
    if (text === 'true') return true;
    if (text === 'false') return false;
    if (text === 'null') return null;
    if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(token.text)) return Number(token.text);
    throw this.fail(`"${token.text}" is not a value (strings are quoted)`);
  }
}

/** Parses a `filter` query parameter; errors are 400 `invalidFilter`. */
export function parseFilter(text: string): Filter {
  const fail = (why: string) => SCIM_ERRORS.invalidFilter(why);
  const parser = new Parser(tokenize(text, fail), fail);
  if (parser.done) throw fail('empty filter');
  const filter = parser.filter();
  if (!parser.done) throw fail(`unexpected "${parser.peek()!.text}"`);
  return filter;
}

/** Parses a PATCH `path`; errors are 400 `invalidPath`. */
export function parsePatchPath(text: string): PatchPath {
  const fail = (why: string) => SCIM_ERRORS.invalidPath(why);
  const tokens = tokenize(text, fail);
  const [first, second] = tokens;
  if (!first || first.type !== 'word') throw fail(`"${text}"`);
  const path = parseAttrPath(first.text, fail);
  if (!second) return { path };
  if (second.type !== '[' || path.sub !== undefined) throw fail(`"${text}"`);
  const parser = new Parser(tokens.slice(2), fail);
  const filter = parser.filter();
  parser.expect(']');
  let sub: string | undefined;
  if (!parser.done) {
    const rest = parser.next();
    if (rest.type !== 'word' || !/^\.[A-Za-z$][\w$-]*$/.test(rest.text) || !parser.done) throw fail(`"${text}"`);
    sub = rest.text.slice(1);
  }
  return { path, filter, ...(sub ? { sub } : {}) };
}

/** Attributes whose string values compare exactly (RFC 7643 caseExact). */
const CASE_EXACT = new Set(['id', 'externalid']);

/** The property of `object` named `name`, ignoring case. */
export function keyOf(object: Record<string, unknown>, name: string): string | undefined {
  if (name in object) return name;
  const lower = name.toLowerCase();
  return Object.keys(object).find((key) => key.toLowerCase() === lower);
}

function valuesAt(resource: Record<string, unknown>, path: AttrPath, coreUrns: readonly string[]): unknown[] {
  let container: unknown = resource;
  if (path.urn && !coreUrns.some((urn) => urn.toLowerCase() === path.urn!.toLowerCase())) {
    const key = keyOf(resource, path.urn);
    container = key ? resource[key] : undefined;
  }
  if (container === null || typeof container !== 'object') return [];
  const key = keyOf(container as Record<string, unknown>, path.attr);
  let values: unknown[] = key === undefined ? [] : [(container as Record<string, unknown>)[key]].flat();
  if (path.sub) {
    values = values.flatMap((value) => {
      if (value === null || typeof value !== 'object') return [];
      const subKey = keyOf(value as Record<string, unknown>, path.sub!);
      return subKey === undefined ? [] : [(value as Record<string, unknown>)[subKey]].flat();
    });
  }
  return values.filter((value) => value !== undefined && value !== null);
}

function compare(actual: unknown, op: CompareOp, expected: string | number | boolean | null, caseExact: boolean): boolean {
  if (expected === null) return op === 'ne' ? actual !== null : false;
  if (typeof expected === 'boolean' || typeof actual === 'boolean') {
    const value = typeof actual === 'string' ? actual.toLowerCase() === 'true' : actual;
    if (op === 'eq') return value === expected;
    if (op === 'ne') return value !== expected;
    return false;
  }
  if (typeof expected === 'number' && typeof actual === 'number') {
    return {
      eq: actual === expected,
      ne: actual !== expected,
      gt: actual > expected,
      ge: actual >= expected,
      lt: actual < expected,
      le: actual <= expected,
      co: false,
      sw: false,
      ew: false,
    }[op];
  }
  const a = caseExact ? String(actual) : String(actual).toLowerCase();
  const b = caseExact ? String(expected) : String(expected).toLowerCase();
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'co':
      return a.includes(b);
    case 'sw':
      return a.startsWith(b);
    case 'ew':
      return a.endsWith(b);
    case 'gt':
      return a > b;
    case 'ge':
      return a >= b;
    case 'lt':
      return a < b;
    case 'le':
      return a <= b;
  }
}

/** Whether `resource` matches `filter`. `coreUrns` are the URNs whose attributes sit at the top level. */
export function matches(filter: Filter, resource: Record<string, unknown>, coreUrns: readonly string[]): boolean {
  switch (filter.kind) {
    case 'and':
      return matches(filter.left, resource, coreUrns) && matches(filter.right, resource, coreUrns);
    case 'or':
      return matches(filter.left, resource, coreUrns) || matches(filter.right, resource, coreUrns);
    case 'not':
      return !matches(filter.filter, resource, coreUrns);
    case 'present':
      return valuesAt(resource, filter.path, coreUrns).some((value) => value !== '' && !(Array.isArray(value) && value.length === 0));
    case 'valuePath':
      return valuesAt(resource, filter.path, coreUrns).some(
        (value) => value !== null && typeof value === 'object' && matches(filter.filter, value as Record<string, unknown>, coreUrns),
      );
    case 'compare': {
      const values = valuesAt(resource, filter.path, coreUrns);
      const caseExact = CASE_EXACT.has((filter.path.sub ?? filter.path.attr).toLowerCase()) && !filter.path.sub;
      if (filter.op === 'ne') return values.length === 0 || values.every((value) => compare(value, 'ne', filter.value, caseExact));
      return values.some((value) => compare(value, filter.op, filter.value, caseExact));
    }
  }
}

/** `userName eq "x"` alone: the one filter identity providers send on every sync, answered from an index. */
export function userNameEquals(filter: Filter): string | undefined {
  if (filter.kind !== 'compare' || filter.op !== 'eq' || typeof filter.value !== 'string' || filter.path.sub) return undefined;
  return filter.path.attr.toLowerCase() === 'username' ? filter.value : undefined;
}
