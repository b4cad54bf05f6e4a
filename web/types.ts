/**
 * The API shapes the web view reads, as TYPES only from src/contract (erased at build time): the
 * web talks HTTP and imports nothing from src/ at run time.
 */
import type {
  NetworkDetail,
  Place,
  Problem as ContractProblem,
  RouteRequestInput,
  RouteResponse,
} from '../src/contract/index.ts';

export type PlanResult = RouteResponse;
export type Route = RouteResponse['routes'][number];
export type RouteLeg = Route['legs'][number];
export type TerminalRef = Route['from'];
export type CorridorRow = NonNullable<RouteResponse['corridors']>[number];
export type RouteQueryInput = RouteRequestInput;
export type Objective = NonNullable<RouteRequestInput['objective']>;
export type Mode = RouteLeg['mode'];
export type CustomsRegime = NonNullable<RouteRequestInput['shipment']['regime']>;
export type CargoFlag = NonNullable<RouteRequestInput['shipment']['cargo']>[number];
export type SourceInfo = NetworkDetail['sources'][number];
export type { NetworkDetail, Place };

/** RFC 9457 problem body; fields the server always sends are optional here because a proxy or a crash may answer instead. */
export type Problem = Pick<ContractProblem, 'title' | 'status'> &
  Partial<Omit<ContractProblem, 'title' | 'status'>>;
export type {
  CargoAmount,
  CorridorReasonCode,
  MessageParams,
  NoRouteCode,
  NoticeCode,
  RateTerm,
} from '../src/contract/index.ts';
