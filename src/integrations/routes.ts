import type { App, Deps } from '../http/app-types.ts';

export function registerIntegrationRoutes(_app: App, _deps: Deps): void {}
