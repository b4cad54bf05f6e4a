import { BorderList, ListFilters, NetworkDetail, NetworkFeatureCollection, NetworkList, NetworkParams, ServiceList, TerminalList, } from "../../contract/index.js";
import { toGeoJson } from "../../network/index.js";
import { ApiError } from "../api-error.js";
import { filterBorders, filterServices, filterTerminals } from "../network-views.js";
import { GET_PROBLEMS, okResponse } from "../problem-responses.js";
import { sendAnswer } from "../send-answer.js";
import { staticAnswers } from "../static-answers.js";
/** Countries in a filter must exist in the network: a typo answers 400 naming it, not an empty list. */
function checkFilters(entry, f) {
    const unknown = (f.country ?? []).filter((c) => !entry.detail.countries.includes(c));
    if (unknown.length > 0) {
        const names = unknown.map((c) => JSON.stringify(c)).join(', ');
        throw new ApiError('FILTER_UNKNOWN', `no terminal in country ${names} in network "${entry.id}"`, [
            {
                path: 'querystring.country',
                message: `unknown country ${names}`,
                hint: `countries in this network: ${entry.detail.countries.join(', ')}`,
            },
        ]);
    }
    // one key per answer: "RU,CN", "CN,RU" and "CN,CN,RU" list the same records
    const canonical = (xs) => xs === undefined ? undefined : [...new Set(xs)].sort();
    return { mode: canonical(f.mode), country: canonical(f.country) };
}
/** The schema of one kind of record of a network listed under the mode and country filters. */
function filteredListSchema(operationId, summary, what, list) {
    return {
        tags: ['networks'],
        operationId,
        summary,
        params: NetworkParams,
        querystring: ListFilters,
        response: {
            200: okResponse(`the ${what} that pass the filters`, list),
            ...GET_PROBLEMS,
        },
    };
}
/** Networks are loaded once per process: their views may be cached by clients for a while. */
const NETWORK_CACHE_CONTROL = 'public, max-age=300';
const GEOJSON_TYPE = 'application/geo+json; charset=utf-8';
export const networkRoutes = async (app, ctx) => {
    const answers = staticAnswers();
    const filteredAnswers = staticAnswers(undefined, undefined, 'dynamic');
    app.addHook('onSend', async (_req, reply, payload) => {
        if (reply.statusCode === 200)
            void reply.header('cache-control', NETWORK_CACHE_CONTROL);
        return payload;
    });
    app.get('/api/v1/networks', {
        schema: {
            tags: ['networks'],
            operationId: 'listNetworks',
            summary: 'List the loaded networks',
            response: { 200: okResponse('the loaded networks with their counts', NetworkList) },
        },
    }, async (req, reply) => sendAnswer(req, reply, answers.get('list', () => JSON.stringify(NetworkList.encode({ networks: ctx.registry.list().map((e) => e.summary) }))), answers.cache));
    app.get('/api/v1/networks/:id', {
        schema: {
            tags: ['networks'],
            operationId: 'getNetwork',
            summary: 'A network: summary, sources, reference year, counts by mode and country',
            params: NetworkParams,
            response: {
                200: okResponse('the network: summary, sources, reference year, counts by mode and country', NetworkDetail),
                ...GET_PROBLEMS,
            },
        },
    }, async (req, reply) => {
        const entry = ctx.registry.get(req.params.id);
        const a = answers.get(`${entry.id}|detail`, () => JSON.stringify(NetworkDetail.encode(entry.detail)));
        return sendAnswer(req, reply, a, answers.cache);
    });
    /**
     * One kind of record of a network under the mode and country filters: checked filters, then the
     * list serialized once per network and filters.
     */
    const listRoute = (kind, schema, serialize) => app.get(`/api/v1/networks/:id/${kind}`, { schema }, async (req, reply) => {
        const entry = ctx.registry.get(req.params.id);
        const filters = checkFilters(entry, req.query);
        // the whole list is one answer per network, compressed at the smallest setting; filtered ones
        // are as many as a client likes, so they are compressed at the per-request setting
        const store = filters.mode || filters.country ? filteredAnswers : answers;
        const a = store.get(`${entry.id}|${kind}|${JSON.stringify(filters)}`, () => serialize(entry, filters));
        return sendAnswer(req, reply, a, store.cache);
    });
    listRoute('terminals', filteredListSchema('listTerminals', 'Terminals of a network (filters: mode, country)', 'terminals', TerminalList), (entry, filters) => {
        const terminals = filterTerminals(entry.network, filters);
        return JSON.stringify(TerminalList.encode({ network: entry.id, count: terminals.length, terminals }));
    });
    listRoute('services', filteredListSchema('listServices', 'Services of a network, return services included (filters: mode, country touched)', 'services', ServiceList), (entry, filters) => {
        const services = filterServices(entry.network, filters);
        return JSON.stringify(ServiceList.encode({ network: entry.id, count: services.length, services }));
    });
    listRoute('borders', filteredListSchema('listBorders', 'Border crossings of a network (filters: mode, country on either side)', 'border crossings', BorderList), (entry, filters) => {
        const borders = filterBorders(entry.network, filters);
        return JSON.stringify(BorderList.encode({ network: entry.id, count: borders.length, borders }));
    });
    app.get('/api/v1/networks/:id/geojson', {
        schema: {
            tags: ['networks'],
            operationId: 'getNetworkGeoJson',
            summary: 'The network as an RFC 7946 FeatureCollection (terminals, services, borders)',
            params: NetworkParams,
            response: {
                200: okResponse('the network as a FeatureCollection: terminals (points), services (lines), borders (points)', NetworkFeatureCollection, 'application/geo+json'),
                ...GET_PROBLEMS,
            },
        },
    }, async (req, reply) => {
        const entry = ctx.registry.get(req.params.id);
        const a = answers.get(`${entry.id}|geojson`, () => JSON.stringify(NetworkFeatureCollection.encode(toGeoJson(entry.network))));
        return sendAnswer(req, reply, a, answers.cache, GEOJSON_TYPE);
    });
};
//# sourceMappingURL=networks.js.map