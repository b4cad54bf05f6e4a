import { formatPath } from "./path.js";
export function issueAt(file, path, message, hint) {
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
//# sourceMappingURL=issue-at.js.map