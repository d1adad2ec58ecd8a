// The layering rules of src/, checked on the sources rather than remembered: feature folders
// do not import each other in cycles, and only repositories (and src/db/) build SQL.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');

/**
 * The units of src/ and the one question each answers: every folder and every file directly in
 * src/ is listed, so a new concern gets a home (and a line here and in the README's layout)
 * instead of the root. A feature is routes.ts, schemas.ts, service.ts, repository.ts.
 */
const UNITS: [home: string, answers: string][] = [
  ['src/main.ts', 'the entry point of the orgbase command'],
  ['src/config.ts', 'the configuration, read once from the environment'],
  ['src/version.ts', 'which build this is'],
  ['src/app/', 'the composition: server, Fastify app, dependencies, pipeline order, route tables'],
  ['src/cli/', 'where a command runs (here, through the control socket, or serve)'],
  ['src/commands/', 'the operator commands: one usage list, one typed handler table'],
  ['src/control/', 'the unix socket the CLI reaches a running server through'],
  ['src/http/', "the request pipeline's parts; imports no feature"],
  ['src/openapi/', 'the OpenAPI document built from the route schemas, and its docs pages'],
  ['src/tenancy/', 'who may act in this organization: its scope, resolution, the level cache'],
  ['src/access/', 'the vocabulary of access: levels, scopes, the caller, the key power rule, reach'],
  ['src/domain/', 'what services throw and take, and every refusal text'],
  ['src/writes/', 'the one unit of work every write goes through'],
  ['src/db/', 'connections, migrations, table types, the invalidation channel, process caches'],
  ['src/events/', 'the event rows, the pull feed and retention'],
  ['src/webhooks/', 'webhook endpoints and the sender that delivers events'],
  ['src/audit/', 'the audit trail'],
  ['src/idempotency/', 'Idempotency-Key replays'],
  ['src/mail/', 'the invitation mail queue and its sender'],
  ['src/metrics/', 'Prometheus metrics'],
  ['src/console/', 'the browser console'],
  ['src/scim/', 'SCIM 2.0 provisioning by a verified domain'],
  ['src/organizations/', 'feature: organizations, their bootstrap and their cached representations'],
  ['src/members/', 'feature: members, their level rules and the member list with its page cache'],
  ['src/roles/', 'feature: roles'],
  ['src/role-memberships/', "feature: roles' members, with their one-statement writes"],
  ['src/projects/', 'feature: projects and the current user'],
  ['src/users/', 'feature: users'],
  ['src/personal-api-keys/', 'feature: personal API keys, their authenticator and cache'],
  ['src/integrations/', 'feature: integrations'],
  ['src/invites/', 'feature: invites and signup'],
  ['src/domains/', 'feature: verified domains'],
];

/**
 * Files outside `*\/repository.ts` (and `*\/<idea>-repository.ts`, a repository split by idea)
 * that own table access too. audited-writes.ts writes a role membership and its audit row in
 * one statement, a performance path that must stay SQL.
 * webhooks/queue.ts is the webhook delivery state's SQL (claims, attempts), beside the
 * endpoints' repository.ts.
 */
const declaredRepositories = new Set(['src/role-memberships/audited-writes.ts', 'src/webhooks/queue.ts']);

/** Kysely entry points that start a query; `with` only when named by a string (not Array#with). */
const queryMethods = new Set(['selectFrom', 'selectNoFrom', 'insertInto', 'replaceInto', 'updateTable', 'deleteFrom', 'mergeInto', 'executeQuery']);
const cteMethods = new Set(['with', 'withRecursive']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const files = sourceFiles(src).map((file) => ({
  relative: path.relative(root, file).split(path.sep).join('/'),
  source: ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true),
}));

/**
 * The node of the dependency graph a file belongs to: the folder directly under src/ (a file
 * directly in src/ is its own node), a feature's layers apart. A feature folder has three,
 * each importing only below it: `routes.ts` (its HTTP entry, which only the composition in
 * src/ imports), the rest (service, rules, caches), and its repository with its schemas
 * (what other features may use: they never import its service). So the services of two
 * features may each use the other's repository, and the cycles left are real ones.
 */
function unitOf(relative: string): string {
  const parts = relative.split('/');
  const [, folder, second] = parts;
  if (second === undefined) return folder!;
  // The composition imports every feature's routes: one node above them all, but for the
  // dependencies' type (deps.ts), which every routes.ts takes.
  if (folder === 'app') return second === 'deps.ts' ? 'app/deps.ts' : 'app/';
  const name = parts[parts.length - 1]!;
  if (relative.startsWith('src/db/')) return 'db/';
  if (name === 'routes.ts') return `${folder}/ (routes)`;
  if (mayQuery(relative) || name === 'schemas.ts') return `${folder}/ (repository)`;
  return `${folder}/`;
}

/** Relative module specifiers of every import, re-export and dynamic import, type-only included. */
function importedFiles(file: string, source: ts.SourceFile): string[] {
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      specifiers.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) =>
      path
        .relative(root, path.resolve(path.dirname(path.join(root, file)), specifier))
        .split(path.sep)
        .join('/'),
    )
    .filter((target) => target.startsWith('src/'));
}

/** unit -> unit -> one import that makes the edge, for the failure message. */
function unitGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const { relative, source } of files) {
    const from = unitOf(relative);
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const target of importedFiles(relative, source)) {
      const to = unitOf(target);
      if (to !== from && !edges.has(to)) edges.set(to, `${relative} -> ${target}`);
    }
  }
  return graph;
}

/** Strongly connected components with more than one unit (Tarjan). */
function cycles(graph: Map<string, Map<string, string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (unit: string): void => {
    index.set(unit, counter);
    low.set(unit, counter);
    counter += 1;
    stack.push(unit);
    onStack.add(unit);
    for (const next of graph.get(unit)?.keys() ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(unit, Math.min(low.get(unit)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(unit, Math.min(low.get(unit)!, index.get(next)!));
      }
    }
    if (low.get(unit) === index.get(unit)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== unit);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const unit of [...graph.keys()].sort()) if (!index.has(unit)) connect(unit);
  return components;
}

/** Every import edge inside a cycle's component, each with one import that makes it. */
function edgesWithin(graph: Map<string, Map<string, string>>, component: string[]): string[] {
  const inside = new Set(component);
  return component.flatMap((from) => [...(graph.get(from) ?? [])].filter(([to]) => inside.has(to)).map(([to, example]) => `${from} -> ${to}   (${example})`));
}

function mayQuery(relative: string): boolean {
  return relative.startsWith('src/db/') || /[/-]repository\.ts$/.test(relative) || declaredRepositories.has(relative);
}

/** Names under which a file imports Kysely's `sql` template tag. */
function sqlBindings(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || statement.moduleSpecifier.text !== 'kysely') continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      if ((element.propertyName ?? element.name).text === 'sql' && !element.isTypeOnly) names.add(element.name.text);
    }
  }
  return names;
}

function queryCalls(relative: string, source: ts.SourceFile): string[] {
  const sqlNames = sqlBindings(source);
  const found: string[] = [];
  const where = (node: ts.Node): string => `${relative}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const first = node.arguments[0];
      if (queryMethods.has(method) || (cteMethods.has(method) && first && ts.isStringLiteralLike(first))) {
        found.push(`${where(node)} .${method}(...)`);
      }
    }
    if (ts.isTaggedTemplateExpression(node)) {
      const tag = ts.isPropertyAccessExpression(node.tag) ? node.tag.expression : node.tag;
      if (ts.isIdentifier(tag) && sqlNames.has(tag.text)) found.push(`${where(node)} sql\`...\``);
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && sqlNames.has(node.expression.text)) {
      found.push(`${where(node)} sql.${node.name.text}(...)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('architecture of src/', () => {
  it('has no import cycle between feature folders', () => {
    const graph = unitGraph();
    const found = cycles(graph).map((component) => {
      return `${component.join(', ')}\n    ${edgesWithin(graph, component).join('\n    ')}`;
    });
    assert.deepEqual(found, [], `import cycles between folders under src/:\n  ${found.join('\n  ')}`);
  });

  it('builds SQL only in repositories and src/db/', () => {
    const found = files.filter(({ relative }) => !mayQuery(relative)).flatMap(({ relative, source }) => queryCalls(relative, source));
    assert.deepEqual(found, [], `query-builder calls outside a repository (move them into the table's owning repository):\n  ${found.join('\n  ')}`);
  });

  it("lets features use each other's repositories, never their services", () => {
    // The operator commands (src/commands/) compose services, as the route tables do.
    const found = files
      .filter(({ relative }) => !relative.startsWith('src/commands/') && relative.split('/').length > 2)
      .flatMap(({ relative, source }) =>
        importedFiles(relative, source)
          .filter((target) => target.endsWith('/service.ts') && target.split('/')[1] !== relative.split('/')[1])
          .map((target) => `${relative} -> ${target}`),
      );
    assert.deepEqual(found, [], `imports of another feature's service:\n  ${found.join('\n  ')}`);
  });

  it('keeps tenancy in src/tenancy/ and decides the organization rule before the handler', () => {
    const relatives = new Set(files.map(({ relative }) => relative));
    for (const home of ['src/tenancy/organization-scope.ts', 'src/tenancy/organization-access.ts', 'src/tenancy/level-cache.ts', 'src/access/reach.ts']) {
      assert.ok(relatives.has(home), `${home} is missing`);
    }
    const strays = [...relatives].filter((relative) => /^src\/organization-(scope|access)\.ts$/.test(relative));
    assert.deepEqual(strays, [], 'tenancy files back at the root of src/');
    // The rule deferred into a write statement was dropped (levels come from memory): nothing
    // may answer a route's refusal after its handler ran.
    const deferred = files.filter(({ source }) => /checkedByStatement|statementCheck/.test(source.text)).map(({ relative }) => relative);
    assert.deepEqual(deferred, [], 'a route rule deferred into a statement');
  });

  it("reads a calling key's scoped_organizations and scoped_teams only in access/reach.ts (and key-power.ts)", () => {
    const allowed = new Set(['src/access/reach.ts', 'src/access/key-power.ts']);
    const found: string[] = [];
    for (const { relative, source } of files) {
      if (allowed.has(relative)) continue;
      const visit = (node: ts.Node): void => {
        if (
          ts.isPropertyAccessExpression(node) &&
          ['scopedOrganizations', 'scopedTeams'].includes(node.name.text) &&
          /(^|\.)key$/.test(node.expression.getText(source))
        ) {
          found.push(`${relative}: ${node.getText(source)}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    assert.deepEqual(found, [], `a key's reach read outside access/reach.ts:\n  ${found.join('\n  ')}`);
  });

  it('makes statements cheap one way: text built once in db/statement-shapes.ts, never copied by hand', () => {
    // CompiledQuery.raw (or a CompiledQuery built by hand) is how a copied SQL string would run
    // beside the query builder; the shapes are its one user (docs/performance.md, "Cheap statements").
    const found = files
      .filter(({ relative }) => relative !== 'src/db/statement-shapes.ts')
      .filter(({ source }) => /CompiledQuery\.raw\(|:\s*CompiledQuery\s*=\s*\{/.test(source.text))
      .map(({ relative }) => relative);
    assert.deepEqual(found, [], 'a statement run from text not built by the query builder');
    assert.ok(
      files.some(({ relative, source }) => relative === 'src/db/statement-shapes.ts' && source.text.includes('CompiledQuery.raw(')),
      'the check no longer sees the shapes',
    );
  });

  it('sees the imports and queries it is meant to police', () => {
    // A guard on the checker itself: a parser change that found nothing would pass silently.
    const graph = unitGraph();
    assert.ok(graph.get('http/')?.size, 'no imports found from src/http/');
    const repositoryCalls = files
      .filter(({ relative }) => relative === 'src/members/repository.ts')
      .flatMap(({ relative, source }) => queryCalls(relative, source));
    assert.ok(repositoryCalls.length > 0, 'no query-builder calls found in src/members/repository.ts');
  });
});

// The unit of work (src/writes/unit-of-work.ts) is the only way a change reaches the database: it alone
// opens transactions, writes audit rows, events and invalidation notices. Repositories write
// only with the transaction a unit hands out. The writes below are bookkeeping, not changes of
// anything a client reads as a resource: no audit row, no event, no cache to clear.
const BOOKKEEPING_WRITES = new Map<string, string>([
  ['src/idempotency/hooks.ts', 'Idempotency-Key replays'],
  ['src/mail/outbox.ts', 'the invitation mail queue'],
  ['src/personal-api-keys/authenticate.ts', "a key's last_used_at"],
  ['src/scim/routes.ts', 'the SCIM request log'],
  ['src/events/retention.ts', 'event retention'],
  ['src/webhooks/delivery.ts', "webhook delivery state: an endpoint's claim, its attempts"],
  ['src/writes/unit-of-work.ts', 'the unit itself'],
]);

/** Who may call what only the unit calls: the unit, and the modules that declare them. */
const UNIT_ONLY: Record<string, string[]> = {
  transaction: ['src/writes/unit-of-work.ts', 'src/db/migrate.ts'],
  recordAudit: ['src/writes/unit-of-work.ts', 'src/audit/repository.ts'],
  appendEvent: ['src/writes/unit-of-work.ts', 'src/events/repository.ts'],
  notifyOnCommit: ['src/writes/unit-of-work.ts', 'src/db/invalidation.ts'],
  tellSiblings: ['src/writes/unit-of-work.ts', 'src/db/sibling-writes.ts'],
};

const WRITE_TEXT = /\b(INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b/i;

/** Exported functions of repositories (and src/db/) that write: name -> file. */
function writingFunctions(): Map<string, string> {
  const found = new Map<string, string>();
  // Migrations change the schema, not anything a client reads as a resource.
  for (const { relative, source } of files.filter(({ relative }) => mayQuery(relative) && relative !== 'src/db/migrate.ts')) {
    for (const statement of source.statements) {
      if (!ts.isFunctionDeclaration(statement) || !statement.name || !statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      const text = statement.getText(source);
      if (/\.(insertInto|updateTable|deleteFrom|mergeInto)\(/.test(text) || WRITE_TEXT.test(text)) found.set(statement.name.text, relative);
    }
  }
  return found;
}

/** Executors a write may be given: the unit's transaction, or the unit itself. */
const UNIT_EXECUTORS = new Set(['trx', 'unit', 'unit.trx']);

describe('every write goes through the unit of work', () => {
  const writers = writingFunctions();

  it("calls writing repository functions only with a unit's transaction", () => {
    const found: string[] = [];
    for (const { relative, source } of files.filter(({ relative }) => !mayQuery(relative) && !BOOKKEEPING_WRITES.has(relative))) {
      // Only the names this file imports from the writing repository (a local `release` is not idempotency's).
      const imported = new Set<string>();
      for (const statement of source.statements) {
        if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
        const target = path
          .relative(root, path.resolve(path.dirname(path.join(root, relative)), statement.moduleSpecifier.text))
          .split(path.sep)
          .join('/');
        const bindings = statement.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings))
          for (const element of bindings.elements) if (writers.get(element.name.text) === target) imported.add(element.name.text);
      }
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && imported.has(node.expression.text)) {
          const first = node.arguments[0]?.getText(source) ?? '';
          if (!UNIT_EXECUTORS.has(first)) {
            found.push(
              `${relative}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.expression.text}(${first}, ...) (from ${writers.get(node.expression.text)})`,
            );
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    assert.deepEqual(found, [], `writes outside a unit of work (run them in Writes.run and pass unit.trx):\n  ${found.join('\n  ')}`);
  });

  it('leaves transactions, audit rows, events and notices to the unit', () => {
    const found: string[] = [];
    for (const { relative, source } of files) {
      const visit = (node: ts.Node): void => {
        const name = ts.isCallExpression(node)
          ? ts.isPropertyAccessExpression(node.expression)
            ? node.expression.name.text
            : ts.isIdentifier(node.expression)
              ? node.expression.text
              : undefined
          : undefined;
        if (name && Object.hasOwn(UNIT_ONLY, name) && !UNIT_ONLY[name]!.includes(relative)) {
          found.push(`${relative}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${name}(...)`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    assert.deepEqual(found, [], `calls only the unit of work (src/writes/unit-of-work.ts) makes:\n  ${found.join('\n  ')}`);
  });

  it('sees the writes it is meant to police', () => {
    for (const name of ['insertMembership', 'deleteOrganization', 'insertRole', 'appendEvent'])
      assert.ok(writers.has(name), `${name} not recognized as a write`);
  });
});

describe('the homes of src/', () => {
  it('has every unit of the table, and nothing at its root the table does not list', () => {
    for (const [home] of UNITS) assert.ok(fs.existsSync(path.join(root, home)), `${home} is missing`);
    const rootFiles = fs
      .readdirSync(src, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `src/${entry.name}`);
    const listed = new Set(UNITS.map(([home]) => home));
    assert.deepEqual(
      rootFiles.filter((file) => !listed.has(file)),
      [],
      'a file directly in src/ needs a home (add it to a unit, or the unit to the table)',
    );
    const folders = fs
      .readdirSync(src, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `src/${entry.name}/`);
    assert.deepEqual(
      folders.filter((folder) => !listed.has(folder)),
      [],
      'a folder of src/ needs its line in the table',
    );
  });

  it("is the README's layout: a line for every folder and file of the table", () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const layout = /## Layout\n+```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const named = new Set(layout.split('\n').map((line) => line.split(/\s{2,}/)[0]!.trim()));
    assert.deepEqual(
      UNITS.map(([home]) => home).filter((home) => !named.has(home)),
      [],
      "the README's layout section starts a line with each of these",
    );
  });
});
