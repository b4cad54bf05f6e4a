/**
 * What the /networks endpoints show of a Network: its summary, its detail with counts by mode and
 * country, and the filtered lists. Pure functions over the loaded network.
 */
import type { Counts, NetworkDetail, NetworkSummary } from '../contract/index.ts';
import type { BorderCrossing, Network, Service, Terminal } from '../model/index.ts';

export function toNetworkSummary(network: Network): NetworkSummary {
  const m = network.manifest;
  return {
    id: m.id,
    name: m.name,
    name_zh: m.name_zh,
    reference_year: m.reference_year,
    counts: {
      terminals: network.terminals.size,
      services: network.services.size,
      borders: network.borders.size,
    },
  };
}

/** Countries a service touches: those of every stop. */
function serviceCountries(network: Network, service: Service): Set<string> {
  const out = new Set<string>();
  for (const leg of service.legs) {
    for (const id of [leg.from, leg.to]) {
      const t = network.terminals.get(id);
      if (t) out.add(t.country);
    }
  }
  return out;
}

function borderCountries(network: Network, border: BorderCrossing): Set<string> {
  const out = new Set<string>();
  for (const id of border.sides) {
    const t = network.terminals.get(id);
    if (t) out.add(t.country);
  }
  return out;
}

function bump(table: Record<string, Counts>, key: string, field: keyof Counts): void {
  const row = (table[key] ??= { terminals: 0, services: 0, borders: 0 });
  row[field] += 1;
}

export function toNetworkDetail(network: Network): NetworkDetail {
  const byMode: Record<string, Counts> = {};
  const byCountry: Record<string, Counts> = {};
  for (const t of network.terminals.values()) {
    for (const mode of t.modes) bump(byMode, mode, 'terminals');
    bump(byCountry, t.country, 'terminals');
  }
  for (const s of network.services.values()) {
    bump(byMode, s.mode, 'services');
    for (const c of serviceCountries(network, s)) bump(byCountry, c, 'services');
  }
  for (const b of network.borders.values()) {
    bump(byMode, b.mode, 'borders');
    for (const c of borderCountries(network, b)) bump(byCountry, c, 'borders');
  }
  const m = network.manifest;
  const detail: NetworkDetail = {
    ...toNetworkSummary(network),
    emissions_version: network.emissionsVersion,
    modes: Object.keys(byMode).filter(
      (k) => (byMode[k]?.terminals ?? 0) > 0,
    ) as NetworkDetail['modes'],
    countries: Object.keys(byCountry).sort(),
    counts_by_mode: byMode,
    counts_by_country: byCountry,
    sources: [...network.sources.values()],
  };
  if (m.description !== undefined) detail.description = m.description;
  return detail;
}

export interface Filters {
  mode?: readonly string[] | undefined;
  country?: readonly string[] | undefined;
}

const hit = (wanted: readonly string[] | undefined, values: Iterable<string>): boolean => {
  if (!wanted || wanted.length === 0) return true;
  for (const v of values) if (wanted.includes(v)) return true;
  return false;
};

export function filterTerminals(network: Network, f: Filters): Terminal[] {
  return [...network.terminals.values()].filter(
    (t) => hit(f.mode, t.modes) && hit(f.country, [t.country]),
  );
}

export function filterServices(network: Network, f: Filters): Service[] {
  return [...network.services.values()].filter(
    (s) => hit(f.mode, [s.mode]) && hit(f.country, serviceCountries(network, s)),
  );
}

export function filterBorders(network: Network, f: Filters): BorderCrossing[] {
  return [...network.borders.values()].filter(
    (b) => hit(f.mode, [b.mode]) && hit(f.country, borderCountries(network, b)),
  );
}
