// The orgbase command. Parsing, help and usage errors load nothing else; the database and
// the services behind a command are imported only once a command is known to need them.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../version.ts';
import { commandHelp, COMMAND_USAGE, GROUPS, groupHelp, mainHelp } from '../commands/spec.ts';

/** Exit codes: 0 done, 1 the command failed, 2 it was called wrongly. */
const FAILED = 1;
const USAGE = 2;

class UsageError extends Error {
  constructor(
    message: string,
    readonly help: string,
  ) {
    super(message);
  }
}

const isHelp = (arg: string | undefined) => arg === '-h' || arg === '--help' || arg === 'help';

/** Which command argv names, and the arguments after its name; or a help text to print. */
function resolveCommand(argv: string[]): { name: string; rest: string[] } | { help: string } {
  const [first, second] = argv;
  if (first === undefined) throw new UsageError('no command given', mainHelp());
  if (isHelp(first)) return { help: mainHelp() };
  if (first === '-v' || first === '--version') return { help: version() };
  if (Object.hasOwn(COMMAND_USAGE, first)) return { name: first, rest: argv.slice(1) };
  if (GROUPS.includes(first)) {
    if (isHelp(second)) return { help: groupHelp(first) };
    if (second === undefined) throw new UsageError(`"${first}" needs a command`, groupHelp(first));
    const name = `${first} ${second}`;
    if (Object.hasOwn(COMMAND_USAGE, name)) return { name, rest: argv.slice(2) };
    throw new UsageError(`unknown command "${name}"`, groupHelp(first));
  }
  throw new UsageError(`unknown command "${first}"`, mainHelp());
}

/** `orgbase [group] [command] ... --help`: the most specific help the words name. */
function helpFor(argv: string[]): string {
  const [first = '', second = ''] = argv.filter((arg) => !arg.startsWith('-'));
  if (Object.hasOwn(COMMAND_USAGE, first)) return commandHelp(first);
  if (Object.hasOwn(COMMAND_USAGE, `${first} ${second}`)) return commandHelp(`${first} ${second}`);
  if (GROUPS.includes(first)) return groupHelp(first);
  return mainHelp();
}

function parseValues(name: string, rest: string[]): Record<string, string | undefined> {
  const usage = COMMAND_USAGE[name]!;
  const positionals = usage.positionals ?? [];
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: rest, options: usage.options, strict: true, allowPositionals: positionals.length > 0 });
  } catch (error) {
    throw new UsageError(`${name}: ${(error as Error).message.split('\n')[0]}`, commandHelp(name));
  }
  if (parsed.positionals.length > positionals.length)
    throw new UsageError(`${name}: unexpected argument "${parsed.positionals[positionals.length]}"`, commandHelp(name));
  const values = parsed.values as Record<string, string | undefined>;
  // A flag (boolean option) travels as the string "true", like every other value.
  for (const [option, value] of Object.entries(parsed.values)) if (value === true) values[option] = 'true';
  positionals.forEach((positional, index) => (values[positional] = parsed.positionals[index]));
  for (const required of [...usage.required.map((option) => `--${option}`), ...positionals]) {
    const key = required.replace(/^--/, '');
    if (!values[key]) throw new UsageError(`${name}: ${required} is required`, commandHelp(name));
  }
  // Paths are the caller's: a server running the command elsewhere gets them absolute.
  if (values.FILE) values.FILE = path.resolve(values.FILE);
  return values;
}

/** Runs one command; JSON on stdout, a one-line error on stderr, and the exit code returned. */
export async function runCli(argv: string[]): Promise<number> {
  let name: string;
  let values: Record<string, string | undefined>;
  try {
    if (argv.slice(1).some((arg) => arg === '-h' || arg === '--help')) {
      process.stdout.write(`${helpFor(argv)}\n`);
      return 0;
    }
    const found = resolveCommand(argv);
    if ('help' in found) {
      process.stdout.write(`${found.help}\n`);
      return 0;
    }
    name = found.name;
    values = parseValues(name, found.rest);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // The synopsis and where to read more; the full help goes to stdout when asked for.
    const [synopsis] = error.help.split('\n');
    const more = synopsis!.replace(/^usage: (orgbase(?: [a-z]+)*).*$/, '$1').replace(/ <command>$/, '');
    process.stderr.write(`orgbase: ${error.message}\n${synopsis}\nrun "${more} --help" for more.\n`);
    return USAGE;
  }
  try {
    const { dispatch } = await import('./dispatch.ts');
    return await dispatch(name, values);
  } catch (error) {
    const { describeError } = await import('../commands/execute.ts');
    process.stderr.write(`orgbase: ${describeError(error)}\n`);
    return FAILED;
  }
}
