/**
 * Query-string filters shared by the list endpoints. A filter takes one value or a comma list
 * ("mode=rail,road"), or the key repeated; every value is checked and each unknown one is named.
 */
import { z } from 'zod';
import { CountryCode, Id, Mode } from "../model/index.js";
const MAX_FILTER_VALUES = 20;
/** A comma-separated (or repeated) list of values of `item`; reports every bad value by name. */
function csvList(item, what) {
    return z
        .union([z.string().max(400), z.array(z.string().max(100)).max(MAX_FILTER_VALUES)])
        .transform((raw, ctx) => {
        const parts = (Array.isArray(raw) ? raw.join(',') : raw)
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s.length > 0);
        if (parts.length > MAX_FILTER_VALUES) {
            ctx.addIssue({ code: 'custom', message: `at most ${MAX_FILTER_VALUES} ${what} values` });
            return z.NEVER;
        }
        const bad = parts.filter((p) => !item.safeParse(p).success);
        if (bad.length > 0) {
            ctx.addIssue({
                code: 'custom',
                message: `unknown ${what} ${bad.map((b) => JSON.stringify(b)).join(', ')}`,
            });
            return z.NEVER;
        }
        return parts;
    });
}
const ModeFilter = csvList(Mode, 'mode')
    .describe(`one or more of ${Mode.options.join(', ')}, comma-separated`)
    .meta({ examples: ['rail,road'] });
const CountryFilter = csvList(CountryCode, 'country')
    .describe('ISO 3166-1 alpha-2 codes, comma-separated, e.g. "CN,MN"')
    .meta({ examples: ['CN,MN'] });
export const NetworkParams = z.object({
    id: Id.describe('network id, e.g. "inner-mongolia"').meta({ examples: ['inner-mongolia'] }),
});
export const ListFilters = z.strictObject({
    mode: ModeFilter.optional(),
    country: CountryFilter.optional(),
});
//# sourceMappingURL=filters.js.map