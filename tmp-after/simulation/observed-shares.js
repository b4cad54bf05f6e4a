/**
 * The observed-shares file `corridor calibrate` fits the choice model to: targets of shares by main
 * mode or by named corridor over some of a scenario's flows, each with its source (or an assumption
 * saying why a figure is taken to hold for these flows), and the tolerance the fit is held to.
 */
import { z } from 'zod';
import { didYouMean } from "../lib/suggest.js";
import { Id, Mode } from "../model/index.js";
import { issueAt, parseFile } from "../network/index.js";
const Provenance = {
    source: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    assumption: z.string().min(10).optional(),
    note: z.string().optional(),
};
export const ShareTarget = z.strictObject({
    id: Id,
    by: z.enum(['mode', 'corridor']).describe('shares of TEU by main mode, or by named corridor'),
    flows: z
        .array(z.string().min(1))
        .min(1)
        .optional()
        .describe("the scenario's flows the shares are of (default: all)"),
    shares: z
        .record(z.string().min(1), z.number().gt(0).lt(1))
        .refine((r) => Object.keys(r).length >= 2, 'give at least two shares')
        .refine((r) => Math.abs(Object.values(r).reduce((a, b) => a + b, 0) - 1) <= 0.005, 'shares must add up to 1 (± 0.005)')
        .describe('observed share of each mode or corridor among those listed'),
    ...Provenance,
});
export const ObservedShares = z.strictObject({
    id: Id.optional(),
    description: z.string().optional(),
    tolerance_pp: z
        .number()
        .positive()
        .max(50)
        .describe('largest accepted |predicted − observed| per share, percentage points'),
    targets: z.array(ShareTarget).min(1),
});
const MODES = Mode.options;
/**
 * Parses an observed-shares file and checks it against the scenario (flows) and the network (modes,
 * corridors, sources): every issue in one list, with file, line and field.
 */
export function parseObservedShares(file, text, scenario, network) {
    const { file: yaml, issues } = parseFile(file, text);
    if (issues.length > 0)
        return { issues };
    const err = (path, message, hint) => void issues.push(issueAt(yaml, path, message, hint));
    const parsed = ObservedShares.safeParse(yaml.data);
    if (!parsed.success) {
        for (const zi of parsed.error.issues)
            err(zi.path, zi.message);
        return { issues };
    }
    const flows = new Set(scenario.demand.flows.map((f) => f.id));
    const corridors = (network.corridorGroups ?? []).map((g) => g.id);
    const ids = new Set();
    parsed.data.targets.forEach((t, i) => {
        if (ids.has(t.id))
            err(['targets', i, 'id'], `duplicate target id "${t.id}"`);
        ids.add(t.id);
        t.flows?.forEach((f, j) => {
            if (!flows.has(f))
                err(['targets', i, 'flows', j], `unknown flow "${f}" in scenario ${scenario.id}`, didYouMean(f, flows));
        });
        for (const key of Object.keys(t.shares)) {
            const known = t.by === 'mode' ? MODES : corridors;
            if (!known.includes(key) && !(t.by === 'corridor' && key.startsWith('other:')))
                err(['targets', i, 'shares', key], `unknown ${t.by} "${key}"`, didYouMean(key, known));
        }
        if (t.source === undefined && t.assumption === undefined)
            err(['targets', i], 'give a source id or an assumption for the shares here');
        for (const s of t.source === undefined ? [] : Array.isArray(t.source) ? t.source : [t.source])
            if (!network.sources.has(s))
                err(['targets', i, 'source'], `unknown source "${s}"`, didYouMean(s, network.sources.keys()));
    });
    return issues.length > 0 ? { issues } : { observed: parsed.data, issues };
}
//# sourceMappingURL=observed-shares.js.map