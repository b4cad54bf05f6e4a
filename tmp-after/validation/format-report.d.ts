/** The validation report as a text table for people, and as plain data for machines (--json). */
import type { ValidationReport } from './run-validation.ts';
/**
 * One row per case: id, measure, published range, planner value, within or how far off, and whether
 * the network's own figures cite the case's source; then the share over all and over the independent.
 */
export declare function formatReport(report: ValidationReport): string;
/** The report as JSON-ready data: every case with its source, range, value and verdict. */
export declare function reportJson(report: ValidationReport): {
    within: number;
    total: number;
    share: number;
    independent_within: number;
    independent_total: number;
    independent_share: number;
    cases: {
        id: string;
        title: string;
        group: "rail" | "road" | "sea" | "air" | "multimodal";
        measure: "cost_usd_per_kg" | "distance_km" | "cost_usd" | "co2e_kg" | "transit_days" | "cost_usd_per_km" | "transit_days_p50" | "speed_kmh" | "co2e_g_per_tkm" | "border_dwell_h";
        unit: string;
        published: [number, number];
        source: string | string[];
        year: number;
        period: string;
        value: number | null;
        within: boolean;
        off: number | null;
        detail: string;
        independent: boolean;
    }[];
};
//# sourceMappingURL=format-report.d.ts.map