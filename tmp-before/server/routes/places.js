import { PlacesQuery, PlacesResponse } from "../../contract/index.js";
import { searchPlaces, terminalSummary } from "../../network/index.js";
import { GET_PROBLEMS, okResponse } from "../problem-responses.js";
import { ResponseCache } from "../response-cache.js";
import { sendAnswer } from "../send-answer.js";
/** bounds of the answer cache: a few thousand prefixes of a few KB each */
const CACHE_ENTRIES = 4_096;
const CACHE_BYTES = 16 * 1024 * 1024;
function toPlace(t) {
    return {
        ...terminalSummary(t),
        lon: t.location.lon,
        lat: t.location.lat,
    };
}
export const placeRoutes = async (app, ctx) => {
    const cache = ctx.cacheEntries > 0
        ? new ResponseCache({ maxEntries: CACHE_ENTRIES, maxBytes: CACHE_BYTES })
        : undefined;
    const byUrl = ctx.cacheEntries > 0
        ? new ResponseCache({ maxEntries: CACHE_ENTRIES, maxBytes: CACHE_BYTES / 2 })
        : undefined;
    // after every onRequest hook (API keys, the rate limit): a repeated URL skips validation
    const fromUrlCache = (req, reply, done) => {
        const hit = byUrl?.get(req.url);
        if (hit === undefined)
            done();
        else
            void sendAnswer(req, reply, hit, byUrl);
    };
    app.get('/api/v1/places', {
        schema: {
            tags: ['places'],
            operationId: 'searchPlaces',
            summary: 'Search places (terminals) by English or Chinese name, alias, city or id',
            description: 'Ranked matches; an empty list when nothing matches. Diacritics are folded ("Malaszewicze" finds Małaszewicze).',
            querystring: PlacesQuery,
            response: {
                200: okResponse('matching places, best first; an empty list when nothing matches', PlacesResponse),
                ...GET_PROBLEMS,
            },
        },
        preValidation: fromUrlCache,
    }, async (req, reply) => {
        const entry = ctx.registry.get(req.query.network ?? ctx.registry.defaultId);
        const key = `${entry.id}|${req.query.limit}|${req.query.q}`;
        let answer = cache?.get(key);
        if (answer === undefined) {
            const body = {
                network: entry.id,
                places: searchPlaces(entry.network, req.query.q, req.query.limit).map(toPlace),
            };
            answer = { json: JSON.stringify(body) };
            cache?.set(key, answer);
        }
        byUrl?.set(req.url, answer);
        return sendAnswer(req, reply, answer, cache);
    });
};
//# sourceMappingURL=places.js.map