/**
 * Which network file a name is ("services.yml" → "services"): the folder reader needs it before it
 * knows whether anything must be parsed, so it lives apart from the parsing pipeline.
 */
import { type NetworkFileName } from '../model/index.ts';
export declare const FILE_KINDS: NetworkFileName[];
/** The kind of a network file from its name ("services.yml" → "services"), or undefined. */
export declare function fileKind(name: string): NetworkFileName | undefined;
//# sourceMappingURL=file-kind.d.ts.map