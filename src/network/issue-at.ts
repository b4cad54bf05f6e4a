/** One issue about a field of a parsed file: the file, the field's line (when the file has it) and its path. */
import type { Issue } from '../model/index.ts';
import type { ParsedFile } from './parsed-file.ts';
import { formatPath } from './path.ts';

export function issueAt(
  file: ParsedFile,
  path: readonly PropertyKey[],
  message: string,
  hint?: string,
): Issue {
  const line = file.lineOf(path);
  return {
    severity: 'error',
    file: file.name,
    ...(line ? { line } : {}),
    path: formatPath(path),
    message,
    ...(hint ? { hint } : {}),
  };
}
