/** validation: published figures as cases, a pure runner that measures a planner against them, and the report. */
export { ValidationFile } from "./validation-file.schema.js";
export { parseValidationFile } from "./parse-validation-file.js";
export { runValidation, runCase, handoverMs } from "./run-validation.js";
export { formatReport, reportJson } from "./format-report.js";
//# sourceMappingURL=index.js.map