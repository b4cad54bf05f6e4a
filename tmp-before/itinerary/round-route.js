/**
 * Rounds the numbers of a route for people and machines alike (decisions R16): money to the cent,
 * hours to the minute (written with four decimals), the P50 and P90 arrival times (quantiles of
 * drawn times) to the minute, kilometres and kilograms CO2e to 0.1. The cost
 * breakdown is rounded component by component and its total is the sum of the rounded components,
 * so the parts still add up exactly to the total shown.
 */
import { COST_COMPONENT_KEYS, sumCostComponents, } from "../model/index.js";
import { isoFromMs } from "../lib/iso-time.js";
/** to the cent */
const usd = (x) => Math.round(x * 100) / 100 + 0;
/**
 * To the minute, four decimals (x/60 hours has no short decimal form): the number `toFixed(4)` writes
 * for x rounded to the minute, without the round trip through text (which was a third of rounding a
 * route). k minutes are k/60 hours, and k/60 · 10⁴ = 500k/3 lies a sixth of a unit or more from any
 * half, so rounding it gives toFixed's digits and dividing by 10⁴ the number nearest them; beyond 10⁹
 * hours (and for NaN or infinity) the text form.
 */
export const hours = (x) => {
    const y = Math.round(x * 60) / 60;
    return Math.abs(y) < 1e9 ? Math.round(y * 1e4) / 1e4 + 0 : Number(y.toFixed(4)) + 0;
};
/** an ISO instant to the minute */
const minute = (iso) => isoFromMs(Math.round(Date.parse(iso) / 60_000) * 60_000);
/** to 0.1 (km, kg) */
const tenth = (x) => Math.round(x * 10) / 10 + 0;
export function roundRoute(route) {
    const c = route.cost;
    const cost = Object.fromEntries(COST_COMPONENT_KEYS.map((k) => [k, usd(c[k])]));
    const total = usd(sumCostComponents(cost));
    return {
        ...route,
        arrive_p50: minute(route.arrive_p50),
        arrive_p90: minute(route.arrive_p90),
        duration_h: hours(route.duration_h),
        duration_p50_h: hours(route.duration_p50_h),
        duration_p90_h: hours(route.duration_p90_h),
        transit_h: hours(route.transit_h),
        distance_km: tenth(route.distance_km),
        cost: { total_usd: total, ...cost },
        co2e_kg: tenth(route.co2e_kg),
        generalized_cost_usd: usd(route.generalized_cost_usd),
        legs: route.legs.map((l) => ({
            ...l,
            wait_h: hours(l.wait_h),
            duration_h: hours(l.duration_h),
            distance_km: tenth(l.distance_km),
            cost_usd: usd(l.cost_usd),
            ...(l.subsidy_usd !== undefined ? { subsidy_usd: usd(l.subsidy_usd) } : {}),
            ...(l.special_cargo_usd !== undefined ? { special_cargo_usd: usd(l.special_cargo_usd) } : {}),
            ...(l.parcel_delivery_usd !== undefined
                ? { parcel_delivery_usd: usd(l.parcel_delivery_usd) }
                : {}),
            co2e_kg: tenth(l.co2e_kg),
            ...(l.lead_time !== undefined
                ? { lead_time: { ...l.lead_time, held_h: hours(l.lead_time.held_h) } }
                : {}),
        })),
        transfer_events: route.transfer_events.map((t) => ({
            ...t,
            time_h: hours(t.time_h),
            cost_usd: usd(t.cost_usd),
            co2e_kg: tenth(t.co2e_kg),
        })),
        border_events: route.border_events.map((b) => ({
            ...b,
            dwell_h: hours(b.dwell_h),
            dwell_p90_h: hours(b.dwell_p90_h),
            cost_usd: usd(b.cost_usd),
            ...(b.gauge_change
                ? {
                    gauge_change: {
                        ...b.gauge_change,
                        time_h: hours(b.gauge_change.time_h),
                        cost_usd: usd(b.gauge_change.cost_usd),
                        co2e_kg: tenth(b.gauge_change.co2e_kg),
                    },
                }
                : {}),
        })),
        customs_events: route.customs_events.map((e) => ({
            ...e,
            time_h: hours(e.time_h),
            cost_usd: usd(e.cost_usd),
        })),
    };
}
//# sourceMappingURL=round-route.js.map