/**
 * Personal API key scopes. The objects are PostHog's, so keys written for PostHog's
 * tooling validate here unchanged; orgbase enforces the ones its endpoints use.
 */
export const SCOPE_OBJECTS = [
  'action',
  'access_control',
  'activity_log',
  'annotation',
  'batch_export',
  'cohort',
  'dashboard',
  'dashboard_template',
  'early_access_feature',
  'error_tracking',
  'event_definition',
  'experiment',
  'export',
  'feature_flag',
  'group',
  'hog_function',
  'insight',
  'integration',
  'notebook',
  'organization',
  'organization_integration',
  'organization_member',
  'person',
  'personal_api_key',
  'plugin',
  'project',
  'property_definition',
  'query',
  'session_recording',
  'session_recording_playlist',
  'sharing_configuration',
  'subscription',
  'survey',
  'user',
  'warehouse_table',
  'warehouse_view',
  'webhook',
] as const;

export type ScopeObject = (typeof SCOPE_OBJECTS)[number];
export type ScopeAction = 'read' | 'write';
export type Scope = `${ScopeObject}:${ScopeAction}` | '*';

export const ALL_SCOPES: readonly string[] = [
  '*',
  ...SCOPE_OBJECTS.flatMap((object) => [`${object}:read`, `${object}:write`]),
];

export function isValidScope(scope: string): scope is Scope {
  return ALL_SCOPES.includes(scope);
}

/** Whether a key's scopes grant `required`: `*` grants all, and write implies read. */
export function grants(keyScopes: readonly string[], required: Scope): boolean {
  if (keyScopes.includes('*') || keyScopes.includes(required)) return true;
  const [object, action] = required.split(':');
  return action === 'read' && keyScopes.includes(`${object}:write`);
}
