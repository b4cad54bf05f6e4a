/**
 * Provenance check: every figure in every file names a source from sources.yaml or states an
 * assumption; distributions are ordered (triangular min ≤ mode ≤ max, lognormal p50 ≤ p90). Also warns about fields the format does not define (zod would drop them silently,
 * so a misspelt `asumption` would otherwise pass unnoticed).
 */
import { NETWORK_FILES } from "../model/index.js";
import { didYouMean } from "../lib/suggest.js";
import { walkSchema } from "./schema-walk.js";
export function checkProvenance(files, sourceIds, report) {
    for (const [kind, file] of files) {
        if (file.data === undefined)
            continue;
        walkSchema(NETWORK_FILES[kind], file.data, [], {
            figure(value, path) {
                checkDistribution(value, (field, message) => report.error(kind, [...path, field], message));
                const source = value['source'];
                const assumption = value['assumption'];
                if (source === undefined && assumption === undefined) {
                    report.error(kind, path, 'figure has neither `source` (an id from sources.yaml) nor `assumption` (why this value was chosen)');
                    return;
                }
                const ids = typeof source === 'string' ? [source] : Array.isArray(source) ? source : [];
                ids.forEach((id, i) => {
                    if (typeof id !== 'string' || sourceIds.has(id))
                        return;
                    const at = Array.isArray(source) ? [...path, 'source', i] : [...path, 'source'];
                    report.error(kind, at, `unknown source "${id}" (not in sources.yaml)`, didYouMean(id, sourceIds));
                });
            },
            unknownKey(path, known) {
                const key = String(path[path.length - 1]);
                if (path.length === 1 && key === '$schema')
                    return; // a JSON file naming its schema for editors
                report.warning(kind, path, `unknown field "${key}" is ignored`, didYouMean(key, known));
            },
        });
    }
}
/** A distribution whose parameters are out of order cannot be sampled; zod checks each number alone. */
function checkDistribution(value, error) {
    const num = (k) => (typeof value[k] === 'number' ? value[k] : undefined);
    if (value['dist'] === 'triangular') {
        const [min, mode, max] = [num('min'), num('mode'), num('max')];
        if (min !== undefined &&
            mode !== undefined &&
            max !== undefined &&
            !(min <= mode && mode <= max)) {
            error('mode', `triangular distribution needs min ≤ mode ≤ max (got ${min}, ${mode}, ${max})`);
        }
    }
    else if (value['dist'] === 'lognormal') {
        const [p50, p90] = [num('p50'), num('p90')];
        if (p50 !== undefined && p90 !== undefined && p90 < p50)
            error('p90', `lognormal p90 (${p90}) is below p50 (${p50})`);
    }
}
//# sourceMappingURL=check-provenance.js.map