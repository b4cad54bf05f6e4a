const num = (x) => {
    const a = Math.abs(x);
    const digits = a >= 100 ? 0 : a >= 10 ? 1 : 2;
    return x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
};
const pad = (s, n) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
/**
 * One row per case: id, measure, published range, planner value, within or how far off, and whether
 * the network's own figures cite the case's source; then the share over all and over the independent.
 */
export function formatReport(report) {
    const rows = report.results.map((r) => {
        const c = r.case;
        const range = `[${num(c.published[0])}, ${num(c.published[1])}] ${c.unit}`;
        const value = r.value === undefined ? '—' : num(r.value);
        const verdict = r.value === undefined
            ? 'NO ROUTE'
            : r.within
                ? 'within'
                : `${r.off > 0 ? 'above' : 'below'} by ${Math.abs(Math.round(r.off * 100))} %`;
        return [c.id, c.measure, range, value, verdict, r.independent ? '' : 'cited by the model'];
    });
    const header = ['case', 'measure', 'published', 'planner', 'verdict', 'source'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const line = (cells) => cells
        .map((cell, i) => pad(cell, widths[i]))
        .join('  ')
        .trimEnd();
    const pct = (share) => Math.round(share * 1000) / 10;
    const dependent = report.total - report.independentTotal;
    return [
        line(header),
        line(widths.map((w) => '-'.repeat(w))),
        ...rows.map(line),
        '',
        `within the published range: ${report.within} of ${report.total} cases (${pct(report.share)} %)`,
        `independent of the model's inputs: ${report.independentWithin} of ${report.independentTotal} cases (${pct(report.independentShare)} %); ${dependent} case${dependent === 1 ? '' : 's'} compared with a source the network's own figures cite`,
    ].join('\n');
}
/** The report as JSON-ready data: every case with its source, range, value and verdict. */
export function reportJson(report) {
    return {
        within: report.within,
        total: report.total,
        share: Math.round(report.share * 10000) / 10000,
        independent_within: report.independentWithin,
        independent_total: report.independentTotal,
        independent_share: Math.round(report.independentShare * 10000) / 10000,
        cases: report.results.map((r) => ({
            id: r.case.id,
            title: r.case.title,
            group: r.case.group,
            measure: r.case.measure,
            unit: r.case.unit,
            published: r.case.published,
            source: r.case.source,
            year: r.case.year,
            period: r.case.period,
            value: r.value ?? null,
            within: r.within,
            off: r.off ?? null,
            detail: r.detail,
            independent: r.independent,
        })),
    };
}
//# sourceMappingURL=format-report.js.map