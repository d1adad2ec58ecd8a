// `npx tsx bench/hooks-breakdown.ts FILE.cpuprofile`: inclusive CPU time of orgbase's own
// functions (the bundle's: dist/main.js and its chunks), the per-request hooks among them, for docs/performance.md.
import fs from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const profile = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map<number, number>();
profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
const inclusive = new Map<number, number>();
function total(id: number): number {
  const node = byId.get(id)!;
  let sum = self.get(id) ?? 0;
  for (const child of node.children ?? []) sum += total(child);
  inclusive.set(id, sum);
  return sum;
}
total(profile.nodes[0]!.id);
const busy = [...self].filter(([id]) => byId.get(id)!.callFrame.functionName !== '(idle)').reduce((sum, [, time]) => sum + time, 0);
// Recursion and several call sites fold into one figure per function.
const perFunction = new Map<string, number>();
for (const node of profile.nodes) {
  if (!/\/dist\/[^/]*\.js$/.test(node.callFrame.url) || !node.callFrame.functionName) continue;
  const name = `${node.callFrame.functionName}:${node.callFrame.lineNumber}`;
  perFunction.set(name, (perFunction.get(name) ?? 0) + inclusive.get(node.id)!);
}
console.log(`busy ${(busy / 1000).toFixed(0)} ms`);
for (const [name, time] of [...perFunction].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  console.log(`${((100 * time) / busy).toFixed(1).padStart(5)}%  ${(time / 1000).toFixed(0).padStart(6)} ms  ${name}`);
}
