/**
 * Responses of the /api/v1/networks endpoints: the list, one network's summary with sources and
 * counts by mode and country, and its terminals, services and borders (model schemas, as loaded).
 */
import { z } from 'zod';
import { BorderCrossing, Mode, Service, Source, Terminal } from "../model/index.js";
import { BORDER_LIST_EXAMPLE, NETWORK_DETAIL_EXAMPLE, SERVICE_LIST_EXAMPLE, TERMINAL_LIST_EXAMPLE, } from "./api-examples.generated.js";
export const Counts = z.object({
    terminals: z.number().int().nonnegative(),
    services: z.number().int().nonnegative(),
    borders: z.number().int().nonnegative(),
});
export const NetworkSummary = z.object({
    id: z.string(),
    name: z.string(),
    name_zh: z.string(),
    reference_year: z.number().int(),
    counts: Counts,
});
export const NetworkList = z.object({ networks: z.array(NetworkSummary) }).meta({
    id: 'NetworkList',
    examples: [
        {
            networks: [
                {
                    id: 'inner-mongolia',
                    name: 'Inner Mongolia freight corridors',
                    name_zh: '内蒙古货运通道',
                    reference_year: 2024,
                    counts: { terminals: 40, services: 60, borders: 6 },
                },
            ],
        },
    ],
});
export const NetworkDetail = NetworkSummary.extend({
    description: z.string().optional(),
    emissions_version: z.string(),
    modes: z.array(Mode).describe('modes served by at least one terminal'),
    countries: z.array(z.string()).describe('countries with at least one terminal'),
    counts_by_mode: z
        .record(z.string(), Counts)
        .describe('services and borders by their mode; terminals by each mode they serve'),
    counts_by_country: z
        .record(z.string(), Counts)
        .describe('terminals by country; services and borders by each country they touch'),
    sources: z.array(Source),
}).meta({ id: 'NetworkDetail', examples: [NETWORK_DETAIL_EXAMPLE] });
export const TerminalList = z
    .object({
    network: z.string(),
    count: z.number().int(),
    terminals: z.array(Terminal),
})
    .meta({ examples: [TERMINAL_LIST_EXAMPLE] });
export const ServiceList = z
    .object({
    network: z.string(),
    count: z.number().int(),
    services: z.array(Service),
})
    .meta({ examples: [SERVICE_LIST_EXAMPLE] });
export const BorderList = z
    .object({
    network: z.string(),
    count: z.number().int(),
    borders: z.array(BorderCrossing),
})
    .meta({ examples: [BORDER_LIST_EXAMPLE] });
//# sourceMappingURL=networks.js.map