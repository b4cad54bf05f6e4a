/** GET /api/v1/places: search terminals by name (English, Chinese, aliases), city or id. */
import { z } from 'zod';
import { Id, Mode, TerminalKind } from "../model/index.js";
import { DEFAULT_NETWORK_ID } from "./route-request.js";
const PLACES_MAX_LIMIT = 50;
export const PlacesQuery = z.strictObject({
    q: z
        .string()
        .trim()
        .min(1)
        .max(120)
        .describe('text to match: "Erenhot", "二连浩特", "Malaszewicze", "baotou-rail"')
        .meta({ examples: ['bao'] }),
    network: Id.optional().describe(`default "${DEFAULT_NETWORK_ID}", or the first network loaded when the server has no such network`),
    limit: z.coerce.number().int().min(1).max(PLACES_MAX_LIMIT).default(10),
});
export const Place = z.object({
    id: z.string(),
    name: z.string(),
    name_zh: z.string(),
    city: z.string(),
    city_zh: z.string(),
    country: z.string(),
    kinds: z.array(TerminalKind),
    modes: z.array(Mode),
    lon: z.number(),
    lat: z.number(),
});
export const PlacesResponse = z.object({ network: z.string(), places: z.array(Place) }).meta({
    id: 'PlacesResponse',
    examples: [
        {
            network: 'inner-mongolia',
            places: [
                {
                    id: 'baotou-rail',
                    name: 'Baotou rail freight terminal',
                    name_zh: '包头铁路货场',
                    city: 'Baotou',
                    city_zh: '包头',
                    country: 'CN',
                    kinds: ['rail_terminal'],
                    modes: ['rail', 'road'],
                    lon: 109.84,
                    lat: 40.66,
                },
            ],
        },
    ],
});
//# sourceMappingURL=places.js.map