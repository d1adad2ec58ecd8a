import type { App, Deps } from '../http/app-types.ts';

export function registerOrganizationRoutes(_app: App, _deps: Deps): void {}
