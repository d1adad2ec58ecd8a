// The sniffer of pooler-support.ts in a process of its own: the suites seed users with the CLI
// through spawnSync, which blocks their event loop, and the CLI's statements must still pass.
import { startSniffer } from './pooler-support.ts';

const sniffer = await startSniffer(Number(process.argv[2]));
sniffer.forbidNamedStatements = process.argv[3] === 'forbid-named';
process.on('message', (message: { type: string }) => {
  if (message.type === 'report') {
    process.send!({ type: 'report', violations: sniffer.violations, counts: sniffer.counts, startupParameters: [...sniffer.startupParameters] });
  } else if (message.type === 'clear') {
    sniffer.violations.length = 0;
    process.send!({ type: 'cleared' });
  }
});
process.on('disconnect', () => process.exit(0));
process.send!({ type: 'ready', port: sniffer.port });
