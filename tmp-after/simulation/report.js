/**
 * Results as text: CSV tables (one per concern, RFC 4180 quoting) and the short summary the CLI
 * prints. Pure: returns file names and contents; the caller writes them.
 */
import { KPI_NAMES, } from "./result.js";
const cell = (v) => {
    const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v ?? '');
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (header, rows) => [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
const est = (e) => [e.mean, e.lo, e.hi, e.sd, e.n];
const EST = ['mean', 'ci95_lo', 'ci95_hi', 'sd', 'n'];
/** The files of a simulation result: name → content. */
export function resultFiles(result) {
    const start = Date.parse(`${result.scenario.horizon.start}T00:00:00Z`);
    const borders = Object.keys(result.border_queues);
    const days = result.scenario.horizon.days;
    return {
        // the research tables go to their own files (researchTableFiles), not into result.json
        'result.json': JSON.stringify({ ...result, replications: result.replications.map(({ tables: _tables, ...r }) => r) }, null, 2) + '\n',
        'kpis.csv': csv(['kpi', ...EST], KPI_NAMES.map((k) => [k, ...est(result.kpis[k])])),
        'replications.csv': csv(['replication', 'seed', ...KPI_NAMES], result.replications.map((r) => [r.replication, r.seed, ...KPI_NAMES.map((k) => r.kpis[k])])),
        'shares.csv': csv(['kind', 'key', ...EST], [
            ...Object.entries(result.mode_share).map(([k, e]) => ['mode', k, ...est(e)]),
            ...Object.entries(result.corridor_share).map(([k, e]) => ['corridor', k, ...est(e)]),
        ]),
        'utilisation.csv': csv(['service', ...EST], Object.entries(result.service_utilisation).map(([k, e]) => [k, ...est(e)])),
        'border-queues.csv': csv(['day', 'date', ...borders.map((b) => `${b} (${result.border_queues[b].unit})`)], Array.from({ length: days }, (_, d) => [
            d,
            new Date(start + d * 86_400_000).toISOString().slice(0, 10),
            ...borders.map((b) => result.border_queues[b].mean_by_day[d] ?? 0),
        ])),
        // paid per policy; the mean of it paid to train operators per trip, on no shipment (D-S6)
        'subsidies.csv': csv(['policy', ...EST, 'to_operators_mean'], Object.entries(result.subsidy_usd_by_policy).map(([k, e]) => [
            k,
            ...est(e),
            result.subsidy_usd_to_operators_by_policy[k]?.mean ?? 0,
        ])),
    };
}
/** The files of a comparison: name → content. */
export function comparisonFiles(c) {
    const rows = (group, m) => Object.entries(m).map(([k, v]) => [group, k, v.baseline, v.scenario, ...est(v.delta)]);
    return {
        'comparison.json': JSON.stringify(c, null, 2) + '\n',
        'comparison.csv': csv([
            'group',
            'key',
            'baseline',
            'scenario',
            'delta_mean',
            'delta_ci95_lo',
            'delta_ci95_hi',
            'delta_sd',
            'n',
        ], [
            ...rows('kpi', c.kpis),
            ...rows('mode_share', c.mode_share),
            ...rows('corridor_share', c.corridor_share),
        ]),
    };
}
const SUMMARY_KPIS = [
    'delivered_teu',
    'backlog_teu',
    'backlog_in_transit_teu',
    'backlog_age_mean_days',
    'transit_mean_days',
    'transit_p90_days',
    'time_in_system_days_per_teu_offered',
    'cost_usd_per_teu',
    'cost_usd_per_teu_offered',
    'co2e_kg_per_teu',
    'on_time_share',
    'lateness_mean_days',
    'subsidy_usd',
];
const fmt = (x) => x === null
    ? 'n/a'
    : Math.abs(x) >= 1000
        ? x.toFixed(0)
        : Math.abs(x) >= 10
            ? x.toFixed(1)
            : x.toFixed(3);
const pad = (s, n) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
/** A short table for the terminal: KPIs with 95 % intervals, mode shares, then each subsidy policy's payments. */
export function formatSummary(r) {
    const lines = [
        `${r.scenario.name} (${r.scenario.id}): ${r.scenario.horizon.days} days from ${r.scenario.horizon.start}, ${r.scenario.replications} replications, seed ${r.scenario.seed}`,
    ];
    for (const k of SUMMARY_KPIS) {
        const e = r.kpis[k];
        lines.push(`  ${pad(k, 23)} ${pad(fmt(e.mean), 12)} [${fmt(e.lo)}, ${fmt(e.hi)}]`);
    }
    const modes = Object.entries(r.mode_share).map(([m, e]) => `${m} ${(e.mean * 100).toFixed(1)}%`);
    if (modes.length)
        lines.push(`  mode share           ${modes.join(', ')}`);
    // what each policy paid, and the part of it that went to train operators rather than to shipments
    for (const [policy, e] of Object.entries(r.subsidy_usd_by_policy)) {
        const toOperators = r.subsidy_usd_to_operators_by_policy[policy]?.mean ?? 0;
        lines.push(`  ${pad(`subsidy ${policy}`, 23)} ${pad(fmt(e.mean), 12)} [${fmt(e.lo)}, ${fmt(e.hi)}]${toOperators > 0 ? `, of which to train operators ${fmt(toOperators)}` : ''}`);
    }
    return lines.join('\n');
}
/** A short table for the terminal: scenario − baseline with 95 % intervals. */
export function formatComparison(c) {
    const lines = [
        `${c.scenario.name} vs ${c.baseline.name} (paired by replication, 95 % interval of the difference)`,
    ];
    lines.push(`  ${pad('kpi', 23)} ${pad('baseline', 12)} ${pad('scenario', 12)} delta`);
    for (const k of SUMMARY_KPIS) {
        const v = c.kpis[k];
        lines.push(`  ${pad(k, 23)} ${pad(fmt(v.baseline), 12)} ${pad(fmt(v.scenario), 12)} ${fmt(v.delta.mean)} [${fmt(v.delta.lo)}, ${fmt(v.delta.hi)}]`);
    }
    for (const [m, v] of Object.entries(c.mode_share)) {
        lines.push(`  ${pad(`share ${m}`, 23)} ${pad(fmt(v.baseline), 12)} ${pad(fmt(v.scenario), 12)} ${fmt(v.delta.mean)} [${fmt(v.delta.lo)}, ${fmt(v.delta.hi)}]`);
    }
    return lines.join('\n');
}
//# sourceMappingURL=report.js.map