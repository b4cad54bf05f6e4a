/** GET /api/v1/places?q=&network=&limit=: find terminals by name in either language, alias, city or id. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PlacesQuery, PlacesResponse, type Place } from '../../contract/index.ts';
import type { Terminal } from '../../model/index.ts';
import { searchPlaces, terminalSummary } from '../../network/index.ts';
import type { ApiContext } from '../context.ts';
import { GET_PROBLEMS, okResponse } from '../problem-responses.ts';

function toPlace(t: Terminal): Place {
  return {
    ...terminalSummary(t),
    lon: t.location.lon,
    lat: t.location.lat,
  };
}

export const placeRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, ctx) => {
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
    },
    async (req) => {
      const entry = ctx.registry.get(req.query.network ?? ctx.registry.defaultId);
      return {
        network: entry.id,
        places: searchPlaces(entry.network, req.query.q, req.query.limit).map(toPlace),
      };
    },
  );
};
