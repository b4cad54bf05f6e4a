import { formatPath } from "./path.js";
export function createReporter(files) {
    const issues = [];
    const push = (severity, kind, path, message, hint) => {
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
//# sourceMappingURL=reporter.js.map