import type { App, Deps } from '../http/app-types.ts';

export function registerRoleMembershipRoutes(_app: App, _deps: Deps): void {}
