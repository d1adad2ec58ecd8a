import fs from 'node:fs';
import path from 'node:path';

// The parts of V8's .cpuprofile format (written by `node --cpu-prof`) that self time needs.
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileEntry {
  name: string;
  selfMs: number;
  share: number;
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  const root = url.indexOf('/dist/') >= 0 ? url.slice(url.indexOf('/dist/') + 1) : url.replace(/^file:\/\//, '');
  return root;
}

/** Where the time went by package (or orgbase itself, node internals, GC). */
function groupOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('wasm://')) return '(WebAssembly: the PGlite engine)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  if (url.startsWith('node:')) return 'node internals';
  return 'orgbase';
}

function selfTimes(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  profile.samples.forEach((nodeId, index) => {
    self.set(nodeId, (self.get(nodeId) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  return self;
}

function rank(totals: Map<string, number>, all: number, top: number): ProfileEntry[] {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, micros]) => ({ name, selfMs: micros / 1000, share: micros / all }));
}

/** The profiles in `dir`, newest first: with the embedded database, one per thread (the engine's too). */
export function profileFiles(dir: string): string[] {
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => path.join(dir, name));
  if (files.length === 0) throw new Error(`no .cpuprofile in ${dir}`);
  return files.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
}

/** Top self-time functions and packages of a profile (the newest in `dir`), idle time left out. */
export function summarizeProfile(dir: string, top = 25, file = profileFiles(dir)[0]!): { functions: ProfileEntry[]; groups: ProfileEntry[]; file: string } {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map<string, number>();
  const byGroup = new Map<string, number>();
  let busy = 0;
  for (const [nodeId, micros] of selfTimes(profile)) {
    const frame = nodes.get(nodeId)!.callFrame;
    if (frame.functionName === '(idle)') continue;
    busy += micros;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : ''}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    const group = groupOf(frame);
    byGroup.set(group, (byGroup.get(group) ?? 0) + micros);
  }
  return { functions: rank(byFunction, busy, top), groups: rank(byGroup, busy, 15), file };
}

export function renderProfile(summary: ReturnType<typeof summarizeProfile>): string {
  const line = (entry: ProfileEntry) => `${(entry.share * 100).toFixed(1).padStart(5)}%  ${entry.selfMs.toFixed(0).padStart(7)} ms  ${entry.name}`;
  const busyMs = summary.groups.reduce((sum, entry) => sum + entry.selfMs, 0);
  return [
    `profile: ${summary.file} (${busyMs.toFixed(0)} ms busy)`,
    'self time by package (idle excluded):',
    ...summary.groups.map(line),
    'top functions by self time:',
    ...summary.functions.map(line),
  ].join('\n');
}
