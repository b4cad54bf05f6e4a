import type { Network } from '../model/index.ts';
import { type DepartureFinder } from './departure-finder.ts';
import type { RouteOption } from './route-option.ts';
import type { Scenario } from './scenario.schema.ts';
import type { Ship } from './ship.ts';
export declare class OptionPicker {
    private readonly finder;
    private readonly choice;
    private readonly seed;
    /** median dwell per border and side entered, as the quote assumes it */
    private readonly medianDwellH;
    private readonly candidates;
    private readonly pool;
    constructor(network: Network, choice: Scenario['choice'], seed: number, finder: DepartureFinder);
    /**
     * Door-to-door hours of `option` for `ship` leaving where it is now (Infinity when a boarding finds
     * no departure with room). Time and size are read from the ship, not passed: numbers passed to a
     * call V8 does not inline are boxed, and this runs for every option compared.
     */
    etaH(option: RouteOption, ship: Ship): number;
    /** The option `ship` chooses among `options`, timed from where it is now; `attempt` separates the draws of one shipment. */
    pick(ship: Ship, options: readonly RouteOption[], attempt: number): RouteOption | undefined;
}
//# sourceMappingURL=option-picker.d.ts.map