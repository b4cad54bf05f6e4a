import { filedServiceId } from "../model/index.js";
import { medianOf } from "./distribution-stats.js";
import { sourceIdsOf } from "./source-ids.js";
import { terminalSummary } from "./terminal-summary.js";
/** A line, split where a segment crosses ±180° longitude (the crossing latitude interpolated). */
export function lineGeometry(points) {
    const parts = [[]];
    points.forEach((p, i) => {
        const prev = points[i - 1];
        if (prev && Math.abs(p[0] - prev[0]) > 180) {
            const east = prev[0] > 0 ? 180 : -180;
            const shifted = p[0] + (east > 0 ? 360 : -360);
            const t = (east - prev[0]) / (shifted - prev[0]);
            const lat = prev[1] + t * (p[1] - prev[1]);
            parts[parts.length - 1].push([east, lat]);
            parts.push([[-east, lat]]);
        }
        parts[parts.length - 1].push([p[0], p[1]]);
    });
    return parts.length === 1
        ? { type: 'LineString', coordinates: parts[0] }
        : { type: 'MultiLineString', coordinates: parts };
}
function servicePoints(network, service) {
    const at = (id) => {
        const t = network.terminals.get(id);
        return [t.location.lon, t.location.lat];
    };
    const points = [at(service.legs[0].from)];
    for (const leg of service.legs) {
        for (const p of leg.waypoints?.points ?? [])
            points.push([p[0], p[1]]);
        points.push(at(leg.to));
    }
    return points;
}
export function toGeoJson(network) {
    const features = [];
    for (const t of network.terminals.values()) {
        features.push({
            type: 'Feature',
            id: `terminal:${t.id}`,
            geometry: { type: 'Point', coordinates: [t.location.lon, t.location.lat] },
            properties: {
                feature_type: 'terminal',
                ...terminalSummary(t),
                mode: t.modes[0],
                gauge_mm: t.gauge_mm ?? null,
                customs: t.customs,
                iata: t.codes.iata ?? null,
                unlocode: t.codes.unlocode ?? null,
                overseas_warehouse: t.overseas_warehouse,
                sources: sourceIdsOf(t),
            },
        });
    }
    for (const s of network.services.values()) {
        const stops = [s.legs[0].from, ...s.legs.map((l) => l.to)];
        features.push({
            type: 'Feature',
            id: `service:${s.id}`,
            geometry: lineGeometry(servicePoints(network, s)),
            properties: {
                feature_type: 'service',
                id: s.id,
                name: s.name,
                name_zh: s.name_zh ?? null,
                mode: s.mode,
                kind: s.kind,
                operator: s.operator ?? null,
                stops,
                country: network.terminals.get(stops[0]).country,
                countries: [...new Set(stops.map((id) => network.terminals.get(id).country))],
                distance_km: s.legs.reduce((sum, l) => sum + l.distance_km.value, 0),
                duration_h: s.legs.reduce((sum, l) => sum + l.duration_h.value + (l.stop_h?.value ?? 0), 0),
                schedule: s.schedule.type,
                return_of: filedServiceId(s.id) !== s.id && network.services.has(filedServiceId(s.id))
                    ? filedServiceId(s.id)
                    : null,
                sources: sourceIdsOf(s),
            },
        });
    }
    for (const b of network.borders.values()) {
        const [a, z] = b.sides.map((id) => network.terminals.get(id));
        const properties = {
            feature_type: 'border',
            id: b.id,
            name: b.name,
            name_zh: b.name_zh,
            mode: b.mode,
            sides: b.sides,
            countries: [a.country, z.country],
            country: a.country,
            both_directions: b.both_directions,
            dwell_p50_h: medianOf(b.dwell_h),
            // the median dwell by the side entered, where the file gives a direction its own (decisions T15)
            ...(b.dwell_h_by_direction
                ? {
                    dwell_p50_h_into: Object.fromEntries(Object.entries(b.dwell_h_by_direction).map(([side, d]) => [side, medianOf(d)])),
                }
                : {}),
            gauge_change: b.gauge_change?.method ?? null,
            documents: b.documents,
            sources: sourceIdsOf(b),
        };
        features.push({
            type: 'Feature',
            id: `border:${b.id}`,
            geometry: lineGeometry([
                [a.location.lon, a.location.lat],
                [z.location.lon, z.location.lat],
            ]),
            properties,
        });
    }
    return { type: 'FeatureCollection', features };
}
//# sourceMappingURL=geojson.js.map