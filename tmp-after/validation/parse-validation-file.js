import { issueAt, parseFile } from "../network/index.js";
import { caseSources, ValidationFile } from "./validation-file.schema.js";
function describe(issue) {
    const missing = /^Invalid input: expected (\w+), received undefined$/.exec(issue.message);
    if (missing)
        return `required field is missing (expected ${missing[1]})`;
    if (issue.code === 'unrecognized_keys')
        return `unknown field(s): ${issue.keys.join(', ')}`;
    return issue.message;
}
export function parseValidationFile(name, text, sourceIds) {
    const { file, issues } = parseFile(name, text);
    if (file.data === undefined)
        return { issues };
    const error = (path, message) => issueAt(file, path, message);
    const result = ValidationFile.safeParse(file.data);
    if (!result.success)
        return {
            issues: result.error.issues.map((i) => error(i.path, describe(i))),
        };
    const seen = new Map();
    result.data.cases.forEach((c, i) => {
        const first = seen.get(c.id);
        if (first !== undefined)
            issues.push(error(['cases', i, 'id'], `duplicate id "${c.id}" (also cases[${first}])`));
        else
            seen.set(c.id, i);
        caseSources(c).forEach((id, k) => {
            if (!sourceIds.has(id))
                issues.push(error(typeof c.source === 'string' ? ['cases', i, 'source'] : ['cases', i, 'source', k], `unknown source "${id}": add it to sources.yaml`));
        });
    });
    return issues.length > 0 ? { issues } : { file: result.data, issues };
}
//# sourceMappingURL=parse-validation-file.js.map