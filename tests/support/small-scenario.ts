/**
 * A small scenario file through the real planner and network: one Ordos–Moscow flow of half the
 * weekly train (the train takes about 16 days), with a frequency event (factor 1 changes nothing).
 */
export function smallScenario(o: {
  id?: string;
  days: number;
  seed: number;
  replications: number;
  trainsPerWeek?: number;
}): string {
  return `id: ${o.id ?? 'small'}
network: inner-mongolia
horizon: { start: "2024-03-04", days: ${o.days} }
seed: ${o.seed}
replications: ${o.replications}
demand:
  flows:
    - id: ordos-moscow
      constraints: { max_transfers: 0 }
      from: ordos-rail
      to: moscow
      teu_per_week: 60
      shipment: { teu: 2 }
      value_usd: 60000
      assumption: a test flow of half the weekly train
events:
  - type: frequency
    service: ordos-moscow-train
    factor: ${o.trainsPerWeek ?? 1}
    assumption: a test of a timetable change
`;
}
