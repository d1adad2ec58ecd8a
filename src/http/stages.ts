import type { FastifyInstance } from 'fastify';

/** The stages of the request pipeline; src/app/pipeline.ts installs them in order. */
export type Stage =
  | 'metrics'
  | 'content-parsers'
  | 'error-handling'
  | 'security-headers'
  | 'route-table'
  | 'authentication'
  | 'rate-limit'
  | 'idempotency'
  | 'etag'
  | 'organization-access';

declare module 'fastify' {
  interface FastifyInstance {
    /** The pipeline stages installed so far (shared by every encapsulated context). */
    pipelineStages: Set<Stage>;
  }
}

/**
 * Records that `stage` is being installed, and refuses at boot when a stage it relies on was not
 * installed before it: hooks of one kind run in the order they were added, so a stage reading
 * what another one sets (the caller, the route table) must come after it.
 */
export function installStage(app: FastifyInstance, stage: Stage, needs: readonly Stage[] = []): void {
  if (!app.hasDecorator('pipelineStages')) app.decorate('pipelineStages', new Set<Stage>());
  const missing = needs.filter((need) => !app.pipelineStages.has(need));
  if (missing.length > 0) throw new Error(`pipeline: ${stage} needs ${missing.join(', ')} installed before it`);
  if (app.pipelineStages.has(stage)) throw new Error(`pipeline: ${stage} is installed twice`);
  app.pipelineStages.add(stage);
}
