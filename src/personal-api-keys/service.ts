import { resultingPower, type KeyPower, type RequestedPower } from '../access/key-power.ts';
import { auditChange } from '../audit/repository.ts';
import { assertPrecondition, type Precondition } from '../domain/precondition.ts';
import type { Executor } from '../db/types.ts';
import type { Writes } from '../writes/unit-of-work.ts';
import { CallerKeyRevoked, NotFound, ValidationError } from '../domain/errors.ts';
import { refuse } from '../domain/refusals.ts';
import { assertKeyMayHold, powerOfKey, powerOfRow, visibleTo } from './key-rules.ts';
import { generateKeyId, generatePersonalApiKey, hashKeyValue, maskKeyValue } from './key-format.ts';
import { countKeysOfUser, deleteKey, findKeyOfUser, holdKey, insertKey, listKeysOfUser, updateKey, type PersonalApiKeyRow } from './repository.ts';
import { listMembershipsWithOrganizations } from '../members/repository.ts';
import { lockUser, requireUserIdentity } from '../users/repository.ts';
import { isOperator, type Caller, type OperatorCaller } from '../access/caller.ts';
import { isProjectScoped, keyReachesOrganization } from '../access/reach.ts';
import type { KeyIntrospection, PersonalApiKey, PersonalApiKeyCreate, PersonalApiKeyUpdate } from './schemas.ts';

export const MAX_KEYS_PER_USER = 10;

function toPersonalApiKey(row: PersonalApiKeyRow, value?: string): PersonalApiKey {
  return {
    id: row.id,
    label: row.label,
    ...(value === undefined ? {} : { value }),
    mask_value: row.mask_value,
    created_at: row.created_at,
    last_used_at: row.last_used_at,
    last_rolled_at: row.last_rolled_at,
    user_id: row.user_id,
    scopes: row.scopes,
    scoped_teams: row.scoped_teams,
    scoped_organizations: row.scoped_organizations,
  };
}

/** Keys are not an organization's: their trail has no organization. Never the value or hash. */
function keyChange(verb: string, keyId: string, before: PersonalApiKeyRow | undefined, after: PersonalApiKeyRow | undefined) {
  return auditChange('personal_api_key', verb, null, keyId, before && toPersonalApiKey(before), after && toPersonalApiKey(after));
}

const lowercase = (ids: string[] | undefined) => ids?.map((id) => id.toLowerCase());

function requestedPower(input: PersonalApiKeyUpdate): RequestedPower {
  return { scopes: input.scopes, scopedOrganizations: lowercase(input.scoped_organizations), scopedTeams: input.scoped_teams };
}

/** What a key made by the operator (the CLI) starts from: fields left out are unrestricted. */
const OPERATOR: KeyPower = { scopes: [], scopedOrganizations: [], scopedTeams: [] };

export function createPersonalApiKeyService({ writes }: { writes: Writes }) {
  const { db } = writes;
  async function requireOwnKey(trx: Executor, userId: number, keyId: string, forUpdate = false) {
    const row = await findKeyOfUser(trx, userId, keyId, forUpdate);
    if (!row) throw new NotFound();
    return row;
  }

  /** The user's key, if its power is within the caller's; any other answers 404, as if absent. */
  async function requireVisibleKey(trx: Executor, caller: Caller, keyId: string, forUpdate = false) {
    const row = await requireOwnKey(trx, caller.user.id, keyId, forUpdate);
    if ((await visibleTo(trx, caller.key, [row])).length === 0) throw new NotFound();
    return row;
  }

  /**
   * The key that made the request may have been deleted or rolled since it was authenticated
   * (from a cache, or by another process a moment ago): a write that hands out power confirms
   * it still exists with that value, and holds it so it cannot go while the write runs.
   */
  async function holdCallingKey(trx: Executor, caller: Caller | OperatorCaller | null) {
    if (!caller || isOperator(caller)) return;
    if (!(await holdKey(trx, caller.key.id, caller.key.secureValue))) throw new CallerKeyRevoked();
  }

  return {
    async list(caller: Caller): Promise<PersonalApiKey[]> {
      return (await visibleTo(db, caller.key, await listKeysOfUser(db, caller.user.id))).map((row) => toPersonalApiKey(row));
    },

    /** The calling key, and every organization it reaches with the user's level there, in one call. */
    async introspect(caller: Caller): Promise<KeyIntrospection> {
      const [key, organizations, user] = await Promise.all([
        requireOwnKey(db, caller.user.id, caller.key.id),
        listMembershipsWithOrganizations(db, caller.user.id),
        requireUserIdentity(db, caller.user.id),
      ]);
      // Keys scoped to projects cannot use organization endpoints (PostHog's rule).
      const reachable = isProjectScoped(caller.key) ? [] : organizations.filter((organization) => keyReachesOrganization(caller.key, organization.id));
      return {
        id: key.id,
        label: key.label,
        mask_value: key.mask_value,
        created_at: key.created_at,
        last_used_at: key.last_used_at,
        scopes: key.scopes,
        scoped_organizations: key.scoped_organizations,
        scoped_teams: key.scoped_teams,
        user,
        organizations: reachable.map(({ id, name, slug, level }) => ({ id, name, slug, membership_level: level })),
      };
    },

    async get(caller: Caller, keyId: string): Promise<PersonalApiKey> {
      return toPersonalApiKey(await requireVisibleKey(db, caller, keyId));
    },

    /** Creates a key; the response carries its value, which is never stored or shown again. */
    /** `caller` is the API's caller, or the operator (`orgbase keys create`), whose keys are bounded only by the user's. */
    async create(caller: Caller | OperatorCaller | null, userId: number, input: PersonalApiKeyCreate): Promise<PersonalApiKey> {
      return writes.run(caller, async (unit) => {
        const { trx } = unit;
        // Serializes concurrent creates of one user, so the limit below cannot be raced past.
        await lockUser(trx, userId);
        await holdCallingKey(trx, caller);
        if (input.label.trim() === '') throw refuse.blank('label');
        // Left out, a restriction inherits the issuing key's: never wider than the key asking.
        const requested = requestedPower(input);
        const callingKey = caller && !isOperator(caller) ? caller.key : undefined;
        const power = resultingPower(callingKey ? powerOfKey(callingKey) : OPERATOR, requested);
        await assertKeyMayHold(trx, userId, requested, power, callingKey);
        if ((await countKeysOfUser(trx, userId)) >= MAX_KEYS_PER_USER) {
          throw new ValidationError(`You can only have ${MAX_KEYS_PER_USER} personal API keys. Remove an existing key before creating a new one.`);
        }
        const value = generatePersonalApiKey();
        const row = await insertKey(trx, {
          id: generateKeyId(),
          user_id: userId,
          label: input.label.trim(),
          secure_value: hashKeyValue(value),
          mask_value: maskKeyValue(value),
          scopes: [...power.scopes],
          scoped_organizations: [...power.scopedOrganizations],
          scoped_teams: [...power.scopedTeams],
        });
        unit.audited(keyChange('created', row.id, undefined, row));
        return toPersonalApiKey(row, value);
      });
    },

    async update(caller: Caller, keyId: string, input: PersonalApiKeyUpdate, precondition?: Precondition): Promise<PersonalApiKey> {
      const row = await writes.run(caller, async (unit) => {
        const { trx } = unit;
        await holdCallingKey(trx, caller);
        const before = await requireVisibleKey(trx, caller, keyId, true);
        assertPrecondition(precondition, toPersonalApiKey(before));
        if (input.label !== undefined && input.label.trim() === '') {
          throw refuse.blank('label');
        }
        // Left out, a field keeps the key's value, which is already within the caller's power.
        const requested = requestedPower(input);
        const power = resultingPower(powerOfRow(before), requested);
        await assertKeyMayHold(trx, caller.user.id, requested, power, caller.key);
        const changes = {
          ...(input.label === undefined ? {} : { label: input.label.trim() }),
          ...(input.scopes === undefined ? {} : { scopes: [...power.scopes] }),
          ...(input.scoped_organizations === undefined ? {} : { scoped_organizations: [...power.scopedOrganizations] }),
          ...(input.scoped_teams === undefined ? {} : { scoped_teams: [...power.scopedTeams] }),
        };
        if (Object.keys(changes).length === 0) return before;
        const after = await updateKey(trx, keyId, changes);
        unit.changed('key', keyId);
        unit.audited(keyChange('updated', keyId, before, after));
        return after;
      });
      return toPersonalApiKey(row);
    },

    async remove(caller: Caller, keyId: string, precondition?: Precondition): Promise<void> {
      await writes.run(caller, async (unit) => {
        const { trx } = unit;
        const before = await requireVisibleKey(trx, caller, keyId, true);
        assertPrecondition(precondition, toPersonalApiKey(before));
        await deleteKey(trx, keyId);
        unit.changed('key', keyId);
        unit.audited(keyChange('deleted', keyId, before, undefined));
      });
    },

    /** Replaces the key's value; the old value stops working at once. */
    async roll(caller: Caller, keyId: string): Promise<PersonalApiKey> {
      const value = generatePersonalApiKey();
      const row = await writes.run(caller, async (unit) => {
        const { trx } = unit;
        await holdCallingKey(trx, caller);
        const before = await requireVisibleKey(trx, caller, keyId, true);
        const after = await updateKey(trx, keyId, {
          secure_value: hashKeyValue(value),
          mask_value: maskKeyValue(value),
          last_rolled_at: new Date().toISOString(),
        });
        unit.changed('key', keyId);
        unit.audited(keyChange('rolled', keyId, before, after));
        return after;
      });
      return toPersonalApiKey(row, value);
    },
  };
}

export type PersonalApiKeyService = ReturnType<typeof createPersonalApiKeyService>;
