import { indexBorders } from "./border-index.js";
import { buildNetwork } from "./build-network.js";
import { checkBorders } from "./check-borders.js";
import { checkCorridorGroups } from "./check-corridor-groups.js";
import { checkSpecialCargoLeadTimes } from "./check-special-cargo.js";
import { checkLegality } from "./check-legality.js";
import { checkProvenance } from "./check-provenance.js";
import { checkReferences } from "./check-references.js";
import { FILE_KINDS, fileKind } from "./file-kind.js";
import { checkTruckingAreas } from "./check-trucking-areas.js";
import { deriveDrivingTimes } from "./derive-driving-times.js";
import { checkServices } from "./check-services.js";
import { checkShape } from "./check-shape.js";
import { checkTerminals } from "./check-terminals.js";
import { parseFile, restoreFile } from "./parsed-file.js";
import { createReporter } from "./reporter.js";
/** Files a network may leave out. */
const OPTIONAL_KINDS = new Set(['corridors', 'legality']);
export function parseNetwork(files) {
    const pre = [];
    const parsed = new Map();
    const readable = [];
    for (const { name, text, snapshot } of files) {
        const kind = fileKind(name);
        if (!kind) {
            pre.push({
                severity: 'warning',
                file: name,
                path: '(file)',
                message: `not a network file (expected one of ${FILE_KINDS.map((k) => `${k}.yaml`).join(', ')}); ignored`,
            });
            continue;
        }
        const other = parsed.get(kind);
        if (other) {
            pre.push({
                severity: 'error',
                file: name,
                path: '(file)',
                message: `${other.name} and ${name} both define ${kind}; keep one`,
            });
            continue;
        }
        if (snapshot) {
            const file = restoreFile(name, text, snapshot);
            parsed.set(kind, file);
            readable.push(file);
            continue;
        }
        const { file, issues } = parseFile(name, text);
        parsed.set(kind, file);
        if (issues.length === 0)
            readable.push(file);
        pre.push(...issues);
    }
    for (const kind of FILE_KINDS) {
        if (!parsed.has(kind) && !OPTIONAL_KINDS.has(kind))
            pre.push({
                severity: 'error',
                file: `${kind}.yaml`,
                path: '(file)',
                message: `missing: a network needs ${kind}.yaml (or .yml / .json)`,
            });
    }
    const report = createReporter(parsed);
    for (const issue of pre)
        report.add(issue);
    const draft = checkShape(parsed, report);
    const lookups = checkReferences(draft, report);
    deriveDrivingTimes(draft, lookups.terminals, report);
    checkProvenance(parsed, lookups.sourceIds, report);
    const borders = indexBorders(draft.borders.map((b) => b.value));
    checkServices(draft, lookups.terminals, borders, report);
    checkBorders(draft, lookups.terminals, report);
    checkTerminals(draft, report);
    checkCorridorGroups(draft, lookups.terminals, report);
    checkLegality(draft, lookups.terminals, report);
    checkTruckingAreas(draft, lookups.terminals, report);
    checkSpecialCargoLeadTimes(draft, lookups.terminals, report);
    const issues = sortIssues(report.issues);
    const snapshots = readable.map((file) => ({ name: file.name, snapshot: file.snapshot() }));
    if (report.hasErrors())
        return { issues, snapshots };
    return { network: buildNetwork(draft), issues, snapshots };
}
/** Errors first, then by file order of the format, line and path, so output reads top to bottom. */
function sortIssues(issues) {
    const order = (file) => {
        const kind = file ? fileKind(file) : undefined;
        return kind ? FILE_KINDS.indexOf(kind) : FILE_KINDS.length;
    };
    return [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
        order(a.file) - order(b.file) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        a.path.localeCompare(b.path));
}
//# sourceMappingURL=parse-network.js.map