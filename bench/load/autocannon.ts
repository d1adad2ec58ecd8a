import type { LoadGenerator, LoadResult, LoadSettings, LoadShape } from './types.ts';

// The parts of autocannon's programmatic API the bench uses (it ships no type declarations).
interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
}

interface AutocannonResult {
  requests: { total: number };
  duration: number;
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

type Autocannon = (options: {
  url: string;
  connections: number;
  workers?: number;
  duration: number;
  headers?: Record<string, string>;
  requests?: AutocannonRequest[];
}) => Promise<AutocannonResult>;

async function loadAutocannon(): Promise<Autocannon> {
  try {
    const name = 'autocannon';
    const module = (await import(name)) as { default: Autocannon };
    return module.default;
  } catch {
    throw new Error('no load generator: install wrk (apt-get install -y wrk) or autocannon (npm install --no-save autocannon@8)');
  }
}

function requestsOf(shape: LoadShape): AutocannonRequest[] | undefined {
  if (shape.kind === 'get') return undefined;
  let nextUser = 0;
  const headers = { authorization: shape.authorization };
  return [
    {
      method: 'POST',
      path: shape.path,
      setupRequest: (request) => {
        const user = shape.userUuids[nextUser++ % shape.userUuids.length];
        return { ...request, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ user_uuid: user }) };
      },
      onResponse: (status, body, context) => {
        context.membershipId = status === 201 ? (JSON.parse(body) as { id: string }).id : undefined;
      },
    },
    {
      method: 'DELETE',
      setupRequest: (request, context) => ({ ...request, headers, path: `${shape.path}${String(context.membershipId)}/` }),
    },
  ];
}

/** The fallback where wrk cannot be had: slower, so it caps the fastest scenarios lower. */
export const autocannon: LoadGenerator = {
  name: 'autocannon',
  async run(baseUrl: string, shape: LoadShape, settings: LoadSettings): Promise<LoadResult> {
    const run = await loadAutocannon();
    const result = await run({
      url: shape.kind === 'get' ? `${baseUrl}${shape.path}` : baseUrl,
      connections: settings.connections,
      workers: settings.threads > 1 ? settings.threads : undefined,
      duration: settings.durationSeconds,
      headers: shape.kind === 'get' && shape.authorization ? { authorization: shape.authorization } : undefined,
      requests: requestsOf(shape),
    });
    return {
      requests: result.requests.total,
      requestsPerSecond: result.requests.total / result.duration,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errorResponses: result.non2xx,
      socketErrors: result.errors + result.timeouts,
    };
  },
};
