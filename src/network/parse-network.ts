/**
 * parseNetwork: the whole validation pipeline over in-memory file texts (pure, no file access).
 * Syntax → shape → ids and references → provenance → sanity; every stage runs on what the earlier
 * ones could read, so one pass reports all issues. A Network is returned only when there is no error.
 */
import type { Issue, Network, NetworkFileName } from '../model/index.ts';
import { indexBorders } from './border-index.ts';
import { buildNetwork } from './build-network.ts';
import { checkBorders } from './check-borders.ts';
import { checkCorridorGroups } from './check-corridor-groups.ts';
import { checkSpecialCargoLeadTimes } from './check-special-cargo.ts';
import { checkLegality } from './check-legality.ts';
import { checkProvenance } from './check-provenance.ts';
import { checkReferences } from './check-references.ts';
import { FILE_KINDS, fileKind } from './file-kind.ts';
import { checkTruckingAreas } from './check-trucking-areas.ts';
import { deriveDrivingTimes } from './derive-driving-times.ts';
import { checkServices } from './check-services.ts';
import { checkShape } from './check-shape.ts';
import { checkTerminals } from './check-terminals.ts';
import { parseFile, restoreFile, type FileSnapshot, type RecordingFile } from './parsed-file.ts';
import { createReporter } from './reporter.ts';

export interface NetworkFileText {
  /** base name with extension, e.g. "services.yaml" */
  name: string;
  text: string;
  /** the snapshot of an earlier parse of this very text, to skip parsing it again */
  snapshot?: FileSnapshot;
}

export interface ParseResult {
  network?: Network;
  issues: Issue[];
  /** per file read without syntax errors: what a later load of the same text can restore */
  snapshots?: { name: string; snapshot: FileSnapshot }[];
}

/** Files a network may leave out. */
const OPTIONAL_KINDS: ReadonlySet<NetworkFileName> = new Set(['corridors', 'legality']);

export function parseNetwork(files: readonly NetworkFileText[]): ParseResult {
  const pre: Issue[] = [];
  const parsed = new Map<NetworkFileName, RecordingFile>();
  const readable: RecordingFile[] = [];
  for (const { name, text, snapshot } of files) {
    const kind = fileKind(name);
    if (!kind) {
      pre.push({
        severity: 'warning',
        file: name,
        path: '(file)',
        message: `not a network file (expected one of ${FILE_KINDS.map((k) => `${k}.yaml`).join(', ')}); ignored`,
      });
      continue;
    }
    const other = parsed.get(kind);
    if (other) {
      pre.push({
        severity: 'error',
        file: name,
        path: '(file)',
        message: `${other.name} and ${name} both define ${kind}; keep one`,
      });
      continue;
    }
    if (snapshot) {
      const file = restoreFile(name, text, snapshot);
      parsed.set(kind, file);
      readable.push(file);
      continue;
    }
    const { file, issues } = parseFile(name, text);
    parsed.set(kind, file);
    if (issues.length === 0) readable.push(file);
    pre.push(...issues);
  }
  for (const kind of FILE_KINDS) {
    if (!parsed.has(kind) && !OPTIONAL_KINDS.has(kind))
      pre.push({
        severity: 'error',
        file: `${kind}.yaml`,
        path: '(file)',
        message: `missing: a network needs ${kind}.yaml (or .yml / .json)`,
      });
  }

  const report = createReporter(parsed);
  for (const issue of pre) report.add(issue);
  const draft = checkShape(parsed, report);
  const lookups = checkReferences(draft, report);
  deriveDrivingTimes(draft, lookups.terminals, report);
  checkProvenance(parsed, lookups.sourceIds, report);
  const borders = indexBorders(draft.borders.map((b) => b.value));
  checkServices(draft, lookups.terminals, borders, report);
  checkBorders(draft, lookups.terminals, report);
  checkTerminals(draft, report);
  checkCorridorGroups(draft, lookups.terminals, report);
  checkLegality(draft, lookups.terminals, report);
  checkTruckingAreas(draft, lookups.terminals, report);
  checkSpecialCargoLeadTimes(draft, lookups.terminals, report);

  const issues = sortIssues(report.issues);
  const snapshots = readable.map((file) => ({ name: file.name, snapshot: file.snapshot() }));
  if (report.hasErrors()) return { issues, snapshots };
  return { network: buildNetwork(draft), issues, snapshots };
}

/** Errors first, then by file order of the format, line and path, so output reads top to bottom. */
function sortIssues(issues: Issue[]): Issue[] {
  const order = (file?: string) => {
    const kind = file ? fileKind(file) : undefined;
    return kind ? FILE_KINDS.indexOf(kind) : FILE_KINDS.length;
  };
  return [...issues].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      order(a.file) - order(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.path.localeCompare(b.path),
  );
}
