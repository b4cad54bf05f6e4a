/**
 * Structure rules beside the module boundaries (import-rules.ts): the import graph has no cycles,
 * web/view-model/ stays free of DOM and D3-selection code (it is tested in Node), and src/index.ts,
 * the library's face, only re-exports.
 */
import { dirname, posix } from 'node:path';
import ts from 'typescript';
import { importsOf } from './import-rules.ts';

/** Cycles in the graph of relative imports among `files` (path → text), each as its file list. */
export function importCycles(files: ReadonlyMap<string, string>): string[][] {
  const edges = new Map<string, string[]>();
  for (const [file, text] of files) {
    const targets = importsOf(file, text)
      .filter((ref) => ref.specifier.startsWith('.'))
      .map((ref) => posix.normalize(posix.join(dirname(file), ref.specifier)))
      .filter((target) => files.has(target));
    edges.set(file, [...new Set(targets)]);
  }
  // Tarjan's strongly connected components; a component of two or more files (or a file importing
  // itself) is a cycle
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const file of [...files.keys()].sort()) if (!index.has(file)) visit(file);
  return cycles;
}

/** d3 functions that make or touch DOM nodes (d3-selection, -transition, -zoom, -drag, -brush, -axis). */
const D3_DOM = new Set([
  'create',
  'creator',
  'local',
  'matcher',
  'namespace',
  'namespaces',
  'pointer',
  'pointers',
  'select',
  'selectAll',
  'selection',
  'selector',
  'selectorAll',
  'style',
  'window',
  'transition',
  'active',
  'interrupt',
  'zoom',
  'zoomIdentity',
  'zoomTransform',
  'drag',
  'dragDisable',
  'dragEnable',
  'brush',
  'brushX',
  'brushY',
  'brushSelection',
  'axisTop',
  'axisRight',
  'axisBottom',
  'axisLeft',
]);
const D3_DOM_PACKAGES = /^d3-(selection|transition|zoom|drag|brush|axis)$/;
/** browser globals that mean the DOM or the page */
const DOM_GLOBALS = new Set([
  'document',
  'window',
  'navigator',
  'localStorage',
  'sessionStorage',
  'HTMLElement',
  'SVGElement',
  'Element',
  'Node',
  'Event',
  'MouseEvent',
  'KeyboardEvent',
  'requestAnimationFrame',
]);

/**
 * What a file of web/view-model/ does that only the browser can run: DOM globals, d3 selection code,
 * or imports of the DOM layers (web/map, web/panels, web/app, web/main.ts). Each finding names its line.
 */
export function domUseInViewModel(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const line = (node: ts.Node) =>
    source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const found: string[] = [];
  for (const ref of importsOf(file, text)) {
    const spec = ref.specifier;
    if (D3_DOM_PACKAGES.test(spec)) found.push(`${file}:${ref.line} imports ${spec}`);
    if (spec.startsWith('.')) {
      const target = posix.normalize(posix.join(dirname(file), spec));
      if (/^web\/(map|panels|app)\/|^web\/main\.ts$/.test(target))
        found.push(`${file}:${ref.line} imports ${target}, DOM code`);
    }
  }
  const visit = (node: ts.Node) => {
    if (
      ts.isImportDeclaration(node) &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      node.moduleSpecifier.text === 'd3'
    ) {
      const bindings = node.importClause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings))
        found.push(`${file}:${line(node)} imports all of d3 (name the functions instead)`);
      if (bindings && ts.isNamedImports(bindings))
        for (const e of bindings.elements) {
          const name = (e.propertyName ?? e.name).text;
          if (D3_DOM.has(name)) found.push(`${file}:${line(e)} imports d3 ${name}`);
        }
      if (node.importClause?.name) found.push(`${file}:${line(node)} imports d3 as a default`);
      return;
    }
    if (ts.isIdentifier(node) && DOM_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const isMemberName = ts.isPropertyAccessExpression(parent) && parent.name === node;
      const isKey =
        (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node;
      if (!isMemberName && !isKey) found.push(`${file}:${line(node)} uses ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Statements of src/index.ts that are not re-exports (`export … from`), each with its line. */
export function nonReexports(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  return source.statements
    .filter((s) => !(ts.isExportDeclaration(s) && s.moduleSpecifier))
    .map(
      (s) =>
        `${file}:${source.getLineAndCharacterOfPosition(s.getStart(source)).line + 1} ${s.getText(source).split('\n')[0]}`,
    );
}
