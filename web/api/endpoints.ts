/** Typed calls to the corridor-planner HTTP API (the agreed /api/v1 endpoints). */
import type { FeatureCollection } from 'geojson';
import type { NetworkDetail, Objective, Place, PlanResult, SourceInfo } from '../types.ts';
import { DEFAULT_RETRY, getJson, postJson } from './client.ts';
import { toRequestBody, type QueryState } from '../view-model/query-state.ts';

export interface NetworkListEntry {
  id: string;
  name: string;
  name_zh: string;
  reference_year: number;
  counts: { terminals: number; services: number; borders: number };
}

export type NetworkSummary = Partial<Omit<NetworkDetail, 'sources'>> & {
  sources?: SourceInfo[] | Record<string, SourceInfo>;
};

const enc = encodeURIComponent;

export const api = {
  networks: () => getJson<{ networks: NetworkListEntry[] }>('/api/v1/networks'),
  summary: (network: string) => getJson<NetworkSummary>(`/api/v1/networks/${enc(network)}`),
  geojson: (network: string) =>
    getJson<FeatureCollection>(`/api/v1/networks/${enc(network)}/geojson`),
  places: (network: string, q: string, signal?: AbortSignal) =>
    getJson<{ places: Place[] }>(
      `/api/v1/places?q=${enc(q)}&network=${enc(network)}&limit=8`,
      signal,
    ),
  routes: (network: string, q: QueryState, objective?: Objective, signal?: AbortSignal) =>
    postJson<PlanResult>('/api/v1/routes', toRequestBody(q, network, objective), signal),
  /** The one answer the list, the comparison and the charts are drawn from. */
  compare: (
    network: string,
    q: QueryState,
    signal?: AbortSignal,
    onRetry?: (attempt: number, delayMs: number) => void,
  ) =>
    postJson<PlanResult>(
      '/api/v1/corridors/compare',
      toRequestBody(q, network),
      signal,
      onRetry ? { ...DEFAULT_RETRY, onRetry } : DEFAULT_RETRY,
    ),
};

/** The sources of a network summary as a map by id, whichever form the summary uses. */
export function sourcesById(summary: NetworkSummary | undefined): Map<string, SourceInfo> {
  const out = new Map<string, SourceInfo>();
  const s = summary?.sources;
  if (Array.isArray(s)) for (const src of s) out.set(src.id, src);
  else if (s && typeof s === 'object')
    for (const [id, src] of Object.entries(s)) out.set(id, { ...src, id });
  return out;
}
