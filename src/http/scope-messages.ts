/** PostHog's refusal of a key without the route's scope; the OpenAPI 403 examples quote it. */
export function missingScopeMessage(scope: string): string {
  return `API key missing required scope '${scope}'`;
}
