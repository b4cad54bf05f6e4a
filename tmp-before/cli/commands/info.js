import { MODES } from "../../model/index.js";
import { buildGraph, listGateways, terminalReachability } from "../../network/index.js";
import { loadOrReport } from "../network-folder.js";
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);
function terminalTable(network) {
    const countries = [...new Set([...network.terminals.values()].map((t) => t.country))].sort();
    const lines = [
        `  ${pad('country', 8)}${MODES.map((m) => padL(m, 6)).join('')}${padL('terminals', 11)}`,
    ];
    for (const c of countries) {
        const ts = [...network.terminals.values()].filter((t) => t.country === c);
        lines.push(`  ${pad(c, 8)}${MODES.map((m) => padL(ts.filter((t) => t.modes.includes(m)).length, 6)).join('')}${padL(ts.length, 11)}`);
    }
    return lines;
}
function serviceLines(network) {
    const byKind = new Map();
    for (const s of network.services.values())
        byKind.set(`${s.mode} ${s.kind}`, (byKind.get(`${s.mode} ${s.kind}`) ?? 0) + 1);
    return [...byKind.entries()].sort().map(([k, n]) => `  ${pad(k, 30)}${padL(n, 4)}`);
}
function reachabilityLines(network, limit = 12) {
    const r = terminalReachability(network, buildGraph(network));
    const share = r.totalPairs === 0 ? 100 : Math.round((1000 * r.connectedPairs) / r.totalPairs) / 10;
    const lines = [
        `  ${r.connectedPairs} of ${r.totalPairs} ordered terminal pairs connected (${share} %)`,
    ];
    const all = [...network.terminals.keys()];
    const gaps = all
        .map((id) => ({ id, missing: all.filter((o) => o !== id && !r.reaches.get(id).has(o)) }))
        .filter((g) => g.missing.length > 0)
        .sort((a, b) => b.missing.length - a.missing.length || a.id.localeCompare(b.id));
    const unreached = all.filter((id) => all.every((o) => o === id || !r.reaches.get(o).has(id)));
    if (unreached.length > 0)
        lines.push(`  reached from no other terminal: ${unreached.join(', ')}`);
    for (const g of gaps.slice(0, limit)) {
        const shown = g.missing.slice(0, 5).join(', ');
        lines.push(`  ${g.id} cannot reach ${g.missing.length}: ${shown}${g.missing.length > 5 ? `, … (+${g.missing.length - 5})` : ''}`);
    }
    if (gaps.length > limit)
        lines.push(`  … and ${gaps.length - limit} more terminals with gaps`);
    if (gaps.length === 0)
        lines.push('  every terminal reaches every other');
    return lines;
}
export function registerInfo(program, io) {
    program
        .command('info')
        .description('summarise a network: counts by mode and country, gateways and their services, reachability')
        .argument('[network-dir]', 'network folder (default: networks/inner-mongolia)')
        .action(async (dirArg) => {
        const network = await loadOrReport(dirArg, io);
        if (!network)
            return;
        const m = network.manifest;
        const out = [
            `${m.name} (${m.name_zh}) · id ${m.id} · reference year ${m.reference_year} · emissions ${network.emissionsVersion}`,
            `${network.terminals.size} terminals, ${network.services.size} services, ${network.borders.size} border crossings, ${network.sources.size} sources`,
            '',
            'Terminals by country and mode',
            ...terminalTable(network),
            '',
            'Services by mode and kind (return services included)',
            ...serviceLines(network),
            '',
            'Gateways',
        ];
        for (const g of listGateways(network)) {
            out.push(`  ${pad(g.kind, 8)} ${g.id} (${g.name}) ${g.mode} ${g.countries.join('→')}: ${g.services.length > 0 ? g.services.join(', ') : 'no service'}`);
        }
        out.push('', 'Reachability (any mode, with transfers and borders)', ...reachabilityLines(network));
        io.out(out.join('\n'));
    });
}
//# sourceMappingURL=info.js.map