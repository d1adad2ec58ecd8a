#!/usr/bin/env -S node --max-semi-space-size=4 --heap-growing-percent=20
// Runs the bundle in dist/ (built by `npm run build`, `npm start` and `npm test`): it starts in
// a fraction of the time tsx takes. When a source file is newer than the bundle, or there is no
// bundle, it runs the TypeScript sources through tsx instead, so an edit never runs stale.
import { bundle, bundleStaleness } from './bundle-state.js';

if (bundleStaleness() === undefined) {
  await import(bundle.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
}
