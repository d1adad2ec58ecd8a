import { SCOPE_LIST } from '../access/scopes.ts';

/** `orgbase scopes`: every valid scope and what it lets a key do here, as JSON. */
export function printScopes(): number {
  process.stdout.write(`${JSON.stringify(SCOPE_LIST, null, 2)}\n`);
  return 0;
}
