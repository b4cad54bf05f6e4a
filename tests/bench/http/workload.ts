/**
 * What a load run sends, described once so that wrk (through a generated Lua script) and autocannon
 * (through setupRequest) send the same requests in the same order.
 *
 * - `get`: GET requests cycling through `paths` (autocomplete keystrokes).
 * - `post`: POST requests cycling through `bodies` (repeated queries: the answer cache's case).
 * - `post-unique`: every request a query the server has not seen: request n (counted from
 *   `offset`) takes template n mod T, kg = 5,000 + (n × 7,919 mod 15,000) and value_usd =
 *   100,000 + n. The sequence is fixed, so a run is reproducible; runs against the same server take
 *   disjoint offsets so that no run is answered from an earlier one's cache.
 */

/** A POST body with `%d` where the shipment's kg and then its value_usd go. */
export type QueryTemplate = string;

export type Workload =
  | { kind: 'get'; paths: string[] }
  | { kind: 'post'; path: string; bodies: string[] }
  | { kind: 'post-unique'; path: string; templates: QueryTemplate[]; offset: number };

/** kg = KG_BASE + (n × KG_STEP mod KG_SPAN); value_usd = VALUE_BASE + n (also written into wrk's Lua). */
export const UNIQUE = { KG_BASE: 5_000, KG_STEP: 7_919, KG_SPAN: 15_000, VALUE_BASE: 100_000 };
const uniqueKg = (n: number): number => UNIQUE.KG_BASE + ((n * UNIQUE.KG_STEP) % UNIQUE.KG_SPAN);
const uniqueValueUsd = (n: number): number => UNIQUE.VALUE_BASE + n;

/** Request n of a `post-unique` workload (n counts from the workload's offset). */
export function uniqueBody(templates: QueryTemplate[], n: number): string {
  const template = templates[n % templates.length] ?? '';
  let i = 0;
  return template.replace(/%d/g, () => String(i++ === 0 ? uniqueKg(n) : uniqueValueUsd(n)));
}

/** Turns a route query into a template: its shipment's kg and value_usd become the placeholders. */
export function toTemplate(query: {
  from: string;
  to: string;
  depart: string;
  objective: string;
  feu: number;
}): QueryTemplate {
  const head = JSON.stringify({ from: query.from, to: query.to, depart: query.depart }).slice(
    0,
    -1,
  );
  return `${head},"shipment":{"feu":${query.feu},"kg":%d,"value_usd":%d},"objective":${JSON.stringify(query.objective)}}`;
}

export function describeWorkload(w: Workload): string {
  switch (w.kind) {
    case 'get':
      return `GET ${w.paths.length} paths in turn`;
    case 'post':
      return `POST ${w.path}, ${w.bodies.length} bodies in turn (repeated)`;
    case 'post-unique':
      return `POST ${w.path}, every body new (${w.templates.length} origin/destination/objective templates × kg × value)`;
  }
}
