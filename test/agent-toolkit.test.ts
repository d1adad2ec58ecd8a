// PostHog's own agent toolkit (@posthog/agent-toolkit, the tools behind PostHog's MCP server),
// unchanged and unstubbed, against `orgbase serve` running as its own process, with a `*` key
// made by `orgbase keys create`: the promise that PostHog's clients work against orgbase.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { PostHogAgentToolkit } from '@posthog/agent-toolkit';
import { createTestDatabase, handOver, type TestDatabase } from './support/database.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../bin/orgbase.js');

let database: TestDatabase;
let server: ServerProcess;
let key: string;

async function orgbase(env: NodeJS.ProcessEnv, ...args: string[]): Promise<any> {
  const { stdout } = await run(process.execPath, [BIN, ...args], { env, timeout: 60_000 });
  return JSON.parse(stdout);
}

async function api(method: string, url: string, body?: unknown): Promise<any> {
  const response = await fetch(`${server.url}${url}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  assert.ok(response.ok, `${method} ${url}: ${response.status} ${await response.clone().text()}`);
  return response.json();
}

type Tool = { name: string; handler: (context: unknown, params: unknown) => Promise<{ content: { text: string }[] }> };

async function call(tools: Tool[], context: unknown, name: string, params: unknown = {}): Promise<any> {
  const tool = tools.find((candidate) => candidate.name === name);
  assert.ok(tool, `the toolkit offers no ${name}`);
  const text = (await tool.handler(context, params)).content[0]!.text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

before(async () => {
  database = await createTestDatabase();
  const env = await handOver(database, 'silent');
  await orgbase(env, 'users', 'create', '--email', 'toolkit@example.com', '--first-name', 'Tool');
  const created = await orgbase(env, 'keys', 'create', '--email', 'toolkit@example.com', '--label', 'mcp', '--scopes', '*');
  key = created.value;
  server = await startServerProcess(env);
});
after(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  await database.drop();
});

describe('@posthog/agent-toolkit against a running orgbase', () => {
  it('offers its tools, lists and reads organizations, switches organization and finds the current project', async () => {
    const alpha = await api('POST', '/api/organizations/', { name: 'Alpha' });
    const beta = await api('POST', '/api/organizations/', { name: 'Beta' });

    const toolkit = new PostHogAgentToolkit({ posthogApiToken: key, posthogApiBaseUrl: server.url });
    const tools = (await toolkit.getTools()) as unknown as Tool[];
    const names = tools.map((tool) => tool.name);
    for (const name of ['organizations-get', 'switch-organization', 'organization-details-get', 'projects-get', 'switch-project']) {
      assert.ok(names.includes(name), `${name} missing from ${names.join(', ')}`);
    }
    const context = toolkit.getContext();

    const organizations = await call(tools, context, 'organizations-get');
    assert.deepEqual(organizations.map((organization: { id: string }) => organization.id).sort(), [alpha.id, beta.id].sort());

    // The last organization created is current, with its default project (PostHog's create).
    assert.equal((await call(tools, context, 'organization-details-get')).id, beta.id);
    assert.equal(await context.stateManager.getProjectId(), String(beta.projects[0].id));
    const betaProjects = await call(tools, context, 'projects-get');
    assert.deepEqual(
      betaProjects.map((project: { id: number; organization: string }) => [project.id, project.organization]),
      [[beta.projects[0].id, beta.id]],
    );

    // Switching in the toolkit: the next calls are about the other organization.
    assert.match(await call(tools, context, 'switch-organization', { orgId: alpha.id }), new RegExp(alpha.id));
    const details = await call(tools, context, 'organization-details-get');
    assert.deepEqual([details.id, details.name], [alpha.id, 'Alpha']);
    const alphaProjects = await call(tools, context, 'projects-get');
    assert.deepEqual(
      alphaProjects.map((project: { id: number }) => project.id),
      [alpha.projects[0].id],
    );

    // Switching on the server (PATCH /api/users/@me/): a toolkit starting afresh follows it.
    const me = await api('PATCH', '/api/users/@me/', { set_current_organization: alpha.id });
    assert.deepEqual([me.organization.id, me.team.id], [alpha.id, alpha.projects[0].id]);
    await context.cache.clear();
    const fresh = new PostHogAgentToolkit({ posthogApiToken: key, posthogApiBaseUrl: server.url }).getContext();
    assert.equal(await fresh.stateManager.getProjectId(), String(alpha.projects[0].id));
    assert.equal(await fresh.stateManager.getOrgID(), alpha.id);
    const project = await fresh.api.projects().get({ projectId: String(alpha.projects[0].id) });
    assert.ok(project.success, String(!project.success && project.error));
    assert.deepEqual([project.data.id, project.data.organization], [alpha.projects[0].id, alpha.id]);
  });
});
