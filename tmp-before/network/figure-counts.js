/**
 * Counts the figures of a network by provenance: sourced (a source, no assumption), sourced with an
 * assumption (a source read with an assumption on top, e.g. a rate taken for a nearby lane), and
 * assumptions (no source). The network README states these counts; a data test keeps them true.
 */
import { NETWORK_FILES } from "../model/index.js";
import { fileKind } from "./file-kind.js";
import { parseFile } from "./parsed-file.js";
import { walkSchema } from "./schema-walk.js";
export function countFigures(files) {
    let sourced = 0;
    let sourcedWithAssumption = 0;
    let assumptions = 0;
    for (const { name, text } of files) {
        const kind = fileKind(name);
        if (!kind)
            continue;
        const { file } = parseFile(name, text);
        if (file.data === undefined)
            continue;
        walkSchema(NETWORK_FILES[kind], file.data, [], {
            figure(value) {
                const hasSource = value['source'] !== undefined;
                const hasAssumption = value['assumption'] !== undefined;
                if (hasSource && hasAssumption)
                    sourcedWithAssumption++;
                else if (hasSource)
                    sourced++;
                else if (hasAssumption)
                    assumptions++;
            },
            unknownKey() { },
        });
    }
    return {
        sourced,
        sourcedWithAssumption,
        assumptions,
        total: sourced + sourcedWithAssumption + assumptions,
    };
}
//# sourceMappingURL=figure-counts.js.map