/** The human-facing documentation pages: no key, and their own Content-Security-Policy. */
export function isDocsPage(url: string): boolean {
  return url.startsWith('/api/docs') || url.startsWith('/api/schema/swagger-ui') || url.startsWith('/api/schema/redoc');
}
