/**
 * Which terminals can reach which over the graph (any mode, transfers and borders included), as a
 * check that a network is connected the way its author meant. Uses graphology-shortest-path's
 * unweighted single-source search from every node: fine at network-file sizes (hundreds of nodes).
 */
import { unweighted } from 'graphology-shortest-path';
export function terminalReachability(network, graph) {
    const reaches = new Map();
    let connectedPairs = 0;
    for (const t of network.terminals.values()) {
        const found = new Set();
        for (const mode of t.modes) {
            const lengths = unweighted.singleSourceLength(graph, `${t.id}@${mode}`);
            for (const node of Object.keys(lengths))
                found.add(graph.getNodeAttribute(node, 'terminal'));
        }
        found.delete(t.id);
        reaches.set(t.id, found);
        connectedPairs += found.size;
    }
    const n = network.terminals.size;
    return { reaches, connectedPairs, totalPairs: n * (n - 1) };
}
//# sourceMappingURL=reachability.js.map