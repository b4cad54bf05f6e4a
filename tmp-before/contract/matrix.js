/**
 * POST /api/v1/matrix: a lane matrix, origins × destinations with one shipment and objective. Each
 * pair answers the best route's cost, days (scheduled, P50, P90), CO2e and corridor, or why there is
 * none. Up to MATRIX_MAX_SIDE origins and as many destinations (2,500 pairs); the whole matrix shares
 * one time budget, and pairs it could not reach say so ("skipped") instead of failing the request.
 */
import { z } from 'zod';
import { Id, PlaceRef, RouteQuery } from "../model/index.js";
import { DEFAULT_NETWORK_ID } from "./route-request.js";
export const MATRIX_MAX_SIDE = 50;
export const NDJSON_CONTENT_TYPE = 'application/x-ndjson';
const { from: _from, to: _to, alternatives: _alternatives, objective, ...shared } = RouteQuery.shape;
export const MATRIX_REQUEST_EXAMPLE = {
    origins: ['Baotou', 'Hohhot', 'Ordos'],
    destinations: ['Duisburg', 'Moscow'],
    depart: '2025-03-03',
    shipment: { feu: 1, kg: 12000, value_usd: 150000 },
    objective: 'cost',
};
export const MatrixRequest = z
    .strictObject({
    network: Id.optional().describe(`network id from GET /api/v1/networks; default "${DEFAULT_NETWORK_ID}"`),
    origins: z
        .array(PlaceRef)
        .min(1)
        .max(MATRIX_MAX_SIDE)
        .describe(`1 to ${MATRIX_MAX_SIDE} places, as "from" of a route query`),
    destinations: z
        .array(PlaceRef)
        .min(1)
        .max(MATRIX_MAX_SIDE)
        .describe(`1 to ${MATRIX_MAX_SIDE} places, as "to" of a route query`),
    ...shared,
    objective: objective
        .unwrap()
        .exclude(['pareto'])
        .default('generalized')
        .describe('what "best" means for each pair (a matrix has one route per pair, so no pareto)'),
})
    .meta({ id: 'MatrixRequest', examples: [MATRIX_REQUEST_EXAMPLE] });
const MatrixCellStatus = z
    .enum(['ok', 'no_route', 'error', 'skipped'])
    .describe('ok: a route; no_route: the planner found none (reason says why); error: the pair cannot be planned as stated (an unknown place, a regime that does not fit); skipped: the time budget ran out first');
export const MatrixCell = z
    .object({
    origin: z.number().int().nonnegative().describe('index into the request origins'),
    destination: z.number().int().nonnegative().describe('index into the request destinations'),
    status: MatrixCellStatus,
    from_id: z.string().optional().describe('the origin terminal as resolved'),
    to_id: z.string().optional(),
    cost_usd: z.number().optional(),
    days: z.number().optional().describe('scheduled door-to-door days, no delays'),
    p50_days: z.number().optional(),
    p90_days: z.number().optional(),
    co2e_kg: z.number().optional(),
    corridor: z
        .string()
        .optional()
        .describe('the corridor label, e.g. "Erenhot–Zamyn-Uud · Brest–Małaszewicze"'),
    corridor_id: z.string().optional(),
    corridor_short: z
        .string()
        .optional()
        .describe('the named corridor a planner calls it by, e.g. "Erenhot rail" (corridors.yaml)'),
    modes: z.array(z.string()).optional(),
    reason: z.string().optional().describe('no_route, error or skipped: why, in English'),
    code: z.string().optional().describe('no_route: the reason code; error: the problem code'),
})
    .meta({ id: 'MatrixCell' });
export const MatrixResponse = z
    .object({
    network: z.string(),
    objective: z.string(),
    origins: z.array(z.string()).describe('the origins as given (coordinates as "lon,lat")'),
    destinations: z.array(z.string()),
    cells: z.array(MatrixCell).describe('one per pair, origin-major order'),
    elapsed_ms: z.number(),
})
    .meta({
    id: 'MatrixResponse',
    examples: [
        {
            network: 'inner-mongolia',
            objective: 'cost',
            origins: ['Baotou'],
            destinations: ['Duisburg', 'Atlantis'],
            cells: [
                {
                    origin: 0,
                    destination: 0,
                    status: 'ok',
                    from_id: 'baotou-rail',
                    to_id: 'duisburg-rail',
                    cost_usd: 8150,
                    days: 17.2,
                    p50_days: 17.9,
                    p90_days: 20.4,
                    co2e_kg: 2240,
                    corridor: 'Erenhot–Zamyn-Uud · Brest–Małaszewicze',
                    corridor_id: 'border:erenhot-zamyn-uud-rail>border:brest-malaszewicze-rail',
                    corridor_short: 'Erenhot rail',
                    modes: ['rail'],
                },
                {
                    origin: 0,
                    destination: 1,
                    status: 'error',
                    code: 'PLACE_NOT_FOUND',
                    reason: 'no terminal matches "Atlantis"',
                },
            ],
            elapsed_ms: 41,
        },
    ],
});
/** A place as a label: its text, or "lon,lat". */
export function placeLabel(p) {
    return typeof p === 'string' ? p : `${p.lon},${p.lat}`;
}
//# sourceMappingURL=matrix.js.map