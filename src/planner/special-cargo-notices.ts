/**
 * What the planner says about special-cargo surcharges (docs/decisions.md C3): for the first route,
 * one notice per mode and cargo flag that paid one, with the rides, the total, the rates filed and
 * their sources (or that they are assumptions).
 */
import { ratesUsed, specialCargoCharges, type CostContext } from '../costing/index.ts';
import type { Mode, Notice, Route, SpecialCargoSurcharge } from '../model/index.ts';

const usdText = (x: number): string =>
  `USD ${x.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

/** "USD 1,500 per FEU", "USD 0.5 per kg, at least USD 100". */
function rateText(r: SpecialCargoSurcharge): string {
  const unit = r.unit === 'chargeable_kg' ? 'chargeable kg' : r.unit;
  const per = unit === 'teu' || unit === 'feu' ? unit.toUpperCase() : unit;
  return `${usdText(r.usd)} per ${per}${r.min_usd ? `, at least ${usdText(r.min_usd)}` : ''}`;
}

function sourcesOf(rates: readonly SpecialCargoSurcharge[]): string[] {
  const ids = new Set<string>();
  let assumed = false;
  for (const r of rates) {
    for (const id of [r.source ?? []].flat()) ids.add(id);
    if (r.assumption) assumed = true;
  }
  return [...ids, ...(assumed ? ['assumption'] : [])];
}

/** Notices naming the surcharges the first route pays, by mode and cargo flag. */
export function specialCargoNotices(route: Route, cost: CostContext): Notice[] {
  const rides = new Map<Mode, number>();
  for (const leg of route.legs)
    if ((leg.special_cargo_usd ?? 0) > 0) rides.set(leg.mode, (rides.get(leg.mode) ?? 0) + 1);
  const notices: Notice[] = [];
  for (const [mode, n] of rides) {
    for (const c of specialCargoCharges(mode, cost)) {
      const usd = Math.round(c.usd * n * 100) / 100;
      const used = ratesUsed(c.rates, cost.units);
      const rates = used.map(rateText);
      const sources = sourcesOf(used);
      const flag = c.cargo.replaceAll('_', ' ');
      notices.push({
        code: 'SPECIAL_CARGO_SURCHARGE',
        params: { flag: c.cargo, mode, rides: n, usd, rates, sources },
        text: `${flag} surcharge on the ${mode} ride${n > 1 ? 's' : ''} of the first route: ${usdText(usd)} (${rates.join('; ')}; ${sources.join(', ')})`,
      });
    }
  }
  return notices;
}
