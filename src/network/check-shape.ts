/**
 * Shape check: each file against its zod schema. All shape issues are reported; records that pass
 * on their own are kept (a Draft) so the reference and sanity checks can still run on them.
 */
import type { z } from 'zod';
import {
  BorderCrossing,
  CorridorGroup,
  DestinationCustoms,
  EmissionFactor,
  LegalityRule,
  NETWORK_FILES,
  RegimeRule,
  Service,
  Source,
  Terminal,
  TruckingArea,
  type NetworkFileName,
} from '../model/index.ts';
import type { Draft, Indexed } from './draft.ts';
import type { ParsedFile } from './parsed-file.ts';
import type { Reporter } from './reporter.ts';

/** Record arrays inside each file, checked one by one when the whole file fails. */
const RECORDS: Partial<Record<NetworkFileName, { key: string; schema: z.ZodType }>> = {
  sources: { key: 'sources', schema: Source },
  terminals: { key: 'terminals', schema: Terminal },
  services: { key: 'services', schema: Service },
  borders: { key: 'borders', schema: BorderCrossing },
  emissions: { key: 'factors', schema: EmissionFactor },
  customs: { key: 'regimes', schema: RegimeRule },
  corridors: { key: 'groups', schema: CorridorGroup },
  legality: { key: 'rules', schema: LegalityRule },
};

/** zod's "expected string, received undefined" said the way a person editing YAML reads it. */
function describe(issue: z.core.$ZodIssue): string {
  const missing = /^Invalid input: expected (\w+), received undefined$/.exec(issue.message);
  if (missing) return `required field is missing (expected ${missing[1]})`;
  return issue.message;
}

function records<T>(kind: NetworkFileName, data: unknown, parsed: unknown): Indexed<T>[] {
  const spec = RECORDS[kind];
  if (!spec) return [];
  if (parsed !== undefined)
    return ((parsed as Record<string, T[]>)[spec.key] ?? []).map((value, index) => ({
      value,
      index,
    }));
  const raw = (data as Record<string, unknown> | null)?.[spec.key];
  if (!Array.isArray(raw)) return [];
  const kept: Indexed<T>[] = [];
  raw.forEach((item, index) => {
    const result = spec.schema.safeParse(item);
    if (result.success) kept.push({ value: result.data as T, index });
  });
  return kept;
}

/** A file's second record list (customs.yaml `destinations`, services.yaml `trucking_areas`), kept record by record like RECORDS when the file fails. */
function secondRecords<T>(
  key: string,
  schema: z.ZodType<T>,
  data: unknown,
  parsed: unknown,
): Indexed<T>[] {
  if (parsed !== undefined)
    return ((parsed as Record<string, T[] | undefined>)[key] ?? []).map((value, index) => ({
      value,
      index,
    }));
  const raw = (data as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(raw)) return [];
  const kept: Indexed<T>[] = [];
  raw.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) kept.push({ value: result.data, index });
  });
  return kept;
}

export function checkShape(
  files: ReadonlyMap<NetworkFileName, ParsedFile>,
  report: Reporter,
): Draft {
  const parsedByKind = new Map<NetworkFileName, unknown>();
  for (const [kind, file] of files) {
    if (file.data === undefined) continue;
    const result = NETWORK_FILES[kind].safeParse(file.data);
    if (result.success) {
      parsedByKind.set(kind, result.data);
    } else {
      for (const issue of result.error.issues)
        report.error(kind, issue.path as (string | number)[], describe(issue));
    }
  }
  const dataOf = (kind: NetworkFileName) => files.get(kind)?.data;
  const emissions = parsedByKind.get('emissions') as
    z.infer<(typeof NETWORK_FILES)['emissions']> | undefined;
  const draft: Draft = {
    sources: records('sources', dataOf('sources'), parsedByKind.get('sources')),
    terminals: records('terminals', dataOf('terminals'), parsedByKind.get('terminals')),
    services: records('services', dataOf('services'), parsedByKind.get('services')),
    borders: records('borders', dataOf('borders'), parsedByKind.get('borders')),
    factors: records('emissions', dataOf('emissions'), parsedByKind.get('emissions')),
    regimes: records('customs', dataOf('customs'), parsedByKind.get('customs')),
    corridorGroups: records('corridors', dataOf('corridors'), parsedByKind.get('corridors')),
    legalityRules: records('legality', dataOf('legality'), parsedByKind.get('legality')),
    destinations: secondRecords(
      'destinations',
      DestinationCustoms,
      dataOf('customs'),
      parsedByKind.get('customs'),
    ),
    truckingAreas: secondRecords(
      'trucking_areas',
      TruckingArea,
      dataOf('services'),
      parsedByKind.get('services'),
    ),
  };
  const manifest = parsedByKind.get('network') as Draft['manifest'];
  if (manifest) draft.manifest = manifest;
  if (emissions) {
    draft.emissionsVersion = emissions.version;
    if (emissions.hub_co2e_kg_per_t) draft.hubCo2eKgPerT = emissions.hub_co2e_kg_per_t.value;
  }
  return draft;
}
