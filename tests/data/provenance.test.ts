/**
 * No figure in the built-in network lacks provenance: every object holding a number (or a list of numbers)
 * has a `source` or an `assumption`; cited ids exist; every source is cited and says who published it where.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../networks/inner-mongolia', import.meta.url));
const FILES = [
  'network',
  'sources',
  'terminals',
  'services',
  'borders',
  'emissions',
  'customs',
  'corridors',
  'legality',
];
/**
 * Files beside the network that the loader does not read but that cite its sources: validation.yaml
 * (published figures the planner is measured against, read by `corridor validate-figures`).
 */
const BESIDE = ['validation'];
const CITING = [...FILES, ...BESIDE];
/**
 * Folders beside the network whose files cite its sources for their own numbers: scenarios (choice
 * model, elasticity, flows) and calibration targets (observed shares). Their ids are checked when a
 * scenario or an observed-shares file is read; here they count as citations.
 */
const CITING_FOLDERS = ['scenarios', 'calibration'];
const besideFiles = CITING_FOLDERS.flatMap((folder) =>
  readdirSync(join(DIR, folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join(DIR, folder, f), 'utf8')) as unknown),
);
/** Plain numbers the format allows without provenance: identifiers, not measurements. */
const PLAIN_NUMBER_KEYS = new Set(['gauge_mm', 'reference_year', 'dangerous_goods_classes']);

const parsed = new Map(
  CITING.map((f) => [f, parse(readFileSync(join(DIR, `${f}.yaml`), 'utf8')) as unknown]),
);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const holdsNumber = (v: unknown): boolean =>
  typeof v === 'number' || (Array.isArray(v) && v.some(holdsNumber));

/** Every object in a parsed file with its path. */
function* objects(v: unknown, path: string): Generator<[Obj, string]> {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) yield* objects(v[i], `${path}[${i}]`);
  } else if (isObj(v)) {
    yield [v, path];
    for (const [k, child] of Object.entries(v)) yield* objects(child, path ? `${path}.${k}` : k);
  }
}

const citedIds = (o: Obj): string[] =>
  typeof o.source === 'string' ? [o.source] : Array.isArray(o.source) ? (o.source as string[]) : [];
const sources = (parsed.get('sources') as { sources: Obj[] }).sources;
const sourceIds = new Set(sources.map((s) => String(s.id)));

describe('provenance of the built-in network', () => {
  it('has all nine files and no others that the loader would ignore (but validation.yaml)', () => {
    const yamls = readdirSync(DIR)
      .filter((f) => f.endsWith('.yaml'))
      .sort();
    expect(yamls).toEqual(CITING.map((f) => `${f}.yaml`).sort());
  });

  // corridors.yaml and legality.yaml hold names, rules and dates only, no figures
  it.each(FILES.filter((f) => f !== 'sources' && f !== 'corridors' && f !== 'legality'))(
    '%s.yaml: every figure-shaped object has a source or an assumption',
    (file) => {
      const missing: string[] = [];
      let figures = 0;
      for (const [o, path] of objects(parsed.get(file), '')) {
        const numeric = Object.entries(o).filter(
          ([k, v]) => !PLAIN_NUMBER_KEYS.has(k) && holdsNumber(v),
        );
        if (numeric.length === 0) continue;
        figures++;
        const hasSource = citedIds(o).length > 0;
        const hasAssumption = typeof o.assumption === 'string' && o.assumption.trim().length >= 10;
        if (!hasSource && !hasAssumption)
          missing.push(`${path} (${numeric.map(([k]) => k).join(', ')})`);
      }
      expect(figures).toBeGreaterThan(0);
      expect(missing).toEqual([]);
    },
  );

  it('cites only sources that exist', () => {
    const unknown: string[] = [];
    for (const file of CITING) {
      for (const [o, path] of objects(parsed.get(file), '')) {
        for (const id of citedIds(o))
          if (!sourceIds.has(id)) unknown.push(`${file}.yaml ${path}: ${id}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('cites every source at least once (no decorative sources)', () => {
    const cited = new Set<string>();
    for (const data of [...CITING.map((f) => parsed.get(f)), ...besideFiles])
      for (const [o] of objects(data, '')) citedIds(o).forEach((id) => cited.add(id));
    expect([...sourceIds].filter((id) => !cited.has(id))).toEqual([]);
  });

  it('gives every source a title, a publisher, an address and a date (or says it is undated)', () => {
    for (const s of sources) {
      expect(String(s.title ?? ''), String(s.id)).not.toBe('');
      expect(String(s.publisher ?? ''), String(s.id)).not.toBe('');
      expect(String(s.url ?? ''), String(s.id)).toMatch(/^https?:\/\//);
      const dated = typeof s.date === 'string' || /undated|c\. \d{4}/i.test(String(s.note ?? ''));
      expect(dated, `${String(s.id)} has no date and does not say it is undated`).toBe(true);
    }
  });

  it('marks every waypoint list as a drawing aid', () => {
    const services = (parsed.get('services') as { services: Obj[] }).services;
    let count = 0;
    for (const s of services) {
      for (const leg of s.legs as Obj[]) {
        if (!isObj(leg.waypoints)) continue;
        count++;
        expect(String(leg.waypoints.assumption), String(s.id)).toMatch(
          /^drawing aid: approximate path through /,
        );
      }
    }
    expect(count).toBeGreaterThan(10);
  });
});
