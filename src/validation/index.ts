/** validation: published figures as cases, a pure runner that measures a planner against them, and the report. */
export { ValidationFile, ValidationCase, CaseQuery, Measure } from './validation-file.schema.ts';
export { parseValidationFile, type ParsedValidation } from './parse-validation-file.ts';
export {
  runValidation,
  runCase,
  measureRoute,
  type CaseResult,
  type ValidationReport,
} from './run-validation.ts';
export { formatReport, reportJson } from './format-report.ts';
