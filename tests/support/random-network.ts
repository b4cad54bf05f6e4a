/**
 * fast-check arbitraries of small random networks (all in one country, rail and road, zero-cost
 * handling so every cost sits on the edges graphology also sees) and of shipments.
 */
import fc from 'fast-check';
import type { Drawing, DrawService } from './draw-network.ts';

export interface RandomNetwork {
  drawing: Drawing;
  ids: string[];
}

const weekday = fc.constantFrom('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun');
const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

export function randomNetwork(
  opts: { minTerminals?: number; maxTerminals?: number; maxServices?: number } = {},
): fc.Arbitrary<RandomNetwork> {
  const minT = opts.minTerminals ?? 3;
  const maxT = opts.maxTerminals ?? 7;
  return fc.integer({ min: minT, max: maxT }).chain((n) => {
    const ids = Array.from({ length: n }, (_, i) => `t${i}`);
    const stop = fc.integer({ min: 0, max: n - 1 });
    const service: fc.Arbitrary<DrawService> = fc
      .record({
        mode: fc.constantFrom('rail' as const, 'road' as const),
        stops: fc.array(stop, { minLength: 2, maxLength: 4 }),
        usd: fc.integer({ min: 0, max: 3000 }),
        weekly: fc.array(
          fc.tuple(weekday, hhmm).map(([d, t]) => `${d} ${t}`),
          { minLength: 1, maxLength: 3 },
        ),
        onDemand: fc.boolean(),
      })
      // a loop back to its first stop has no first-to-last ride to price
      .filter(
        (s) =>
          s.stops.every((x, i) => i === 0 || x !== s.stops[i - 1]) && s.stops[0] !== s.stops.at(-1),
      )
      .map((s) => ({
        mode: s.mode,
        stops: s.stops.map((x) => ids[x]!),
        // cargo boards and leaves at every stop, rides in between paying their distance share
        loads_at: 'every' as const,
        unloads_at: 'every' as const,
        usd: s.usd,
        ...(s.mode === 'road' && s.onDemand ? { on_demand_h: 4 } : { weekly: s.weekly }),
      }));
    return fc
      .record({
        at: fc.array(
          fc.tuple(
            fc.double({ min: 100, max: 120, noNaN: true }),
            fc.double({ min: 30, max: 45, noNaN: true }),
          ),
          { minLength: n, maxLength: n },
        ),
        services: fc.array(service, { minLength: 1, maxLength: opts.maxServices ?? 10 }),
      })
      .map(({ at, services }) => ({
        ids,
        drawing: {
          terminals: Object.fromEntries(
            ids.map((id, i) => [
              id,
              {
                country: 'CN',
                at: at[i] as [number, number],
                modes: ['rail', 'road'] as ('rail' | 'road')[],
              },
            ]),
          ),
          services: Object.fromEntries(services.map((s, i) => [`s${i}`, s])),
          handling: [{ modes: ['rail', 'road'] as ['rail', 'road'], time_h: 0, usd_per_teu: 0 }],
          regimes: {},
        },
      }));
  });
}
