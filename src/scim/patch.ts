// PATCH (RFC 7644 §3.5.2) applied to a copy of the resource as the server renders it, in memory:
// all operations or none (the service writes the result in one transaction), and every
// dialect reduces to the RFC's three operations on a path. What Okta and Entra ID send beyond
// the RFC is accepted here: capitalised `op`s, pathless values whose keys are dotted or
// URN-qualified paths, string booleans, remove with a value list, empty Operations.
import { SCIM_ERRORS } from './errors.ts';
import { keyOf, matches, parseAttrPath, parsePatchPath, type Filter, type PatchPath } from './filter.ts';
import { PATCH_OP_URN } from './schemas.ts';

export type Op = 'add' | 'replace' | 'remove';
export interface Operation {
  op: Op;
  path?: string;
  value?: unknown;
}

export interface ResourceShape {
  /** The URN whose attributes sit at the resource's top level. */
  coreUrn: string;
  /** Extension URNs whose attributes sit in an object under the URN. */
  extensionUrns: readonly string[];
  /** Attributes a client may not change (RFC 7643 mutability readOnly). */
  readOnly: readonly string[];
  /** Multi-valued attributes: `add` appends, `remove` with a value removes those values. */
  multiValued: readonly string[];
}

const MAX_OPERATIONS = 1000;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The body's operations, checked: 400 `invalidSyntax` for anything that is not a PatchOp. */
export function readOperations(body: unknown): Operation[] {
  if (!isObject(body)) throw SCIM_ERRORS.invalidSyntax('The body must be a PatchOp object');
  const schemas = body[keyOf(body, 'schemas') ?? 'schemas'];
  if (
    schemas !== undefined &&
    (!Array.isArray(schemas) || !schemas.some((urn) => typeof urn === 'string' && urn.toLowerCase() === PATCH_OP_URN.toLowerCase()))
  ) {
    throw SCIM_ERRORS.invalidSyntax(`schemas must contain "${PATCH_OP_URN}"`);
  }
  const key = keyOf(body, 'Operations');
  const operations = key === undefined ? undefined : body[key];
  if (!Array.isArray(operations)) throw SCIM_ERRORS.invalidSyntax('Operations must be an array');
  if (operations.length > MAX_OPERATIONS) throw SCIM_ERRORS.tooMany(`At most ${MAX_OPERATIONS} operations per request`);
  return operations.map((operation, index) => {
    if (!isObject(operation)) throw SCIM_ERRORS.invalidSyntax(`Operations[${index}] must be an object`);
    const opKey = keyOf(operation, 'op');
    const op = opKey === undefined ? undefined : operation[opKey];
    const name = typeof op === 'string' ? op.toLowerCase() : undefined;
    if (name !== 'add' && name !== 'replace' && name !== 'remove') {
      throw SCIM_ERRORS.invalidSyntax(`Operations[${index}].op must be add, replace or remove`);
    }
    const pathKey = keyOf(operation, 'path');
    const path = pathKey === undefined ? undefined : operation[pathKey];
    if (path !== undefined && path !== null && typeof path !== 'string') throw SCIM_ERRORS.invalidPath(`Operations[${index}].path must be a string`);
    const valueKey = keyOf(operation, 'value');
    return {
      op: name,
      ...(typeof path === 'string' && path.trim() !== '' ? { path: path.trim() } : {}),
      ...(valueKey !== undefined ? { value: operation[valueKey] } : {}),
    };
  });
}

/** Applies the operations to `resource` (mutated) in order. */
export function applyOperations(resource: Json, operations: Operation[], shape: ResourceShape): void {
  for (const operation of operations) {
    if (operation.path === undefined) {
      if (operation.op === 'remove') throw SCIM_ERRORS.noTarget('A remove operation needs a path');
      if (!isObject(operation.value)) throw SCIM_ERRORS.invalidValue('An operation without a path needs an object value');
      for (const [name, value] of Object.entries(operation.value)) {
        // Okta's rename sends the group's own id beside the new name: a read-only attribute
        // restated as it is changes nothing, so it is no error.
        if (name.toLowerCase() === 'schemas') continue;
        const readOnlyKey = shape.readOnly.find((attr) => attr.toLowerCase() === name.toLowerCase());
        if (readOnlyKey && JSON.stringify(resource[keyOf(resource, readOnlyKey) ?? readOnlyKey]) === JSON.stringify(value)) continue;
        const extension = shape.extensionUrns.find((urn) => urn.toLowerCase() === name.toLowerCase());
        if (extension && isObject(value)) {
          for (const [attr, inner] of Object.entries(value))
            applyAt(resource, { path: { urn: extension, ...parseAttrPath(attr, SCIM_ERRORS.invalidPath) } }, operation.op, inner, shape);
        } else {
          applyAt(resource, parsePatchPath(name), operation.op, value, shape);
        }
      }
    } else {
      applyAt(resource, parsePatchPath(operation.path), operation.op, operation.value, shape);
    }
  }
}

function containerOf(resource: Json, target: PatchPath, shape: ResourceShape, create: boolean): Json | undefined {
  const urn = target.path.urn;
  if (!urn || urn.toLowerCase() === shape.coreUrn.toLowerCase()) return resource;
  const extension = shape.extensionUrns.find((known) => known.toLowerCase() === urn.toLowerCase());
  if (!extension) throw SCIM_ERRORS.invalidPath(`unknown schema "${urn}"`);
  const key = keyOf(resource, extension) ?? extension;
  if (!isObject(resource[key])) {
    if (!create) return undefined;
    resource[key] = {};
  }
  return resource[key] as Json;
}

/** The attributes a filter pins with `eq`, to build the value an add or replace to no match creates. */
function pinned(filter: Filter): Json {
  if (filter.kind === 'compare' && filter.op === 'eq') return { [filter.path.attr]: filter.value };
  if (filter.kind === 'and') return { ...pinned(filter.left), ...pinned(filter.right) };
  return {};
}

const sameValue = (a: unknown, b: unknown) =>
  isObject(a) && isObject(b) ? String(a[keyOf(a, 'value') ?? 'value']) === String(b[keyOf(b, 'value') ?? 'value']) : String(a) === String(b);

function applyAt(resource: Json, target: PatchPath, op: Op, value: unknown, shape: ResourceShape): void {
  const attr = target.path.attr;
  const isCore = !target.path.urn || target.path.urn.toLowerCase() === shape.coreUrn.toLowerCase();
  if (isCore && shape.readOnly.some((name) => name.toLowerCase() === attr.toLowerCase())) {
    throw SCIM_ERRORS.mutability(`"${attr}" is read-only`);
  }
  if (op !== 'remove' && value === undefined) throw SCIM_ERRORS.invalidValue(`"${op}" needs a value`);
  const container = containerOf(resource, target, shape, op !== 'remove');
  if (!container) return;
  const key = keyOf(container, attr) ?? attr;
  const multiValued = isCore && shape.multiValued.some((name) => name.toLowerCase() === attr.toLowerCase());

  if (target.filter) {
    const current = Array.isArray(container[key]) ? (container[key] as unknown[]) : [];
    const hits = current.filter((item) => isObject(item) && matches(target.filter!, item, [shape.coreUrn]));
    if (op === 'remove') {
      if (target.sub) for (const hit of hits as Json[]) delete hit[keyOf(hit, target.sub) ?? target.sub];
      else container[key] = current.filter((item) => !hits.includes(item));
      return;
    }
    if (hits.length === 0) {
      // The RFC has replace-to-nothing fail (noTarget); Entra and Okta address values by a
      // filter that the value they mean to set will satisfy, so the value is created.
      const created: Json = { ...pinned(target.filter) };
      if (target.sub) created[target.sub] = value;
      else if (isObject(value)) Object.assign(created, value);
      container[key] = [...current, created];
      return;
    }
    for (const hit of hits as Json[]) {
      if (target.sub) hit[keyOf(hit, target.sub) ?? target.sub] = value;
      else if (isObject(value)) Object.assign(hit, value);
    }
    return;
  }

  if (target.path.sub) {
    const sub = target.path.sub;
    let inner = container[key];
    if (op === 'remove') {
      if (isObject(inner)) delete inner[keyOf(inner, sub) ?? sub];
      else if (Array.isArray(inner)) for (const item of inner) if (isObject(item)) delete item[keyOf(item, sub) ?? sub];
      return;
    }
    if (Array.isArray(inner)) {
      // `emails.value` on a multi-valued attribute: the primary value, or the first.
      if (inner.length === 0) inner.push({});
      const primary = (inner.find((item) => isObject(item) && item.primary === true) ?? inner[0]) as Json;
      primary[keyOf(primary, sub) ?? sub] = value;
      return;
    }
    if (!isObject(inner)) container[key] = inner = {};
    (inner as Json)[keyOf(inner as Json, sub) ?? sub] = value;
    return;
  }

  if (op === 'remove') {
    if (multiValued && value !== undefined && Array.isArray(container[key])) {
      // Entra's remove of some members: `{"op":"Remove","path":"members","value":[{"value":"..."}]}`.
      const removed = [value].flat();
      container[key] = (container[key] as unknown[]).filter((item) => !removed.some((gone) => sameValue(item, gone)));
    } else {
      delete container[key];
    }
    return;
  }
  if (multiValued) {
    const incoming = [value].flat();
    if (op === 'add') {
      const current = Array.isArray(container[key]) ? (container[key] as unknown[]) : [];
      container[key] = [...current, ...incoming.filter((item) => !current.some((existing) => sameValue(existing, item)))];
    } else {
      container[key] = incoming;
    }
    return;
  }
  if (isObject(value) && isObject(container[key])) {
    // A complex attribute: the sub-attributes given replace theirs, the others stay (RFC 7644 §3.5.2.1/3).
    const inner = container[key] as Json;
    for (const [name, subValue] of Object.entries(value)) inner[keyOf(inner, name) ?? name] = subValue;
    return;
  }
  container[key] = value;
}
