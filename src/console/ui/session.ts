// The signed-in key lives in sessionStorage only: never a URL, a cookie or localStorage, so it
// leaves with the tab and is never sent anywhere but in the Authorization header.
import type { Schemas } from './api.ts';
import { call } from './api.ts';

const STORAGE = 'orgbase.console.key';

export type Introspection = Schemas['PersonalApiKeyIntrospection'];

export function storedKey(): string | null {
  try {
    return sessionStorage.getItem(STORAGE);
  } catch {
    return null;
  }
}

export function forgetKey(): void {
  sessionStorage.removeItem(STORAGE);
}

/** Checks a key against the API before keeping it. */
export async function signIn(key: string): Promise<Introspection> {
  const answer = await call('get', '/api/personal_api_keys/@current/', { key });
  sessionStorage.setItem(STORAGE, key);
  return answer.data;
}

export async function introspect(): Promise<Introspection> {
  return (await call('get', '/api/personal_api_keys/@current/')).data;
}

/** `*` grants all, and write implies read (src/access/scopes.ts). */
export function grants(scopes: readonly string[], required: string): boolean {
  if (scopes.includes('*') || scopes.includes(required)) return true;
  const [object, action] = required.split(':');
  return action === 'read' && scopes.includes(`${object}:write`);
}

export const LEVEL_NAMES: Record<number, string> = { 1: 'member', 8: 'admin', 15: 'owner' };

/**
 * Why this key may not do something, or null when it may: the scope it lacks, the organization
 * it cannot reach, or the level the user lacks there.
 */
export function refusal(who: Introspection, scope: string, organizationId?: string, minimumLevel?: number): string | null {
  if (!grants(who.scopes, scope)) return `This key lacks the ${scope} scope.`;
  if (organizationId === undefined) return null;
  const organization = who.organizations.find((item) => item.id === organizationId);
  if (!organization) return 'This key does not reach this organization.';
  if (minimumLevel !== undefined && organization.membership_level < minimumLevel) {
    return `Needs ${LEVEL_NAMES[minimumLevel]} level here; you are ${LEVEL_NAMES[organization.membership_level]}.`;
  }
  return null;
}
