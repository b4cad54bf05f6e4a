/**
 * GET /api/v1/places?q=&network=&limit=: find terminals by name in either language, alias, city or id.
 * Autocomplete asks this on every keystroke, and users type the same prefixes: answers are kept
 * serialized (and gzipped once) in a bounded cache keyed by network, limit and query, as route answers
 * are, and also by the request's URL, which a route-level preValidation hook looks up before the
 * query string is validated: a URL answered 200 once is answered the same again. Networks do not
 * change while the server runs, so an answer never goes stale.
 */
import type { preValidationHookHandler } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PlacesQuery, PlacesResponse, type Place } from '../../contract/index.ts';
import type { Terminal } from '../../model/index.ts';
import { searchPlaces, terminalSummary } from '../../network/index.ts';
import type { ApiContext } from '../context.ts';
import { GET_PROBLEMS, okResponse } from '../problem-responses.ts';
import { ResponseCache, type CachedAnswer } from '../response-cache.ts';
import { sendAnswer } from '../send-answer.ts';

/** bounds of the answer cache: a few thousand prefixes of a few KB each */
const CACHE_ENTRIES = 4_096;
const CACHE_BYTES = 16 * 1024 * 1024;

function toPlace(t: Terminal): Place {
  return {
    ...terminalSummary(t),
    lon: t.location.lon,
    lat: t.location.lat,
  };
}

export const placeRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, ctx) => {
  const cache =
    ctx.cacheEntries > 0
      ? new ResponseCache({ maxEntries: CACHE_ENTRIES, maxBytes: CACHE_BYTES })
      : undefined;
  const byUrl =
    ctx.cacheEntries > 0
      ? new ResponseCache({ maxEntries: CACHE_ENTRIES, maxBytes: CACHE_BYTES / 2 })
      : undefined;
  // after every onRequest hook (API keys, the rate limit): a repeated URL skips validation
  const fromUrlCache: preValidationHookHandler = (req, reply, done) => {
    const hit = byUrl?.get(req.url);
    if (hit === undefined) done();
    else void sendAnswer(req, reply, hit, byUrl);
  };
  app.get(
    '/api/v1/places',
    {
      schema: {
        tags: ['places'],
        operationId: 'searchPlaces',
        summary: 'Search places (terminals) by English or Chinese name, alias, city or id',
        description:
          'Ranked matches; an empty list when nothing matches. Diacritics are folded ("Malaszewicze" finds Małaszewicze).',
        querystring: PlacesQuery,
        response: {
          200: okResponse(
            'matching places, best first; an empty list when nothing matches',
            PlacesResponse,
          ),
          ...GET_PROBLEMS,
        },
      },
      preValidation: fromUrlCache,
    },
    async (req, reply) => {
      const entry = ctx.registry.get(req.query.network ?? ctx.registry.defaultId);
      const key = `${entry.id}|${req.query.limit}|${req.query.q}`;
      let answer: CachedAnswer | undefined = cache?.get(key);
      if (answer === undefined) {
        const body: PlacesResponse = {
          network: entry.id,
          places: searchPlaces(entry.network, req.query.q, req.query.limit).map(toPlace),
        };
        answer = { json: JSON.stringify(body) };
        cache?.set(key, answer);
      }
      byUrl?.set(req.url, answer);
      return sendAnswer(req, reply, answer, cache);
    },
  );
};
