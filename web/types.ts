/**
 * The API shapes the web view reads, as TYPES only (erased at build time). The web talks HTTP and
 * imports nothing at run time from src/; switch this file to src/contract once it exists.
 */
export type { PlanResult, Route, RouteLeg, TerminalRef, Corridor } from '../src/model/route.ts';
export type { RouteQueryInput, Objective } from '../src/model/query.ts';
export type { Mode, ServiceKind, TerminalKind, CustomsRegime, CargoFlag } from '../src/model/vocabulary.ts';

/** One entry of GET /api/v1/places. */
export interface Place {
  id: string;
  name: string;
  name_zh: string;
  city: string;
  city_zh: string;
  country: string;
  kinds: string[];
  modes: string[];
  lon: number;
  lat: number;
}

/** RFC 9457 problem body as the API sends it. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  code?: string;
  detail?: string;
  issues?: { path: string; message: string; hint?: string }[];
}

/** A source of figures, from the network summary. */
export interface SourceInfo {
  id: string;
  title: string;
  publisher?: string;
  date?: string;
  url?: string;
  note?: string;
}
