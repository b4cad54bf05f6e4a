import { type Network } from '../model/index.ts';
import type { CliIo } from './io.ts';
/** networks/inner-mongolia of this repository, found from this file so `npx corridor` works from any folder. */
export declare const DEFAULT_NETWORK_DIR: string;
export declare const shownDir: (dir: string) => string;
/** Loads a network; on errors prints them with a summary, sets exit code 1 and returns undefined. */
export declare function loadOrReport(dirArg: string | undefined, io: CliIo): Promise<Network | undefined>;
//# sourceMappingURL=network-folder.d.ts.map