import { CorridorError } from "../model/index.js";
const days = (h) => Math.round((h / 24) * 100) / 100;
function okCell(pair, route) {
    return {
        origin: pair.origin,
        destination: pair.destination,
        status: 'ok',
        from_id: route.from.id,
        to_id: route.to.id,
        cost_usd: Math.round(route.cost.total_usd * 100) / 100,
        days: days(route.duration_h),
        p50_days: days(route.duration_p50_h),
        p90_days: days(route.duration_p90_h),
        co2e_kg: Math.round(route.co2e_kg * 10) / 10,
        corridor: route.corridor.label,
        corridor_id: route.corridor.id,
        ...(route.corridor.short ? { corridor_short: route.corridor.short } : {}),
        modes: [...route.modes],
    };
}
const skipped = (pair) => ({
    origin: pair.origin,
    destination: pair.destination,
    status: 'skipped',
    code: 'SEARCH_ABORTED',
    reason: "the matrix's time budget ran out before this pair; ask for it again, or a smaller matrix",
});
export function runMatrixTask(planner, task) {
    const cells = [];
    const now = new Date(task.now_ms);
    for (const pair of task.pairs) {
        const left = task.deadline_ms - Date.now();
        if (left <= 0) {
            cells.push(skipped(pair));
            continue;
        }
        try {
            const result = planner.plan({ ...task.base, from: pair.from, to: pair.to, alternatives: 1 }, { now, timeBudgetMs: Math.min(left, task.pairBudgetMs), maxLabels: task.maxLabels });
            const best = result.routes[0];
            if (result.status === 'ok' && best)
                cells.push(okCell(pair, best));
            else
                cells.push({
                    origin: pair.origin,
                    destination: pair.destination,
                    status: 'no_route',
                    from_id: result.from.id,
                    to_id: result.to.id,
                    reason: result.reason ?? 'no connection',
                    ...(result.reason_code ? { code: result.reason_code } : {}),
                });
        }
        catch (error) {
            if (!(error instanceof CorridorError))
                throw error;
            if (error.code === 'SEARCH_ABORTED' && Date.now() >= task.deadline_ms) {
                cells.push(skipped(pair));
                continue;
            }
            const hint = error.issues[0]?.hint;
            cells.push({
                origin: pair.origin,
                destination: pair.destination,
                status: 'error',
                code: error.code,
                reason: hint ? `${error.message} (${hint})` : error.message,
            });
        }
    }
    return cells;
}
//# sourceMappingURL=matrix-task.js.map