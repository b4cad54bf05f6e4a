import { isoFromMs } from "../lib/iso-time.js";
export function terminalRef(t) {
    return {
        id: t.id,
        name: t.name,
        name_zh: t.name_zh,
        country: t.country,
        lon: t.location.lon,
        lat: t.location.lat,
    };
}
export function isoFromHours(h) {
    return isoFromMs(Math.round(h * 3_600_000));
}
//# sourceMappingURL=terminal-ref.js.map