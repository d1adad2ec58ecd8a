// What each command takes and says about itself: the one list of command names. Kept free of
// database and service imports, so `orgbase --help`, `--version` and usage errors answer without
// loading them. Each name has exactly one handler, checked by the compiler: a database command's
// in src/commands/table.ts, a local command's in src/cli/dispatch.ts.
import { SCOPES_EXAMPLE } from '../access/scopes.ts';

export type OptionSpec = { type: 'string' | 'boolean'; description: string };

export interface CommandUsage {
  summary: string;
  options: Record<string, OptionSpec>;
  required: readonly string[];
  /** Names of positional arguments, all required. */
  positionals?: readonly string[];
  /** Runs without a database (serve opens its own). */
  local?: true;
}

const email = (what = 'the user'): OptionSpec => ({ type: 'string', description: `email of ${what}` });
const organization: OptionSpec = { type: 'string', description: 'organization UUID' };

const USAGE = {
  serve: {
    summary: 'start the HTTP server (what npm start runs)',
    options: {
      workers: { type: 'string', description: 'server processes on the one port: a number, or auto (one per core); default ORGBASE_WORKERS, else 1' },
    },
    required: [],
    local: true,
  },
  migrate: { summary: 'apply pending database migrations', options: {}, required: [] },
  scopes: { summary: 'list the API key scopes and what each lets a key do', options: {}, required: [], local: true },
  init: {
    summary: 'create the first user, an organization they own and a "*" key (printed once)',
    options: {
      email: email('the first user'),
      organization: { type: 'string', description: 'name of the organization (default "Default organization")' },
      'first-name': { type: 'string', description: 'first name' },
      'last-name': { type: 'string', description: 'last name' },
    },
    required: ['email'],
  },
  backup: {
    summary: 'write a consistent copy of the embedded database to FILE (while the server runs, too)',
    options: {},
    required: [],
    positionals: ['FILE'],
  },
  restore: {
    summary: 'fill an empty data directory from a backup FILE (the server must be stopped)',
    options: {},
    required: [],
    positionals: ['FILE'],
    local: true,
  },
  'users create': {
    summary: 'create a user',
    options: { email: email(), 'first-name': { type: 'string', description: 'first name' }, 'last-name': { type: 'string', description: 'last name' } },
    required: ['email'],
  },
  'users list': { summary: 'list every user', options: {}, required: [] },
  'keys create': {
    summary: 'create a personal API key; its value is printed once',
    options: {
      email: email("the key's owner"),
      label: { type: 'string', description: 'a name for the key' },
      scopes: { type: 'string', description: `comma-separated scopes, e.g. "*" or ${SCOPES_EXAMPLE} ("orgbase scopes" lists them)` },
      'scoped-organizations': { type: 'string', description: 'comma-separated organization UUIDs the key is limited to' },
    },
    required: ['email', 'label', 'scopes'],
  },
  'keys list': { summary: "list a user's keys (never their values)", options: { email: email("the keys' owner") }, required: ['email'] },
  'keys revoke': {
    summary: 'delete a key; it stops working at once',
    options: { id: { type: 'string', description: 'the key id (from keys list)' } },
    required: ['id'],
  },
  'keys roll': {
    summary: "replace a key's value; the new value is printed once, the old one stops working",
    options: { id: { type: 'string', description: 'the key id (from keys list)' } },
    required: ['id'],
  },
  'orgs create': {
    summary: 'create an organization owned by a user',
    options: { name: { type: 'string', description: 'organization name' }, email: email('the owner') },
    required: ['name', 'email'],
  },
  'orgs list': { summary: 'list every organization', options: {}, required: [] },
  'members add': {
    summary: 'add a user to an organization',
    options: { organization, email: email(), level: { type: 'string', description: '1 (member), 8 (admin) or 15 (owner)' } },
    required: ['organization', 'email', 'level'],
  },
  'members list': { summary: "list an organization's members", options: { organization }, required: ['organization'] },
  'members remove': {
    summary: 'remove a user from an organization (never its last owner)',
    options: { organization, email: email() },
    required: ['organization', 'email'],
  },
  'integrations add': {
    summary: 'install an integration in an organization',
    options: {
      organization,
      kind: { type: 'string', description: 'integration kind, e.g. vercel' },
      'integration-id': { type: 'string', description: "the provider's installation id" },
      config: { type: 'string', description: 'JSON object' },
    },
    required: ['organization', 'kind', 'integration-id'],
  },
  'integrations list': { summary: "list an organization's integrations", options: { organization }, required: ['organization'] },
  'invites create': {
    summary: 'invite an address to an organization; prints the invite with its accept_url (shown once)',
    options: {
      organization,
      email: email('the invitee'),
      level: { type: 'string', description: '1 (member, default), 8 (admin) or 15 (owner)' },
      'first-name': { type: 'string', description: "the invitee's first name" },
      message: { type: 'string', description: 'a message for the invitation mail' },
      inviter: { type: 'string', description: 'email of the member inviting (default: the operator, as an owner)' },
      'send-email': { type: 'string', description: 'true (default) or false: mail the link when SMTP is configured' },
    },
    required: ['organization', 'email'],
  },
  'invites list': { summary: "list an organization's invites (never their links)", options: { organization }, required: ['organization'] },
  'invites revoke': {
    summary: 'delete an invite; its link stops working',
    options: { organization, id: { type: 'string', description: 'the invite id (from invites list)' } },
    required: ['organization', 'id'],
  },
  'domains verify': {
    summary: "check a domain's DNS challenge now, or with --force mark it verified without DNS (air-gapped installs)",
    options: {
      id: { type: 'string', description: 'the domain id' },
      force: { type: 'boolean', description: 'mark the domain verified without looking its challenge up' },
    },
    required: ['id'],
  },
} as const satisfies Record<string, CommandUsage>;

export type CommandName = keyof typeof USAGE;
/** The commands dispatch runs in this process without a database of theirs (src/cli/dispatch.ts). */
export type LocalCommandName = { [K in CommandName]: (typeof USAGE)[K] extends { local: true } ? K : never }[CommandName];
/** The commands run against a database, here or through the control socket (src/commands/table.ts). */
export type DatabaseCommandName = Exclude<CommandName, LocalCommandName>;

type Usage<K extends CommandName> = (typeof USAGE)[K];
type PositionalsOf<K extends CommandName> = Usage<K> extends { positionals: readonly (infer P extends string)[] } ? P : never;

/**
 * What a command's handler receives, as the command line parsed it: a required option or a
 * positional is present, every other option may be absent; a flag arrives as the string "true".
 */
export type CommandValues<K extends CommandName> = { [O in keyof Usage<K>['options']]?: string } & {
  [O in Usage<K>['required'][number] | PositionalsOf<K>]: string;
};

/** The same table, looked up by a name the command line or the control socket gave. */
export const COMMAND_USAGE: Readonly<Record<string, CommandUsage>> = USAGE;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(USAGE, name);
}

export const GROUPS = [
  ...new Set(
    Object.keys(COMMAND_USAGE)
      .filter((name) => name.includes(' '))
      .map((name) => name.split(' ')[0]!),
  ),
];

function synopsis(name: string, usage: CommandUsage): string {
  const parts = [name, ...(usage.positionals ?? [])];
  for (const [option, spec] of Object.entries(usage.options)) {
    const value = option === 'level' ? '1|8|15' : option.toUpperCase().replace(/-/g, '_');
    const flag = spec.type === 'boolean' ? `--${option}` : `--${option} ${value}`;
    parts.push(usage.required.includes(option) ? flag : `[${flag}]`);
    void spec;
  }
  return parts.join(' ');
}

export function commandHelp(name: string): string {
  const usage = COMMAND_USAGE[name]!;
  const lines = [`usage: orgbase ${synopsis(name, usage)}`, '', usage.summary];
  const options = Object.entries(usage.options);
  if (options.length) {
    lines.push('', 'options:');
    for (const [option, spec] of options) lines.push(`  --${option.padEnd(22)} ${spec.description}${usage.required.includes(option) ? ' (required)' : ''}`);
  }
  lines.push(`  ${'-h, --help'.padEnd(24)} show this help`);
  return lines.join('\n');
}

export function groupHelp(group: string): string {
  const names = Object.keys(COMMAND_USAGE).filter((name) => name.startsWith(`${group} `));
  return [
    `usage: orgbase ${group} <command>`,
    '',
    'commands:',
    ...names.map((name) => `  ${name.padEnd(20)} ${COMMAND_USAGE[name]!.summary}`),
    '',
    `"orgbase ${group} <command> --help" shows a command's options.`,
  ].join('\n');
}

export function mainHelp(): string {
  const names = Object.keys(COMMAND_USAGE);
  return [
    'usage: orgbase <command> [options]',
    '',
    'commands:',
    ...names.map((name) => `  ${name.padEnd(20)} ${COMMAND_USAGE[name]!.summary}`),
    '',
    'options:',
    '  -h, --help           show help (also after any command)',
    '  -v, --version        print the version',
    '',
    'Output is JSON on stdout. Errors are one line on stderr; exit 1 for failures, 2 for usage errors.',
    "With the embedded database, commands go to the running server through the data directory's",
    'control socket, or open the database themselves when no server runs. See README.md.',
  ].join('\n');
}
