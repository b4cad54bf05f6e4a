/** validation: published figures as cases, a pure runner that measures a planner against them, and the report. */
export { ValidationFile } from './validation-file.schema.ts';
export { parseValidationFile } from './parse-validation-file.ts';
export { runValidation, runCase, handoverMs } from './run-validation.ts';
export { formatReport, reportJson } from './format-report.ts';
//# sourceMappingURL=index.d.ts.map