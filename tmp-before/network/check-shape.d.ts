import { type NetworkFileName } from '../model/index.ts';
import type { Draft } from './draft.ts';
import type { ParsedFile } from './parsed-file.ts';
import type { Reporter } from './reporter.ts';
export declare function checkShape(files: ReadonlyMap<NetworkFileName, ParsedFile>, report: Reporter): Draft;
//# sourceMappingURL=check-shape.d.ts.map