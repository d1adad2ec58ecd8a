import type { App, Deps } from '../http/app-types.ts';

export function registerRoleRoutes(_app: App, _deps: Deps): void {}
