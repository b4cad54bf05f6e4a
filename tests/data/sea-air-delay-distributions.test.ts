/**
 * Sea and air services of the built-in network carry an arrival-delay distribution with provenance,
 * and each lognormal reproduces the published on-time share (and late-vessel mean) its note says it was fitted to.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadNetwork } from '../../src/network/index.ts';

const DIR = fileURLToPath(new URL('../../networks/inner-mongolia/', import.meta.url));
type Obj = Record<string, unknown>;
const services = (parse(readFileSync(`${DIR}services.yaml`, 'utf8')) as { services: Obj[] })
  .services;
const sourceIds = new Set(
  (parse(readFileSync(`${DIR}sources.yaml`, 'utf8')) as { sources: Obj[] }).sources.map((s) =>
    String(s.id),
  ),
);
const sea = services.filter((s) => s.mode === 'sea');
const air = services.filter((s) => s.mode === 'air');

const Z90 = 1.2815515655446004;
/** Standard normal CDF (Abramowitz–Stegun 7.1.26, |error| < 1.5e-7); written here so the check does not reuse the code under test. */
function phi(x: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(x) / Math.SQRT2));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + y) / 2 : (1 - y) / 2;
}
const params = (d: Obj) => ({
  mu: Math.log(Number(d.p50)),
  sigma: Math.log(Number(d.p90) / Number(d.p50)) / Z90,
});
const cdf = (d: Obj, x: number) => {
  const { mu, sigma } = params(d);
  return phi((Math.log(x) - mu) / sigma);
};
/** E[D | D > t] of a lognormal D. */
function meanAbove(d: Obj, t: number): number {
  const { mu, sigma } = params(d);
  const z = (Math.log(t) - mu) / sigma;
  return (Math.exp(mu + (sigma * sigma) / 2) * phi(sigma - z)) / (1 - phi(z));
}
const ids = (d: Obj): string[] =>
  typeof d.source === 'string' ? [d.source] : Array.isArray(d.source) ? (d.source as string[]) : [];

function expectProvenance(s: Obj): Obj {
  const d = s.delay_h as Obj | undefined;
  expect(d, `${String(s.id)} has no delay_h`).toBeDefined();
  expect(d!.dist, String(s.id)).toBe('lognormal');
  expect(
    Number(d!.p90),
    `${String(s.id)}: p90 must exceed p50 or the Monte Carlo draws nothing`,
  ).toBeGreaterThan(Number(d!.p50));
  // every number in the distribution rests on a source and says how it was fitted
  expect(ids(d!).length, `${String(s.id)} delay_h cites no source`).toBeGreaterThan(0);
  for (const id of ids(d!))
    expect(sourceIds.has(id), `${String(s.id)} cites unknown source ${id}`).toBe(true);
  expect(
    String(d!.assumption ?? '').length,
    `${String(s.id)} delay_h lacks an assumption saying how it was fitted`,
  ).toBeGreaterThan(40);
  return d!;
}

describe('delay distributions of sea services', () => {
  it('the network has sea services to check', () => expect(sea.length).toBeGreaterThanOrEqual(8));

  it.each(sea.map((s) => [String(s.id), s] as const))(
    '%s: lognormal delay with source and fitting assumption',
    (_id, s) => {
      const d = expectProvenance(s);
      // Sea-Intelligence counts a vessel on time within one calendar day: the fit is anchored at 24 h
      expect(String(d.assumption)).toMatch(/P\(delay <= 24 h\) = 0\.\d+/);
    },
  );

  it.each(sea.map((s) => [String(s.id), s] as const))(
    '%s: p50/p90 reproduce the on-time share and late-vessel mean of the fit',
    (_id, s) => {
      const d = s.delay_h as Obj;
      const share = Number(/P\(delay <= 24 h\) = (0\.\d+)/.exec(String(d.assumption))![1]);
      expect(
        Math.abs(cdf(d, 24) - share),
        `P(delay <= 24 h) = ${cdf(d, 24).toFixed(3)} vs ${share}`,
      ).toBeLessThan(0.02);
      const late = Number(/E\[delay \| delay > 24 h\] = ([\d.]+) h/.exec(String(d.note))![1]);
      expect(
        Math.abs(meanAbove(d, 24) / late - 1),
        `E[delay | > 24 h] = ${meanAbove(d, 24).toFixed(1)} h vs ${late} h`,
      ).toBeLessThan(0.05);
    },
  );

  it('the late-vessel means in the notes are the published day figures in hours (5.31 d global, 3.9 d Asia–North Europe)', () => {
    const notes = new Set(
      sea.map(
        (s) => /E\[delay \| delay > 24 h\] = ([\d.]+) h/.exec(String((s.delay_h as Obj).note))![1],
      ),
    );
    expect([...notes].map(Number).sort((a, b) => a - b)).toEqual([93.6, 127]);
    expect(Math.round(5.31 * 24)).toBe(127);
    expect(3.9 * 24).toBeCloseTo(93.6, 6);
  });

  it('generated return services keep the delay (the loader copies it)', async () => {
    const { network } = await loadNetwork(DIR);
    const loaded = [...network!.services.values()].filter((s) => s.mode === 'sea');
    expect(loaded.length).toBeGreaterThan(sea.length);
    for (const s of loaded) expect(s.delay_h, s.id).toMatchObject({ dist: 'lognormal' });
  });
});

describe('delay distributions of air services', () => {
  it.each(air.map((s) => [String(s.id), s] as const))(
    '%s: lognormal delay with source, reproducing the on-time share',
    (_id, s) => {
      const d = expectProvenance(s);
      const m = /P\(delay <= ([\d.]+) h\) = (0\.\d+)/.exec(String(d.assumption));
      expect(
        m,
        `${String(s.id)}: the assumption states the on-time share it was fitted to`,
      ).not.toBeNull();
      expect(Math.abs(cdf(d, Number(m![1])) - Number(m![2]))).toBeLessThan(0.02);
    },
  );
});
