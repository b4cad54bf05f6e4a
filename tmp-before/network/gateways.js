/**
 * The gateways of a network, which is how planners name corridors: land border crossings, and the
 * seaports and airports where a sea or air service leaves the country. Each comes with the services
 * that pass through it (return services included).
 */
import { MODE_TRAITS } from "../model/index.js";
export function listGateways(network) {
    const gateways = [];
    for (const b of network.borders.values()) {
        const [a, z] = b.sides;
        const services = [...network.services.values()]
            .filter((s) => s.mode === b.mode &&
            s.legs.some((l) => (l.from === a && l.to === z) || (l.from === z && l.to === a)))
            .map((s) => s.id);
        const countries = b.sides.map((id) => network.terminals.get(id)?.country ?? '?');
        gateways.push({
            kind: 'border',
            id: b.id,
            name: b.name,
            name_zh: b.name_zh,
            mode: b.mode,
            countries,
            services,
        });
    }
    const ports = new Map();
    for (const s of network.services.values()) {
        const gateway = MODE_TRAITS[s.mode].gateway;
        if (gateway === 'border')
            continue;
        for (const leg of s.legs) {
            const from = network.terminals.get(leg.from);
            const to = network.terminals.get(leg.to);
            if (!from || !to || from.country === to.country)
                continue;
            for (const [t, other] of [
                [from, to],
                [to, from],
            ]) {
                const g = ports.get(t.id) ?? {
                    kind: gateway,
                    id: t.id,
                    name: t.name,
                    name_zh: t.name_zh,
                    mode: s.mode,
                    countries: [t.country],
                    services: [],
                };
                if (!g.countries.includes(other.country))
                    g.countries.push(other.country);
                if (!g.services.includes(s.id))
                    g.services.push(s.id);
                ports.set(t.id, g);
            }
        }
    }
    return [
        ...gateways,
        ...[...ports.values()].sort((x, y) => x.kind.localeCompare(y.kind) || x.id.localeCompare(y.id)),
    ];
}
//# sourceMappingURL=gateways.js.map