/**
 * Parses a YAML text keeping its line index, so an issue about `events[0].border` can name the line
 * of that field. Pure: the caller reads the file.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Issue } from '../model/index.ts';

export interface YamlText {
  data: unknown;
  /** 1-based line of the field at `path`, or of its nearest ancestor present in the text */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** `['events', 0, 'border']` → `events[0].border`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out === '' ? '(file)' : out;
}

export function parseYamlText(file: string, text: string): { yaml?: YamlText; issues: Issue[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      issues: doc.errors.map((e) => {
        const line = e.linePos?.[0]?.line;
        const message = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '');
        return { severity: 'error' as const, file, ...(line ? { line } : {}), path: '(syntax)', message: `YAML syntax error: ${message}` };
      }),
    };
  }
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).line);
  return {
    issues: [],
    yaml: {
      data: doc.toJS({ maxAliasCount: 1000 }),
      lineOf(path) {
        let node: unknown = doc.contents;
        let line = lineAt((doc.contents as Node | null)?.range?.[0]);
        for (const segment of path) {
          if (isMap(node)) {
            const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
            if (!pair) break;
            line = lineAt((pair.key as Node).range?.[0]) ?? line;
            node = pair.value;
          } else if (isSeq(node) && typeof segment === 'number') {
            const item = node.items[segment];
            if (item === undefined) break;
            line = lineAt((item as Node).range?.[0]) ?? line;
            node = item;
          } else break;
        }
        return line;
      },
    },
  };
}
