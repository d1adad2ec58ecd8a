/** What one scenario sends: the same authenticated GET, or role memberships added and removed. */
export type LoadShape =
  | { kind: 'get'; path: string; authorization?: string }
  | { kind: 'add-remove-role-membership'; path: string; authorization: string; userUuids: string[] };

export interface LoadSettings {
  connections: number;
  threads: number;
  durationSeconds: number;
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses with a 4xx/5xx status. */
  errorResponses: number;
  /** Connect, read, write errors and timeouts. */
  socketErrors: number;
}

export interface LoadGenerator {
  name: string;
  run(baseUrl: string, shape: LoadShape, settings: LoadSettings): Promise<LoadResult>;
}
