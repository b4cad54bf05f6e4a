/** One issue about a field of a parsed file: the file, the field's line (when the file has it) and its path. */
import type { Issue } from '../model/index.ts';
import type { ParsedFile } from './parsed-file.ts';
export declare function issueAt(file: ParsedFile, path: readonly PropertyKey[], message: string, hint?: string): Issue;
//# sourceMappingURL=issue-at.d.ts.map