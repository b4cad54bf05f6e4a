export const ruleFor = (rules, a, b) => rules.find((r) => (r.modes[0] === a && r.modes[1] === b) || (r.modes[0] === b && r.modes[1] === a));
//# sourceMappingURL=handling.js.map