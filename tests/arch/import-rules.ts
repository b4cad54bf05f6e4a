/**
 * The module boundaries of ARCHITECTURE.md §4 as data, and a checker that applies them to the
 * imports of one file. Imports are read with the TypeScript parser (static, re-exports, dynamic
 * `import()`, `require()`), so type-only imports are told apart where a rule allows types only.
 */
import { dirname, posix, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface ImportRef {
  specifier: string;
  typeOnly: boolean;
  line: number;
}

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  rule: string;
}

/** Node built-ins that mean I/O, the network or the process: none of them belongs in the core. */
const IO_BUILTINS = [
  'fs',
  'fs/promises',
  'http',
  'https',
  'http2',
  'net',
  'tls',
  'dgram',
  'dns',
  'child_process',
  'readline',
  'os',
  'process',
  'cluster',
  'inspector',
];
const SERVER_PACKAGES = [/^fastify/, /^@fastify\//, /^commander$/, /^cli-progress$/];
const CORE = ['model', 'costing', 'routing', 'itinerary', 'planner', 'simulation'];

interface Rule {
  /** src modules this one may import (itself always); '*' for any */
  allowSrc: string[] | '*';
  /** src modules it may import with `import type` only */
  typeOnlySrc?: string[];
  /** when set, the only packages it may import */
  onlyPackages?: RegExp[];
  /** packages it must not import */
  denyPackages?: RegExp[];
  /** node built-ins: all denied, I/O ones denied, or allowed (optionally only in files matching) */
  builtins: 'none' | 'no-io' | 'any' | { onlyIn: RegExp };
  why: string;
}

/** One row per module of ARCHITECTURE.md §4. `web` is the browser code under web/. */
const RULES: Record<string, Rule> = {
  lib: {
    allowSrc: [],
    builtins: 'no-io',
    why: 'lib holds leaf helpers: no domain imports, no I/O',
  },
  model: {
    allowSrc: ['lib'],
    onlyPackages: [/^zod$/],
    builtins: 'none',
    why: 'model may import lib and zod only',
  },
  costing: {
    allowSrc: ['model', 'lib'],
    denyPackages: SERVER_PACKAGES,
    builtins: 'none',
    why: 'costing may import model and lib; no I/O',
  },
  routing: {
    allowSrc: ['model', 'costing', 'lib'],
    denyPackages: SERVER_PACKAGES,
    builtins: 'none',
    why: 'routing may import model, costing, lib; no network loading, server, cli or node:fs',
  },
  network: {
    allowSrc: ['model', 'lib'],
    // the GeoJSON it writes takes its border properties' type from the contract (decisions D14)
    typeOnlySrc: ['contract'],
    onlyPackages: [/^graphology(-[a-z-]+)?(\/.*)?$/, /^yaml$/, /^zod$/, /^geojson$/],
    // parsed-file.ts: node:module, to load the YAML parser on the first parse, not at start-up
    builtins: { onlyIn: /^src\/network\/(load-network|parse-cache|parsed-file)\.ts$/ },
    why: 'network may import model, lib, graphology, yaml, zod, contract types; node:fs only in load-network.ts and its parse cache',
  },
  itinerary: {
    allowSrc: ['model', 'network', 'costing', 'routing', 'lib'],
    denyPackages: SERVER_PACKAGES,
    builtins: 'none',
    why: 'itinerary may import model, network, costing, routing, lib',
  },
  planner: {
    allowSrc: ['model', 'network', 'costing', 'routing', 'itinerary', 'lib'],
    denyPackages: SERVER_PACKAGES,
    builtins: 'none',
    why: 'planner composes model, network, costing, routing, itinerary, lib',
  },
  simulation: {
    allowSrc: ['model', 'network', 'costing', 'routing', 'itinerary', 'planner', 'lib'],
    denyPackages: SERVER_PACKAGES,
    // worker threads run replications; the core still does no file, network or process I/O
    builtins: 'no-io',
    why: "simulation uses the modules' public index files and lib; not server, cli, web",
  },
  validation: {
    allowSrc: ['model', 'network', 'planner', 'lib'],
    onlyPackages: [/^zod$/],
    builtins: 'none',
    why: 'validation measures a planner against published figures: pure, no file I/O',
  },
  // the file handling the pure core leaves to its callers: network folders, scenario and result files
  files: {
    allowSrc: ['model', 'network', 'simulation', 'lib'],
    onlyPackages: [/^yaml$/],
    builtins: 'any',
    why: 'files reads and writes network folders, scenarios and results for scripts and the edges',
  },
  // experiments: designs, shards and merges (they read and write folders)
  experiment: {
    allowSrc: ['model', 'network', 'planner', 'simulation', 'files', 'lib'],
    denyPackages: SERVER_PACKAGES,
    builtins: 'any',
    why: 'experiment runs the simulation over designs and writes folders; not server, cli, web',
  },
  // the job queue: in-process run manager and Redis + BullMQ workers
  jobs: {
    allowSrc: ['model', 'simulation', 'experiment', 'files', 'lib'],
    denyPackages: SERVER_PACKAGES,
    builtins: 'any',
    why: 'jobs queue replications (in process or on Redis); not server, cli, web',
  },
  // lane matrices: the planner pair by pair, cut to contract cells; shared by server and cli
  matrix: {
    allowSrc: ['model', 'planner', 'contract', 'lib'],
    denyPackages: SERVER_PACKAGES,
    builtins: 'none',
    why: 'matrix plans pairs with the planner into contract cells; no I/O',
  },
  contract: {
    allowSrc: ['model', 'lib'],
    denyPackages: SERVER_PACKAGES,
    builtins: 'none',
    why: 'contract holds zod schemas shared by server, CLI and web',
  },
  server: {
    allowSrc: [
      'model',
      'network',
      'costing',
      'routing',
      'itinerary',
      'planner',
      'simulation',
      'jobs',
      'contract',
      'matrix',
      'files',
      'lib',
    ],
    builtins: 'any',
    why: 'server may import any public index and contract, not cli or web',
  },
  // `corridor serve` starts the server, so cli may import the server's public index (the reverse is forbidden)
  cli: {
    allowSrc: [
      'model',
      'network',
      'costing',
      'routing',
      'itinerary',
      'planner',
      'simulation',
      'contract',
      'server',
      'validation',
      'experiment',
      'jobs',
      'matrix',
      'files',
      'lib',
    ],
    builtins: 'any',
    why: 'cli may import any public index and contract, not web',
  },
  web: {
    allowSrc: [],
    typeOnlySrc: ['contract', 'model'],
    onlyPackages: [
      /^d3(-[a-z-]+)?$/,
      /^topojson-(client|specification)$/,
      /^world-atlas\//,
      /^geojson$/,
      /^@fontsource\/noto-sans-sc\//,
      /^write-excel-file\/browser$/,
    ],
    builtins: 'none',
    why: 'web talks HTTP only: contract types, d3, topojson, world-atlas, the bundled CJK font and the XLSX writer',
  },
  // src/index.ts is the library for scripts: it re-exports the public indexes, file handling included
  root: {
    allowSrc: [
      'model',
      'network',
      'costing',
      'routing',
      'itinerary',
      'planner',
      'simulation',
      'experiment',
      'files',
      'contract',
      'lib',
    ],
    denyPackages: SERVER_PACKAGES,
    builtins: 'none',
    why: 'src/index.ts is the scripting library: it only re-exports public indexes (file handling is src/files)',
  },
};

/** Imports of one TypeScript source text. */
export function importsOf(fileName: string, text: string): ImportRef[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const found: ImportRef[] = [];
  const lineOf = (node: ts.Node) =>
    source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly, line: lineOf(node) });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({
        specifier: node.moduleSpecifier.text,
        typeOnly: node.isTypeOnly,
        line: lineOf(node),
      });
    } else if (
      ts.isCallExpression(node) &&
      node.arguments.length > 0 &&
      ts.isStringLiteralLike(node.arguments[0]!)
    ) {
      const isDynamic = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (isDynamic || isRequire)
        found.push({
          specifier: (node.arguments[0] as ts.StringLiteral).text,
          typeOnly: false,
          line: lineOf(node),
        });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true, line: lineOf(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The module a repository-relative path belongs to: "src/network/x.ts" → "network", "web/…" → "web". */
function moduleOf(repoPath: string): string | undefined {
  const parts = repoPath.split('/');
  if (parts[0] === 'web') return 'web';
  if (parts[0] !== 'src') return undefined;
  return parts.length === 2 ? 'root' : parts[1];
}

const BUILTIN = new Set([
  'assert',
  'async_hooks',
  'buffer',
  'crypto',
  'events',
  'path',
  'perf_hooks',
  'stream',
  'string_decoder',
  'timers',
  'url',
  'util',
  'worker_threads',
  'zlib',
  'v8',
  'vm',
  ...IO_BUILTINS,
]);
const builtinName = (spec: string): string | undefined => {
  if (spec.startsWith('node:')) return spec.slice(5);
  return BUILTIN.has(spec) || BUILTIN.has(spec.split('/')[0]!) ? spec : undefined;
};

/** Violations of the rules by one file (path relative to the repository root, POSIX separators). */
export function checkFile(repoPath: string, text: string): Violation[] {
  const module = moduleOf(repoPath);
  if (!module) return [];
  const rule = RULES[module];
  const out: Violation[] = [];
  const flag = (ref: ImportRef, why: string) =>
    out.push({
      file: repoPath,
      line: ref.line,
      specifier: ref.specifier,
      rule: `${module}: ${why}`,
    });
  if (!rule) {
    out.push({
      file: repoPath,
      line: 1,
      specifier: '',
      rule: `module "${module}" has no row in the boundary rules; add one`,
    });
    return out;
  }
  for (const ref of importsOf(repoPath, text)) {
    const spec = ref.specifier;
    if (spec.startsWith('.')) {
      const target = posix.normalize(
        relative('/repo', resolve('/repo', dirname(repoPath), spec))
          .split('\\')
          .join('/'),
      );
      const targetModule = moduleOf(target);
      if (!targetModule || targetModule === module) continue;
      const allowed =
        rule.allowSrc === '*' ||
        rule.allowSrc.includes(targetModule) ||
        (ref.typeOnly && (rule.typeOnlySrc ?? []).includes(targetModule));
      if (!allowed) {
        flag(ref, `must not import ${targetModule} (${rule.why})`);
      } else if (
        targetModule !== 'lib' &&
        targetModule !== 'root' &&
        !target.endsWith(`src/${targetModule}/index.ts`)
      ) {
        flag(
          ref,
          `imports ${target}, but other modules go through src/${targetModule}/index.ts (a module's only door)`,
        );
      }
      continue;
    }
    const builtin = builtinName(spec);
    if (builtin !== undefined) {
      const b = rule.builtins;
      const io = IO_BUILTINS.includes(builtin) || IO_BUILTINS.includes(builtin.split('/')[0]!);
      if (
        b === 'none' ||
        (b === 'no-io' && io) ||
        (typeof b === 'object' && !b.onlyIn.test(repoPath))
      ) {
        flag(ref, `must not import node:${builtin} (${rule.why})`);
      }
      continue;
    }
    if (rule.onlyPackages && !rule.onlyPackages.some((re) => re.test(spec)))
      flag(ref, `must not import package "${spec}" (${rule.why})`);
    else if (rule.denyPackages?.some((re) => re.test(spec)))
      flag(ref, `must not import package "${spec}" (${rule.why})`);
  }
  if (CORE.includes(module)) {
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    const m = /\bprocess\.(env|argv|cwd|exit|stdout|stderr|stdin)\b/.exec(code);
    if (m)
      out.push({
        file: repoPath,
        line: code.slice(0, m.index).split('\n').length,
        specifier: m[0],
        rule: `${module}: the core reads no environment and does no I/O (${m[0]})`,
      });
  }
  return out;
}
