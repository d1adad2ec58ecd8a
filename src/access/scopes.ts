/**
 * Personal API key scopes, as data: this one list gives the validator, the CLI's help and its
 * `orgbase scopes` command, the error hints, the OpenAPI document (each operation's `security`
 * and its 403 example) and the README's table (test/scopes.test.ts checks that they agree).
 *
 * The objects are PostHog's, so keys written for PostHog's tooling validate here unchanged. An
 * action with a text is one orgbase enforces on some operation, the text saying what it
 * guards; the others are accepted and stored for compatibility but guard nothing here.
 */
export const SCOPE_CATALOGUE = [
  { object: 'action' },
  { object: 'access_control' },
  {
    object: 'activity_log',
    read: "read an organization's audit log (admins and owners)",
  },
  { object: 'annotation' },
  { object: 'batch_export' },
  { object: 'cohort' },
  { object: 'dashboard' },
  { object: 'dashboard_template' },
  { object: 'early_access_feature' },
  { object: 'error_tracking' },
  { object: 'event_definition' },
  { object: 'experiment' },
  { object: 'export' },
  { object: 'feature_flag' },
  { object: 'group' },
  { object: 'hog_function' },
  { object: 'insight' },
  { object: 'integration' },
  { object: 'notebook' },
  {
    object: 'organization',
    read: 'list and read organizations, their roles and role memberships',
    write: 'create, change and delete organizations, roles and role memberships',
  },
  {
    object: 'organization_integration',
    read: "list and read an organization's integrations",
    write: "change an integration's environment mapping",
  },
  {
    object: 'organization_member',
    read: "list and read an organization's members",
    write: "change a member's level, remove a member",
  },
  { object: 'person' },
  {
    object: 'personal_api_key',
    read: "list and read the caller's keys (within the calling key's power)",
    write: "create, change, roll and delete the caller's keys (within the calling key's power)",
  },
  { object: 'plugin' },
  {
    object: 'project',
    read: "list and read an organization's projects",
    write: 'create, change and delete projects',
  },
  { object: 'property_definition' },
  { object: 'query' },
  { object: 'session_recording' },
  { object: 'session_recording_playlist' },
  { object: 'sharing_configuration' },
  { object: 'subscription' },
  { object: 'survey' },
  {
    object: 'user',
    read: 'read the calling user (/api/users/@me/)',
    write: "change the calling user's name, current organization and project",
  },
  { object: 'warehouse_table' },
  { object: 'warehouse_view' },
  {
    object: 'webhook',
    read: "list and read an organization's webhook endpoints and their deliveries",
    write: 'create, change, delete webhook endpoints, rotate their secrets, retry deliveries',
  },
] as const satisfies ReadonlyArray<{ object: string; read?: string; write?: string }>;

export const SCOPE_ACTIONS = ['read', 'write'] as const;

export const SCOPE_OBJECTS = SCOPE_CATALOGUE.map((entry) => entry.object);

export type ScopeObject = (typeof SCOPE_CATALOGUE)[number]['object'];
export type ScopeAction = (typeof SCOPE_ACTIONS)[number];
export type Scope = `${ScopeObject}:${ScopeAction}` | '*';

export interface ScopeDescription {
  scope: Scope;
  /** What the scope guards in orgbase; null for a PostHog scope that guards nothing here. */
  guards: string | null;
}

const WILDCARD_GUARDS = 'everything (write on every object, so every operation)';

/** Every valid scope, `*` first, then each object's read and write, with what each guards. */
export const SCOPE_LIST: readonly ScopeDescription[] = [
  { scope: '*', guards: WILDCARD_GUARDS },
  ...SCOPE_CATALOGUE.flatMap((entry) =>
    SCOPE_ACTIONS.map((action) => ({ scope: `${entry.object}:${action}` as Scope, guards: (entry as Partial<Record<ScopeAction, string>>)[action] ?? null })),
  ),
];

export const ALL_SCOPES: readonly string[] = SCOPE_LIST.map((entry) => entry.scope);

/** The scopes some orgbase operation requires. */
export const ENFORCED_SCOPES: readonly Scope[] = SCOPE_LIST.filter((entry) => entry.guards !== null && entry.scope !== '*').map((entry) => entry.scope);

export function isValidScope(scope: string): scope is Scope {
  return ALL_SCOPES.includes(scope);
}

/** Whether a key's scopes grant `required`: `*` grants all, and write implies read. */
export function grants(keyScopes: readonly string[], required: Scope): boolean {
  if (keyScopes.includes('*') || keyScopes.includes(required)) return true;
  const [object, action] = required.split(':');
  return action === 'read' && keyScopes.includes(`${object}:write`);
}

/** An example for help texts, made of enforced scopes so it is always accepted. */
export const SCOPES_EXAMPLE = ['organization:read', 'organization_member:write'].filter((scope) => ENFORCED_SCOPES.includes(scope as Scope)).join(',');

/**
 * What to tell someone who wrote an invalid scope: the nearest valid one when the object is a
 * known object's last word(s) or the action is misspelt (`member:write` means
 * `organization_member:write`), and where the list is.
 */
export function scopeHint(scope: string): string {
  const [object = '', action = ''] = scope.split(':');
  const actions: readonly string[] = SCOPE_ACTIONS;
  const nearAction = actions.includes(action) ? action : action.startsWith('r') ? 'read' : action.startsWith('w') ? 'write' : undefined;
  const objects: readonly string[] = SCOPE_OBJECTS;
  const nearObjects = objects.includes(object)
    ? [object]
    : objects.filter((known) => object !== '' && (known.endsWith(`_${object}`) || known.startsWith(`${object}_`)));
  const suggestions = nearAction
    ? nearObjects.map((known) => `${known}:${nearAction}`).filter((candidate) => candidate !== scope && isValidScope(candidate))
    : [];
  const mean = suggestions.length ? ` (did you mean ${suggestions.slice(0, 3).join(' or ')}?)` : '';
  return `${mean}. A scope is "*" or <object>:read|write (write implies read); "orgbase scopes" lists them.`;
}

/** The README's table of scopes, derived from SCOPE_LIST (test/scopes.test.ts keeps the copy current). */
export function scopesMarkdownTable(): string {
  const enforcedObjects = new Set<string>(SCOPE_CATALOGUE.filter((entry) => 'read' in entry || 'write' in entry).map((entry) => entry.object));
  const rows = SCOPE_LIST.filter((entry) => entry.scope === '*' || enforcedObjects.has(entry.scope.split(':')[0]!)).map(
    (entry) => `| \`${entry.scope}\` | ${entry.guards ?? 'nothing in orgbase (accepted as in PostHog)'} |`,
  );
  const others = SCOPE_CATALOGUE.filter((entry) => !('read' in entry) && !('write' in entry)).map((entry) => `\`${entry.object}\``);
  return [
    '| scope | lets a key |',
    '|---|---|',
    ...rows,
    `| \`<object>:read\`, \`<object>:write\` for ${others.join(', ')} | nothing in orgbase: PostHog's other objects, accepted so PostHog's keys and tools validate unchanged |`,
  ].join('\n');
}
