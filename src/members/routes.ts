import type { App, Deps } from '../http/app-types.ts';

export function registerMemberRoutes(_app: App, _deps: Deps): void {}
