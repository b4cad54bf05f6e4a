/** Collects validation issues, attaching the file name and the line of the field each one is about. */
import type { Issue, NetworkFileName } from '../model/index.ts';
import type { ParsedFile } from './parsed-file.ts';
import { formatPath, type PathSegment } from './path.ts';

export interface Reporter {
  error(kind: NetworkFileName, path: PathSegment[], message: string, hint?: string): void;
  warning(kind: NetworkFileName, path: PathSegment[], message: string, hint?: string): void;
  add(issue: Issue): void;
  readonly issues: Issue[];
  hasErrors(): boolean;
}

export function createReporter(files: ReadonlyMap<NetworkFileName, ParsedFile>): Reporter {
  const issues: Issue[] = [];
  const push = (
    severity: Issue['severity'],
    kind: NetworkFileName,
    path: PathSegment[],
    message: string,
    hint?: string,
  ) => {
    const file = files.get(kind);
    const line = file?.lineOf(path);
    issues.push({
      severity,
      file: file?.name ?? `${kind}.yaml`,
      ...(line !== undefined ? { line } : {}),
      path: formatPath(path),
      message,
      ...(hint !== undefined ? { hint } : {}),
    });
  };
  return {
    error: (kind, path, message, hint) => push('error', kind, path, message, hint),
    warning: (kind, path, message, hint) => push('warning', kind, path, message, hint),
    add: (issue) => void issues.push(issue),
    issues,
    hasErrors: () => issues.some((i) => i.severity === 'error'),
  };
}
