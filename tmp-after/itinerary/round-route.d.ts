/**
 * Rounds the numbers of a route for people and machines alike (decisions R16): money to the cent,
 * hours to the minute (written with four decimals), the P50 and P90 arrival times (quantiles of
 * drawn times) to the minute, kilometres and kilograms CO2e to 0.1. The cost
 * breakdown is rounded component by component and its total is the sum of the rounded components,
 * so the parts still add up exactly to the total shown.
 */
import { type Route } from '../model/index.ts';
/**
 * To the minute, four decimals (x/60 hours has no short decimal form): the number `toFixed(4)` writes
 * for x rounded to the minute, without the round trip through text (which was a third of rounding a
 * route). k minutes are k/60 hours, and k/60 · 10⁴ = 500k/3 lies a sixth of a unit or more from any
 * half, so rounding it gives toFixed's digits and dividing by 10⁴ the number nearest them; beyond 10⁹
 * hours (and for NaN or infinity) the text form.
 */
export declare const hours: (x: number) => number;
export declare function roundRoute(route: Route): Route;
//# sourceMappingURL=round-route.d.ts.map