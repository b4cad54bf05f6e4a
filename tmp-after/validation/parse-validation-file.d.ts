import type { Issue } from '../model/index.ts';
import { ValidationFile } from './validation-file.schema.ts';
export interface ParsedValidation {
    /** undefined when there is an error */
    file?: ValidationFile;
    issues: Issue[];
}
export declare function parseValidationFile(name: string, text: string, sourceIds: ReadonlySet<string>): ParsedValidation;
//# sourceMappingURL=parse-validation-file.d.ts.map