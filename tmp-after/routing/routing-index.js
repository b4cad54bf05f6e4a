/**
 * The compiled routing index: the network as typed arrays the searches walk without allocating.
 * Nodes are terminal×mode. Edges are CSR by origin node, of three kinds:
 * - hop: ride service s from stop i to a later stop j (cargo stays on board through stops and borders);
 * - transfer: move between two modes inside a terminal (handling time and cost);
 * - border: cross between the two sides of a border crossing, changing services there.
 */
import { MODE_TRAITS, MODES, } from "../model/index.js";
export const EDGE_HOP = 0;
export const EDGE_TRANSFER = 1;
export const EDGE_BORDER = 2;
/** Mode codes used in the typed arrays: a mode's position in the one list of modes (model MODES). */
export const MODE_LIST = MODES;
export function modeCode(m) {
    return MODE_LIST.indexOf(m);
}
/** per mode code: 1 when its services leave a country at a port (sea, air), the gateway of a corridor */
export const MODE_PORT_GATEWAY = Uint8Array.from(MODE_LIST, (m) => (MODE_TRAITS[m].land ? 0 : 1));
//# sourceMappingURL=routing-index.js.map