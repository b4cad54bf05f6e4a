/**
 * A flow's choice set outside the event loop: the planner's route options for one booking of the
 * flow under given conditions, each timed door to door from ready times spread over four weeks of the
 * timetable (as the engine quotes them at booking, without capacity), so the logit's shares and its
 * expected generalized cost (logsum) per flow can be computed without simulating: what calibration
 * and elastic demand need.
 */
import type { Conditions, Network } from '../model/index.ts';
import { generalizedCostUsd, optionConstantUsd } from './choice.ts';
import { flowClassKey, type ShipmentSpec } from './demand.ts';
import { earliestLeaveH } from './departure-finder.ts';
import { expandDepartures, type ServiceDepartures } from './departures.ts';
import { medianDwellsOf, type MedianDwells } from './median-dwells.ts';
import type { OptionProvider } from './option-cache.ts';
import type { RouteOption } from './route-option.ts';
import type { ChoiceModel, DemandFlow, Scenario } from './scenario.schema.ts';
import { H_PER_DAY } from './timeline.ts';

/** days of the timetable sampled (four weeks: every weekday four times) and ready times per day */
const SAMPLE_DAYS = 28;
const SAMPLES_PER_DAY = 4;

export interface FlowChoiceSet {
  flow: DemandFlow;
  /** TEU-equivalent of one booking */
  teuEq: number;
  /** TEU-equivalent booked per week (the flow's weight in shares) */
  teuPerWeek: number;
  options: readonly RouteOption[];
  /** door-to-door hours of each option (option-major: o × samples + s); Infinity when it cannot leave */
  times: Float64Array;
  /** weight of each sample (the flow's weekday weights), summing to 1 */
  sampleWeights: Float64Array;
}

/** One booking of a flow as the provider reads it. */
function flowBooking(flow: DemandFlow, tPerTeu: number): ShipmentSpec {
  const teuEq = flow.shipment.teu ?? (flow.shipment.kg ?? 0) / (tPerTeu * 1000);
  return {
    id: 0,
    ready_h: 0,
    from: flow.from,
    to: flow.to,
    ...(flow.shipment.teu !== undefined ? { teu: flow.shipment.teu } : {}),
    ...(flow.shipment.kg !== undefined ? { kg: flow.shipment.kg } : {}),
    ...(flow.shipment.pieces !== undefined ? { pieces: flow.shipment.pieces } : {}),
    teu_eq: teuEq,
    regime: flow.regime,
    value_usd: flow.value_usd,
    cargo: flow.cargo,
    class_key: flowClassKey(flow),
    flow: flow.id,
    flow_seq: 0,
    draw_key: 0,
    ...(flow.constraints ? { constraints: flow.constraints } : {}),
  };
}

/** Door-to-door hours of `option` for cargo ready at `h`: first departures as timetabled, borders at their median dwell. */
function timeOf(
  option: RouteOption,
  h: number,
  departures: ReadonlyMap<string, ServiceDepartures>,
  medianDwellH: MedianDwells,
): number {
  let t = h;
  for (const step of option.steps) {
    if (step.kind === 'fixed') t += step.hours;
    else if (step.kind === 'border')
      t += step.extra_h + (medianDwellH.get(step.border)?.get(step.into) ?? 0);
    else if (step.kind === 'board') {
      const d = departures.get(step.service);
      if (!d) return Number.POSITIVE_INFINITY;
      // special cargo not before its permits, counted from the cargo's readiness (decisions C14)
      t = earliestLeaveH(step, d, t, h);
      if (t === Number.POSITIVE_INFINITY) return t;
    }
  }
  return t - h;
}

/**
 * The choice set of each flow (all, or those named) under `conditions`, options asked of the
 * provider once per flow at the horizon start, as the engine asks them.
 */
export function flowChoiceSets(
  network: Network,
  scenario: Scenario,
  provider: OptionProvider,
  conditions: Conditions,
  flowIds?: readonly string[],
): FlowChoiceSet[] {
  const tPerTeu = network.manifest.cargo_t_per_teu.value || 10;
  const departures = expandDepartures(network, scenario, 1 / (tPerTeu * 1000), () => 1);
  const medianDwellH = medianDwellsOf(network);
  const startMs = Date.parse(`${scenario.horizon.start}T00:00:00Z`);
  const firstWeekday = (new Date(startMs).getUTCDay() + 6) % 7; // Mon = 0
  const days = Math.min(SAMPLE_DAYS, scenario.horizon.days);
  const wanted = flowIds ? new Set(flowIds) : undefined;
  const out: FlowChoiceSet[] = [];
  for (const flow of scenario.demand.flows) {
    if (wanted && !wanted.has(flow.id)) continue;
    const booking = flowBooking(flow, tPerTeu);
    const options = provider(
      { from: flow.from, to: flow.to, shipment: booking },
      conditions,
      startMs,
    );
    const weekday = flow.weekday ?? [1, 1, 1, 1, 1, 1, 1];
    const samples = days * SAMPLES_PER_DAY;
    const sampleWeights = new Float64Array(samples);
    for (let s = 0; s < samples; s++)
      sampleWeights[s] = weekday[(firstWeekday + Math.floor(s / SAMPLES_PER_DAY)) % 7]!;
    const total = sampleWeights.reduce((a, b) => a + b, 0) || 1;
    for (let s = 0; s < samples; s++) sampleWeights[s] = sampleWeights[s]! / total;
    const times = new Float64Array(options.length * samples);
    options.forEach((o, k) => {
      for (let s = 0; s < samples; s++) {
        const h =
          (Math.floor(s / SAMPLES_PER_DAY) + ((s % SAMPLES_PER_DAY) + 0.5) / SAMPLES_PER_DAY) *
          H_PER_DAY;
        times[k * samples + s] = timeOf(o, h, departures, medianDwellH);
      }
    });
    const perBooking = flow.teu_per_week !== undefined ? flow.shipment.teu! : flow.shipment.pieces!;
    const bookingsPerWeek =
      ((flow.teu_per_week ?? flow.parcels_per_week ?? 0) * scenario.demand.scale) / perBooking;
    out.push({
      flow,
      teuEq: booking.teu_eq,
      teuPerWeek: bookingsPerWeek * booking.teu_eq,
      options,
      times,
      sampleWeights,
    });
  }
  return out;
}

/** The logit's cost per TEU of option k at sample s (generalized cost per TEU plus constants). */
function utilityUsd(model: ChoiceModel, set: FlowChoiceSet, k: number, s: number): number {
  const samples = set.sampleWeights.length;
  const option = set.options[k]!;
  const time_h = set.times[k * samples + s]!;
  if (!Number.isFinite(time_h)) return Number.POSITIVE_INFINITY;
  return (
    generalizedCostUsd(model, { option, time_h }, set.flow.value_usd) / Math.max(set.teuEq, 1e-6) +
    optionConstantUsd(model, option)
  );
}

/**
 * Mean choice probability of each option over the samples (the logit, or all-or-nothing for least
 * cost), and the expected generalized cost per TEU: the logsum −ln Σ exp(−λ·V) / λ for the logit, the
 * least V otherwise (NaN when no option can leave).
 */
export function choiceOf(
  model: ChoiceModel,
  set: FlowChoiceSet,
): { shares: Float64Array; expectedCostUsdPerTeu: number } {
  const n = set.options.length;
  const samples = set.sampleWeights.length;
  const shares = new Float64Array(n);
  const v = new Float64Array(n);
  let expected = 0;
  let weightUsed = 0;
  for (let s = 0; s < samples; s++) {
    let min = Number.POSITIVE_INFINITY;
    for (let k = 0; k < n; k++) {
      v[k] = utilityUsd(model, set, k, s);
      if (v[k]! < min) min = v[k]!;
    }
    if (!Number.isFinite(min)) continue;
    const w = set.sampleWeights[s]!;
    weightUsed += w;
    if (model.model !== 'logit') {
      const best = v.indexOf(min);
      shares[best] = shares[best]! + w;
      expected += w * min;
      continue;
    }
    let total = 0;
    for (let k = 0; k < n; k++) total += Math.exp(-model.scale_per_usd * (v[k]! - min));
    for (let k = 0; k < n; k++)
      shares[k] = shares[k]! + (w * Math.exp(-model.scale_per_usd * (v[k]! - min))) / total;
    expected += w * (min - Math.log(total) / model.scale_per_usd);
  }
  if (weightUsed === 0) return { shares, expectedCostUsdPerTeu: Number.NaN };
  for (let k = 0; k < n; k++) shares[k] = shares[k]! / weightUsed;
  return { shares, expectedCostUsdPerTeu: expected / weightUsed };
}
