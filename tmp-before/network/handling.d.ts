/** Finding the handling rule for a transfer between two modes (rules apply both ways). */
import type { HandlingRule, Mode } from '../model/index.ts';
export declare const ruleFor: (rules: readonly HandlingRule[], a: Mode, b: Mode) => HandlingRule | undefined;
//# sourceMappingURL=handling.d.ts.map