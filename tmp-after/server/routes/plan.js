import { checkConstraintIds, RouteRequest, RouteResponse, toRouteQuery, } from "../../contract/index.js";
import { ApiError } from "../api-error.js";
import { chooseEncoding } from "../compression.js";
import { okResponse, PLAN_PROBLEMS } from "../problem-responses.js";
import { ResponseCache } from "../response-cache.js";
import { sendAnswer } from "../send-answer.js";
/** The body of a request whose raw bytes hit the raw-body cache: sent before validation. */
class RawHit {
    answer;
    constructor(answer) {
        this.answer = answer;
    }
}
const MINUTE_MS = 60_000;
/** how long a dated answer stays shared between API replicas (networks change only on restart) */
const SHARED_TTL_S = 3_600;
/** Unknown countries, terminals or borders to avoid: 400 FILTER_UNKNOWN naming each, as the GET filters. */
export function assertKnownConstraintIds(network, constraints) {
    const issues = checkConstraintIds(network, constraints);
    if (issues.length === 0)
        return;
    throw new ApiError('FILTER_UNKNOWN', `${issues.length} unknown id${issues.length === 1 ? '' : 's'} in body.constraints: ${issues.map((i) => i.message).join('; ')}`, issues.map((i) => ({ ...i, path: `body.${i.path}` })));
}
export const planRoutes = async (app, ctx) => {
    const caching = ctx.cacheEntries > 0;
    const cache = new ResponseCache({ maxEntries: ctx.cacheEntries, maxBytes: ctx.cacheBytes });
    // the same bytes within the same minute get the same answer: a hit skips validation and search
    const rawCache = new ResponseCache({
        maxEntries: ctx.cacheEntries,
        maxBytes: ctx.cacheBytes / 2,
    });
    const rawBodies = new WeakMap();
    const inFlight = new Map();
    const rawKey = (url, raw) => `${url}|${Math.floor(Date.now() / MINUTE_MS)}|${raw}`;
    // The raw-body cache is looked up before the JSON is parsed: bytes that were answered 200 this
    // minute were parsed, validated and planned then, and would be again, to the same answer. A hit
    // becomes a RawHit body, which the preValidation hook sends before the schema sees it; anything
    // else is parsed as fastify parses JSON (prototype poisoning refused), keeping the text.
    const parseJson = app.getDefaultJsonParser('error', 'error');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
        const text = body;
        if (caching) {
            const hit = rawCache.get(rawKey(req.url, text));
            if (hit !== undefined) {
                done(null, new RawHit(hit));
                return;
            }
            rawBodies.set(req, text);
        }
        void parseJson(req, text, done);
    });
    if (caching) {
        app.addHook('preValidation', (req, reply, done) => {
            if (req.body instanceof RawHit)
                void sendAnswer(req, reply, req.body.answer, rawCache);
            else
                done();
        });
    }
    /** Plans (or finds in the cache) the answer to a validated body; searches run on ctx.planRunner. */
    const answer = async (method, body, 
    /** the form the asking client takes: made on the search thread beside the JSON (API20) */
    encoding) => {
        const { network: named, geojson, query } = toRouteQuery(body);
        const network = named ?? ctx.registry.defaultId;
        const entry = ctx.registry.get(network); // an unknown network is a 404 before anything else
        assertKnownConstraintIds(entry.network, query.constraints);
        const now_ms = Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS;
        const key = `${method}|${network}|${query.depart === undefined ? now_ms : ''}|${JSON.stringify(body)}`;
        const hit = caching ? cache.get(key) : undefined;
        if (hit !== undefined)
            return hit;
        // identical queries arriving together share one search
        const pending = inFlight.get(key);
        if (pending)
            return pending;
        const task = {
            method,
            network,
            query,
            geojson,
            now_ms,
            timeBudgetMs: ctx.timeBudgetMs,
            enqueued_ms: Date.now(),
            maxLabels: ctx.maxLabels,
            checkContract: ctx.checkAnswers,
            ...(encoding !== undefined ? { encoding, compression: cache.compression } : {}),
        };
        const shared = ctx.sharedAnswers;
        const search = (async () => {
            // another API replica may have searched this already (REDIS_URL)
            const known = shared ? await shared.get(key) : undefined;
            const computed = known !== undefined ? { json: known } : await ctx.planRunner.run(task);
            if (caching)
                cache.set(key, computed);
            // an answer for "now" is keyed by the minute: it is not asked for again after it
            if (shared && known === undefined)
                void shared.set(key, computed.json, query.depart === undefined ? 120 : SHARED_TTL_S);
            return computed;
        })();
        inFlight.set(key, search);
        try {
            return await search;
        }
        finally {
            inFlight.delete(key);
        }
    };
    const handle = (method) => async (req, reply) => {
        const encoding = chooseEncoding(req.headers['accept-encoding'], cache.compression);
        const a = await answer(method, req.body, encoding);
        const raw = rawBodies.get(req);
        if (raw !== undefined)
            rawCache.set(rawKey(req.url, raw), a);
        return sendAnswer(req, reply, a, cache, undefined, encoding);
    };
    app.post('/api/v1/routes', {
        schema: {
            tags: ['routes'],
            operationId: 'planRoutes',
            summary: 'Plan routes between two places',
            description: 'Answers the objective of the query: `alternatives` diverse routes for cost, time, co2 or generalized, or the Pareto set (cost, arrival, CO2e) for "pareto". ' +
                'No route is a 200 answer with status "no_route", an empty list and the reason. An unknown place is a 422 PLACE_NOT_FOUND with suggestions. ' +
                'Without `depart` the shipment leaves at the current minute (UTC). Answers are gzip-compressed for clients that accept it.',
            body: RouteRequest,
            response: {
                200: okResponse('the routes (status "ok"), or status "no_route" with no routes and the reason', RouteResponse),
                ...PLAN_PROBLEMS,
            },
        },
    }, handle('plan'));
    app.post('/api/v1/corridors/compare', {
        schema: {
            tags: ['routes'],
            operationId: 'compareCorridors',
            summary: 'Compare corridors: the best route through each',
            description: 'Same body as /routes; answers one route per corridor (its gateways, e.g. Erenhot–Zamyn-Uud · Brest–Małaszewicze), each labelled with its named corridor (`corridor.short`, e.g. "Erenhot rail"), and `corridors`: one row per named corridor that could serve the pair, with its best route or the reason it has none (reason_code, e.g. CONTAINERS_DO_NOT_FLY).',
            body: RouteRequest,
            response: {
                200: okResponse('the best route through each corridor, or status "no_route" with the reason', RouteResponse),
                ...PLAN_PROBLEMS,
            },
        },
    }, handle('compare'));
};
//# sourceMappingURL=plan.js.map