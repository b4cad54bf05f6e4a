/** Finding the handling rule for a transfer between two modes (rules apply both ways). */
import type { HandlingRule, Mode } from '../model/index.ts';

export const ruleFor = (
  rules: readonly HandlingRule[],
  a: Mode,
  b: Mode,
): HandlingRule | undefined =>
  rules.find(
    (r) => (r.modes[0] === a && r.modes[1] === b) || (r.modes[0] === b && r.modes[1] === a),
  );
