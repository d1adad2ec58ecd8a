import fs from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/** orgbase's version from package.json, found above this module from src/ and dist/ alike. */
export function version(): string {
  if (cached) return cached;
  for (let dir = import.meta.dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'orgbase') return (cached = pkg.version ?? 'unknown');
  }
  return 'unknown';
}
