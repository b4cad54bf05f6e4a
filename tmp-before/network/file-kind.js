/**
 * Which network file a name is ("services.yml" → "services"): the folder reader needs it before it
 * knows whether anything must be parsed, so it lives apart from the parsing pipeline.
 */
import { NETWORK_FILES } from "../model/index.js";
export const FILE_KINDS = Object.keys(NETWORK_FILES);
const EXTENSIONS = /\.(ya?ml|json)$/i;
/** The kind of a network file from its name ("services.yml" → "services"), or undefined. */
export function fileKind(name) {
    const base = name.replace(EXTENSIONS, '');
    return base !== name && FILE_KINDS.includes(base)
        ? base
        : undefined;
}
//# sourceMappingURL=file-kind.js.map