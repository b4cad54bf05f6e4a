/**
 * `corridor info [network-dir]`: what a network holds: terminals by country and mode, services by
 * mode and kind, the gateways (border crossings, international seaports and airports) with the
 * services through them, and which terminals cannot reach which.
 */
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';
export declare function registerInfo(program: Command, io: CliIo): void;
//# sourceMappingURL=info.d.ts.map