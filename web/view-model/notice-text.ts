/**
 * The planner's no-route reasons, warnings and corridor reasons worded for a planner, in the page's
 * language, from their code and params (the API sends both forms). The API's English text is written
 * for API clients and names request fields ("constraints.avoid_countries"); the page never shows a
 * field path, so both languages are worded here. A code this page does not know falls back to the
 * API's text with any field path taken out.
 */
import type {
  CorridorReasonCode,
  MessageParams,
  NoRouteCode,
  NoticeCode,
  CargoAmount,
  RateTerm,
} from '../types.ts';
import { formatDate, formatDateTime, formatNumber, formatUsd } from './format.ts';
import { countryName, tDynamic, type Lang } from './i18n.ts';
import { DEFAULT_TIME_ZONE, type TimeZoneId } from './time-zone.ts';

/** Display names of ids the texts mention; the page passes the network's names, tests may pass none. */
export interface Namer {
  terminal(id: string): string;
  border(id: string): string;
  service(id: string): string;
}
const ID_NAMER: Namer = { terminal: (id) => id, border: (id) => id, service: (id) => id };

/** Reads the params a template needs; a missing or mistyped one throws, and the caller falls back to the text. */
interface Params {
  /** the zone the page shows times in */
  zone: TimeZoneId;
  str(name: string): string;
  num(name: string): number;
  list(name: string): string[];
  /** rates as numbers (a special-cargo surcharge's `rate_terms`) */
  terms(name: string): RateTerm[];
  /** an amount of cargo as numbers (the capacity texts' `*_amount`) */
  amount(name: string): CargoAmount;
}
const AMOUNT_KEYS = ['feu', 'teu', 'kg'] as const;
const isAmount = (a: unknown): a is CargoAmount =>
  typeof a === 'object' &&
  a !== null &&
  !Array.isArray(a) &&
  Object.entries(a).every(
    ([k, v]) => (AMOUNT_KEYS as readonly string[]).includes(k) && typeof v === 'number',
  );
const isRateTerm = (t: unknown): t is RateTerm =>
  typeof t === 'object' &&
  t !== null &&
  (typeof (t as { share?: unknown }).share === 'number' ||
    (typeof (t as { usd?: unknown }).usd === 'number' &&
      Object.hasOwn(RATE_UNIT.en, String((t as { unit?: unknown }).unit))));
function paramsOf(p: MessageParams, zone: TimeZoneId): Params {
  return {
    zone,
    str(name) {
      const v = p[name];
      if (typeof v === 'string') return v;
      if (typeof v === 'number') return String(v);
      throw new Error(`param ${name} is not a string`);
    },
    num(name) {
      const v = p[name];
      if (typeof v !== 'number') throw new Error(`param ${name} is not a number`);
      return v;
    },
    list(name) {
      const v = p[name];
      if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
        throw new Error(`param ${name} is not a list of strings`);
      return v;
    },
    amount(name) {
      const v = p[name];
      if (!isAmount(v)) throw new Error(`param ${name} is not an amount`);
      return v;
    },
    terms(name) {
      const v = p[name];
      if (!Array.isArray(v) || !v.every(isRateTerm))
        throw new Error(`param ${name} is not a list of rates`);
      return v;
    },
  };
}

type Template = (p: Params, n: Namer) => string;
export type MessageCode = NoRouteCode | NoticeCode | CorridorReasonCode;

const zhList = (items: string[]): string => items.join('、');
/** A name quoted in a sentence: a legality rule's, which runs long and has its own brackets. */
const zhQuoted = (name: string) => `「${name}」`;
const quoted = (name: string) => `“${name}”`;
const enList = (items: string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
const modes = (lang: Lang, p: Params) => p.list('modes').map((m) => tDynamic(lang, `mode.${m}`));
const regime = (lang: Lang, p: Params) => tDynamic(lang, `regime.${p.str('regime')}`);
const cargo = (lang: Lang, flags: string[]) => flags.map((c) => tDynamic(lang, `cargo.${c}`));
/** A deadline is a date or a date-time: show it as the user would write it. */
const when = (lang: Lang, iso: string, zone: TimeZoneId) =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(lang, iso) : formatDateTime(lang, iso, zone);
/** "avoided" lists countries (two capitals) and ids of borders or terminals. */
/** A parcel product's tariff basis in words (decisions C4): per piece + per kg, or weight steps. */
function parcelBasis(lang: Lang, p: Params): string {
  const steps = p.str('basis') === 'steps';
  const divisor = p.num('divisor');
  if (lang === 'zh') {
    const w = steps
      ? `首重 ${formatNumber('zh', p.num('first_kg'))} 千克 + 每续重 ${formatNumber('zh', p.num('step_kg'))} 千克`
      : '按件 + 按千克';
    return `${w}计费，计费重量${divisor > 0 ? `取实重与体积重（立方厘米 ÷ ${formatNumber('zh', divisor)}）之大者` : '按实重'}`;
  }
  const w = steps
    ? `first ${formatNumber('en', p.num('first_kg'))} kg + each further ${formatNumber('en', p.num('step_kg'))} kg`
    : 'per piece + per kg';
  return `${w}, chargeable weight ${divisor > 0 ? `the greater of actual and volumetric (cm³ ÷ ${formatNumber('en', divisor)})` : 'actual'}`;
}

/** What a surcharge rate is per, in each language: boxes as the notices count them (400 FEU), kg as 千克 (as the page's labels say it). */
const RATE_UNIT: Record<Lang, Record<Extract<RateTerm, { unit: unknown }>['unit'], string>> = {
  en: {
    teu: 'TEU',
    feu: 'FEU',
    truck: 'truck',
    kg: 'kg',
    chargeable_kg: 'chargeable kg',
    shipment: 'shipment',
  },
  zh: {
    teu: 'TEU',
    feu: 'FEU',
    truck: '车',
    kg: '千克',
    chargeable_kg: '计费千克',
    shipment: '票',
  },
};
/** Money in a rate: whole dollars, or to the cent for a rate below them ("US$0.50 per kg"). */
const rateUsd = (lang: Lang, usd: number) => formatUsd(lang, usd, Number.isInteger(usd) ? 0 : 2);
/** A special-cargo surcharge's rates (decisions C3, C5) from their numbers: "US$0.50 per kg, at least US$100". */
function rateTerms(lang: Lang, p: Params): string {
  return p
    .terms('rate_terms')
    .map((r) => {
      if ('share' in r) {
        const pct = formatNumber(lang, r.share * 100, 1);
        return lang === 'zh' ? `干线运费的 ${pct}%` : `${pct}% of the line haul`;
      }
      const unit = RATE_UNIT[lang][r.unit];
      const min = r.min_usd ? rateUsd(lang, r.min_usd) : undefined;
      return lang === 'zh'
        ? `每${unit} ${rateUsd('zh', r.usd)}${min ? `，至少 ${min}` : ''}`
        : `${rateUsd('en', r.usd)} per ${unit}${min ? `, at least ${min}` : ''}`;
    })
    .join(lang === 'zh' ? '；' : '; ');
}

/**
 * An amount of cargo from its numbers: "400 FEU", "3 FEU + 2 TEU", "52,000 kg" (zh 千克, as the other
 * notices say it); no box at all is "nothing" in English, 0 of the shipment's boxes in Chinese.
 */
function qty(lang: Lang, p: Params, name: string): string {
  const a = p.amount(`${name}_amount`);
  const word = RATE_UNIT[lang];
  const parts = AMOUNT_KEYS.filter((k) => a[k] !== undefined && (a[k] !== 0 || k === 'kg')).map(
    (k) => `${formatNumber(lang, a[k]!)} ${word[k]}`,
  );
  if (parts.length > 0) return parts.join(' + ');
  const unit = AMOUNT_KEYS.find((k) => a[k] !== undefined);
  if (lang === 'en' || unit === undefined) return lang === 'en' ? 'nothing' : '0';
  return `0 ${word[unit]}`;
}

const avoidedName = (lang: Lang, n: Namer, id: string) =>
  /^[A-Z]{2}$/.test(id)
    ? countryName(lang, id)
    : n.border(id) !== id
      ? n.border(id)
      : n.terminal(id);

const EN: Record<MessageCode, Template> = {
  AVOID_COUNTRIES: (p) =>
    `No corridor is left once ${enList(p.list('countries').map((c) => countryName('en', c)))} ${p.list('countries').length > 1 ? 'are' : 'is'} avoided.`,
  AVOID_TERMINALS: (p, n) =>
    `No corridor is left once ${enList(p.list('terminals').map(n.terminal))} ${p.list('terminals').length > 1 ? 'are' : 'is'} avoided.`,
  AVOID_BORDERS: (p, n) =>
    `No corridor is left once the crossing${p.list('borders').length > 1 ? 's' : ''} ${enList(p.list('borders').map(n.border))} ${p.list('borders').length > 1 ? 'are' : 'is'} avoided.`,
  MODES: (p) => `No route uses only ${enList(modes('en', p).map((m) => m.toLowerCase()))}.`,
  MAX_TRANSFERS: (p) =>
    `Every route needs more than ${formatNumber('en', p.num('max_transfers'))} transfer(s).`,
  BUDGET: (p) =>
    `Every route costs more than the budget of ${formatUsd('en', p.num('budget_usd'))}.`,
  DEADLINE: (p) => `No route arrives by the deadline, ${when('en', p.str('deadline'), p.zone)}.`,
  DEADLINE_P50: (p) =>
    `No route is likely to arrive by the deadline, ${when('en', p.str('deadline'), p.zone)}; the earliest likely arrival is ${formatDateTime('en', p.str('earliest_p50'), p.zone)}.`,
  CAPACITY_DEADLINE: (p, n) =>
    `No route carries all ${qty('en', p, 'shipment')} by the deadline, ${when('en', p.str('deadline'), p.zone)}: split over departures, the most that arrives in time is ${qty('en', p, 'carried')} (the smallest departures are on ${n.service(p.str('service'))}).`,
  CARGO: (p) =>
    `No other corridor has a service that takes ${enList(cargo('en', p.list('cargo')).map((c) => c.toLowerCase()))}.`,
  REGIME: (p) => `No other corridor has a terminal that clears ${regime('en', p)}.`,
  REGIME_DESTINATION: (p, n) =>
    `${regime('en', p)} must end at ${p.str('need') === 'overseas_warehouse' ? 'an overseas warehouse' : 'a bonded zone'}; ${enList(p.list('terminals').map(n.terminal))} ${p.list('terminals').length > 1 ? 'have' : 'has'} none.`,
  CONDITIONS: () => 'The closures and conditions in force shut the last corridor.',
  LEGALITY: (p) =>
    `Only routes that break the legality rule${p.list('rules').length > 1 ? 's' : ''} ${enList(p.list('rule_names').map(quoted))} would reach the destination.`,
  NO_CONNECTION: (p, n) =>
    `This network has no connection from ${n.terminal(p.str('from'))} to ${enList(p.list('to').map(n.terminal))} for this shipment.`,
  REGIME_DOMESTIC: (p) =>
    `${regime('en', p)} applies to trade across China's customs border; this route stays inside it, so no clearance is planned.`,
  NO_GENERAL_CUSTOMS_RULE: () =>
    'This network has no customs rule for general trade: clearance time and cost are not included.',
  DEFAULT_CARGO_VALUE: (p) =>
    `No cargo value was given, so time in transit is priced from the network's typical value: ${formatUsd('en', p.num('cargo_value_usd'))} for this shipment, ${formatUsd('en', p.num('value_of_time_usd_per_h'), 2)} per hour.`,
  NO_VALUE_OF_TIME: () =>
    'No cargo value was given: routes are ranked on money and carbon only, not on time.',
  PARETO_LABEL_CAP: () => 'The search reached its limit; some trade-offs may be missing.',
  PARETO_FOLDED: (p) =>
    `${formatNumber('en', p.num('folded'))} near-identical route(s) are folded into the ones shown.`,
  PARETO_CAPPED: (p) =>
    `${formatNumber('en', p.num('shown'))} of ${formatNumber('en', p.num('total'))} trade-off routes are shown, the extremes included.`,
  CORRIDOR_LABEL_CAP: () => 'A search reached its limit; other corridors may exist.',
  BACKTRACKING_ROUTE: (p) =>
    `Every route found doubles back; the one shown ${p.str('reason')}. No route without a detour reaches the destination.`,
  LATE_ROUTES_LEFT_OUT: (p) =>
    `${formatNumber('en', p.num('count'))} route(s) left out: they are likely to arrive after the deadline.`,
  SPECIAL_CARGO_SURCHARGE: (p) =>
    `${cargo('en', [p.str('flag')])[0]} surcharge on the ${tDynamic('en', `mode.${p.str('mode')}`).toLowerCase()} ride${p.num('rides') > 1 ? 's' : ''} of the first route: ${formatUsd('en', p.num('usd'))} (${rateTerms('en', p)}).`,
  SPECIAL_CARGO_LEAD_TIME: (p, n) =>
    `${cargo('en', [p.str('flag')])[0]}: the ${tDynamic('en', `mode.${p.str('mode')}`).toLowerCase()} ride on ${n.service(p.str('service'))} needs ${p.str('permit')}${p.str('country') ? ` (${countryName('en', p.str('country'))})` : ''} first, ${formatNumber('en', p.num('hours'))} h from booking${p.num('held_h') > 0 ? `; it waits ${formatNumber('en', p.num('held_h'))} h for it` : ''}.`,
  PARCEL_TARIFF: (p) =>
    `Priced on the parcel product ${p.str('product')}: ${parcelBasis('en', p)}; ${formatNumber('en', p.num('pieces'))} piece(s) of ${formatNumber('en', p.num('chargeable_kg'))} kg chargeable, ${formatUsd('en', p.num('usd'))} door to door, without a minimum charge per leg.`,
  PARCEL_DELIVERY: (p, n) =>
    `The first route ends at ${n.terminal(p.str('terminal'))} on ${n.service(p.str('service'))}, not on a parcel product: each parcel still needs delivery to its door, ${formatNumber('en', p.num('pieces'))} × ${formatUsd('en', p.num('usd_per_piece'))} (${p.str('carrier')}, up to ${formatNumber('en', p.num('up_to_kg'))} kg) = ${formatUsd('en', p.num('usd'))}.`,
  PARCEL_DELIVERY_NO_RATE: (p, n) =>
    `The first route ends at ${n.terminal(p.str('terminal'))} on ${n.service(p.str('service'))}, not on a parcel product, and no parcel delivery rate is filed for ${countryName('en', p.str('country'))}: delivering the ${formatNumber('en', p.num('pieces'))} parcel(s) to their doors is not in the cost.`,
  PARCEL_PIECE_OVER_DELIVERY_LIMIT: (p, n) =>
    `The first route ends at ${n.terminal(p.str('terminal'))} on ${n.service(p.str('service'))}, not on a parcel product, and pieces of ${formatNumber('en', p.num('kg_per_piece'))} kg are heavier than ${p.str('carrier')} delivers (up to ${formatNumber('en', p.num('heaviest_kg'))} kg): they go on as freight, whose delivery is not in the cost.`,
  CAPACITY_SPLIT: (p, n) =>
    `${qty('en', p, 'shipment')} is more than one departure of ${n.service(p.str('service'))} takes (${qty('en', p, 'per_departure')}): the first route splits it over ${formatNumber('en', p.num('departures'))} departures; the last part arrives ${formatDateTime('en', p.str('last_arrival'), p.zone)}, and that is the route's arrival.`,
  CAPACITY_SHORT: (p) =>
    `The first route's departures carry only ${qty('en', p, 'carried')} of ${qty('en', p, 'shipment')} ${p.str('limit') === 'deadline' ? `by the deadline, ${when('en', p.str('limit_at'), p.zone)}` : `within the planning horizon (departures until ${formatDate('en', p.str('limit_at'), p.zone)})`}; ${qty('en', p, 'short')} are not planned.`,
  LEGALITY_REMOVED_OPTION: (p, n) =>
    `A better-ranked option on ${n.service(p.str('service'))} is not offered: the legality rule ${quoted(p.str('rule_name'))} forbids it.`,
  CARGO_RESTRICTED_OPTION: (p) =>
    `A better-ranked option on ${p.str('service_name')} is not offered for this cargo: ${p.str('reason')}.`,
  LEGALITY_WAIVED: (p) =>
    `What-if: legality rule${p.list('rules').length > 1 ? 's' : ''} ${enList(p.list('rule_names').map(quoted))} not applied; an answer that breaks ${p.list('rules').length > 1 ? 'them' : 'it'} cannot be booked.`,
  ROUTES_TRUNCATED: (p) =>
    `${formatNumber('en', p.num('total'))} routes found; the first ${formatNumber('en', p.num('shown'))} are shown.`,
  FASTER_FOR_LITTLE_MORE: (p) =>
    `Route ${formatNumber('en', p.num('route'))} costs ${formatUsd('en', p.num('usd_more'))} more than the cheapest and arrives ${formatNumber('en', p.num('days_sooner'))} days sooner.`,
  PLACE_CITY_TERMINALS: (p, n) =>
    p.list('chosen').length === 0
      ? `${p.str('place')} has ${p.list('terminals').length} terminals; none of them is reached.`
      : `${p.str('place')} has ${p.list('terminals').length} terminals; the routes ${p.str('field') === 'from' ? 'start' : 'end'} at the one that suits them: ${enList(p.list('chosen').map((id) => n.terminal(id)))}.`,
  MODE_NOT_ALLOWED: (p) =>
    `${tDynamic('en', `mode.${p.str('mode')}`)} is not among the modes ticked`,
  CONTAINERS_DO_NOT_FLY: () => 'containers do not fly',
  CONTAINERS_NOT_CARRIED: () => 'no service on this corridor takes containers',
  PARCELS_NOT_CARRIED: () => 'no service on this corridor takes loose cargo or parcels',
  NO_REEFER_SERVICE: () => 'no reefer service',
  CARGO_NOT_CARRIED: (p) =>
    `no service on this corridor takes ${cargo('en', [p.str('flag')])[0]!.toLowerCase()}`,
  DG_CLASS_NOT_CARRIED: (p) =>
    `no service on this corridor takes dangerous goods of class ${p.num('dg_class')}`,
  DG_CLASS_NOT_GIVEN: () =>
    'the services on this corridor take dangerous goods of some classes only; give the class',
  AVOIDED: (p, n) =>
    `the query avoids ${enList(p.list('avoided').map((id) => avoidedName('en', n, id)))}`,
  NO_ROUTE_FOUND: () => 'no route through this corridor for this shipment and date',
  DETOUR: (p) =>
    `a detour: ${formatNumber('en', p.num('distance_km'))} km for ${formatNumber('en', p.num('direct_km'))} km as the crow flies; ${p.str('better')} is cheaper, sooner and lower in CO2e`,
};

/** Chinese; terms follow the project glossary (口岸, 海外仓, 综合保税区, 中转). */
const ZH: Record<MessageCode, Template> = {
  AVOID_COUNTRIES: (p) =>
    `避开${zhList(p.list('countries').map((c) => countryName('zh', c)))}后，已无可用通道。`,
  AVOID_TERMINALS: (p, n) =>
    `避开场站${zhList(p.list('terminals').map(n.terminal))}后，已无可用通道。`,
  AVOID_BORDERS: (p, n) => `避开口岸${zhList(p.list('borders').map(n.border))}后，已无可用通道。`,
  MODES: (p) => `没有只使用${zhList(modes('zh', p))}的路线。`,
  MAX_TRANSFERS: (p) =>
    `每条路线的中转次数都超过 ${formatNumber('zh', p.num('max_transfers'))} 次。`,
  BUDGET: (p) => `每条路线的费用都超过 ${formatUsd('zh', p.num('budget_usd'))} 的预算。`,
  DEADLINE: (p) => `没有路线能在截止时间 ${when('zh', p.str('deadline'), p.zone)} 前到达。`,
  DEADLINE_P50: (p) =>
    `没有路线大概率能在截止时间 ${when('zh', p.str('deadline'), p.zone)} 前到达；最早的可能到达时间为 ${formatDateTime('zh', p.str('earliest_p50'), p.zone)}。`,
  CAPACITY_DEADLINE: (p, n) =>
    `没有路线能在截止时间 ${when('zh', p.str('deadline'), p.zone)} 前运完全部 ${qty('zh', p, 'shipment')}：分批发运，最多能按时运到 ${qty('zh', p, 'carried')}（运力最小的班次为 ${n.service(p.str('service'))}）。`,
  CARGO: (p) => `其余通道上没有承运${zhList(cargo('zh', p.list('cargo')))}货物的班次。`,
  REGIME: (p) => `其余通道上没有可办理${regime('zh', p)}通关的场站。`,
  REGIME_DESTINATION: (p, n) =>
    `${regime('zh', p)}须以${p.str('need') === 'overseas_warehouse' ? '海外仓' : '综合保税区'}为终点；${zhList(p.list('terminals').map(n.terminal))}均不具备。`,
  CONDITIONS: () => '当前生效的关闭和运行条件使最后一条通道也无法通行。',
  LEGALITY: (p) =>
    `只有违反法规规则${zhList(p.list('rule_names_zh').map(zhQuoted))}的路线才能到达目的地。`,
  NO_CONNECTION: (p, n) =>
    `本网络中没有从${n.terminal(p.str('from'))}到${zhList(p.list('to').map(n.terminal))}、适合此批货物的连接。`,
  REGIME_DOMESTIC: (p) =>
    `${regime('zh', p)}适用于跨越中国关境的贸易；此路线始终在同一关境内，因此不安排通关。`,
  NO_GENERAL_CUSTOMS_RULE: () => '本网络未登记一般贸易的海关规则：未计入通关时间和费用。',
  DEFAULT_CARGO_VALUE: (p) =>
    `未填写货值，运输时间按网络的典型货值计价：此批货物 ${formatUsd('zh', p.num('cargo_value_usd'))}，每小时 ${formatUsd('zh', p.num('value_of_time_usd_per_h'), 2)}。`,
  NO_VALUE_OF_TIME: () => '未填写货值：路线只按费用和碳排放排序，不计时间。',
  PARETO_LABEL_CAP: () => '搜索达到上限后停止；可能缺少部分权衡方案。',
  PARETO_FOLDED: (p) => `${formatNumber('zh', p.num('folded'))} 条几乎相同的路线已并入所示路线。`,
  PARETO_CAPPED: (p) =>
    `共有 ${formatNumber('zh', p.num('total'))} 条权衡路线，显示其中 ${formatNumber('zh', p.num('shown'))} 条（含两端）。`,
  CORRIDOR_LABEL_CAP: () => '有一次搜索达到上限后停止；可能还有其他通道。',
  BACKTRACKING_ROUTE: () =>
    '找到的路线都有折返绕行；所示为其中最优的一条，没有不折返的路线可达目的地。',
  LATE_ROUTES_LEFT_OUT: (p) =>
    `已略去 ${formatNumber('zh', p.num('count'))} 条路线：它们大概率晚于截止时间到达。`,
  SPECIAL_CARGO_SURCHARGE: (p) =>
    `首选路线的${tDynamic('zh', `mode.${p.str('mode')}`)}运输段收取${cargo('zh', [p.str('flag')])[0]}附加费：${formatUsd('zh', p.num('usd'))}（${rateTerms('zh', p)}）。`,
  SPECIAL_CARGO_LEAD_TIME: (p, n) =>
    `${cargo('zh', [p.str('flag')])[0]}：${n.service(p.str('service'))}的${tDynamic('zh', `mode.${p.str('mode')}`)}运输段须先取得${p.str('permit_zh')}${p.str('country') ? `（${countryName('zh', p.str('country'))}）` : ''}，订舱后 ${formatNumber('zh', p.num('hours'))} 小时${p.num('held_h') > 0 ? `；该段因此等待 ${formatNumber('zh', p.num('held_h'))} 小时` : ''}。`,
  PARCEL_TARIFF: (p) =>
    `按包裹产品「${p.str('product_zh')}」计价：${parcelBasis('zh', p)}；${formatNumber('zh', p.num('pieces'))} 件，每件计费重量 ${formatNumber('zh', p.num('chargeable_kg'))} 千克，门到门 ${formatUsd('zh', p.num('usd'))}，各段不另收最低运费。`,
  PARCEL_DELIVERY: (p, n) =>
    `首选路线经${n.service(p.str('service'))}到达${n.terminal(p.str('terminal'))}，不是包裹产品：每件包裹仍需派送到门，${formatNumber('zh', p.num('pieces'))} × ${formatUsd('zh', p.num('usd_per_piece'))}（${p.str('carrier_zh')}，${formatNumber('zh', p.num('up_to_kg'))} 千克以内）= ${formatUsd('zh', p.num('usd'))}。`,
  PARCEL_DELIVERY_NO_RATE: (p, n) =>
    `首选路线经${n.service(p.str('service'))}到达${n.terminal(p.str('terminal'))}，不是包裹产品，且未录入${countryName('zh', p.str('country'))}的包裹派送价格：${formatNumber('zh', p.num('pieces'))} 件包裹的派送到门费用未计入成本。`,
  PARCEL_PIECE_OVER_DELIVERY_LIMIT: (p, n) =>
    `首选路线经${n.service(p.str('service'))}到达${n.terminal(p.str('terminal'))}，不是包裹产品，且每件 ${formatNumber('zh', p.num('kg_per_piece'))} 千克，超过${p.str('carrier_zh')}的派送上限（${formatNumber('zh', p.num('heaviest_kg'))} 千克）：须按货物派送，其费用未计入成本。`,
  CAPACITY_SPLIT: (p, n) =>
    `${qty('zh', p, 'shipment')} 超过 ${n.service(p.str('service'))} 单个班次的运力（${qty('zh', p, 'per_departure')}）：首选路线分 ${formatNumber('zh', p.num('departures'))} 个班次发运；最后一批于 ${formatDateTime('zh', p.str('last_arrival'), p.zone)} 到达，即该路线的到达时间。`,
  CAPACITY_SHORT: (p) =>
    `首选路线的班次${p.str('limit') === 'deadline' ? `在截止时间 ${when('zh', p.str('limit_at'), p.zone)} 前` : `在计划期内（${formatDate('zh', p.str('limit_at'), p.zone)} 前发车）`}只能运送 ${qty('zh', p, 'shipment')} 中的 ${qty('zh', p, 'carried')}；其余 ${qty('zh', p, 'short')} 未安排。`,
  LEGALITY_REMOVED_OPTION: (p, n) =>
    `经${n.service(p.str('service'))}的更优方案未列出：法规规则${zhQuoted(p.str('rule_name_zh'))}禁止该方案。`,
  CARGO_RESTRICTED_OPTION: (p) =>
    `经${p.str('service_name_zh')}的更优方案未列出：该班次不承运本批${zhList(cargo('zh', p.list('cargo')))}货物。`,
  LEGALITY_WAIVED: (p) =>
    `假设分析：未适用法规规则${zhList(p.list('rule_names_zh').map(zhQuoted))}；违反这些规则的方案不能订舱。`,
  ROUTES_TRUNCATED: (p) =>
    `共找到 ${formatNumber('zh', p.num('total'))} 条路线，显示前 ${formatNumber('zh', p.num('shown'))} 条。`,
  FASTER_FOR_LITTLE_MORE: (p) =>
    `路线 ${formatNumber('zh', p.num('route'))} 比最便宜的路线贵 ${formatUsd('zh', p.num('usd_more'))}，早到 ${formatNumber('zh', p.num('days_sooner'))} 天。`,
  PLACE_CITY_TERMINALS: (p, n) =>
    p.list('chosen').length === 0
      ? `${p.str('place')}有 ${p.list('terminals').length} 个场站，均不可达。`
      : `${p.str('place')}有 ${p.list('terminals').length} 个场站；各路线${p.str('field') === 'from' ? '始发' : '到达'}于最适合的场站：${zhList(p.list('chosen').map((id) => n.terminal(id)))}。`,
  MODE_NOT_ALLOWED: (p) => `未勾选${tDynamic('zh', `mode.${p.str('mode')}`)}`,
  CONTAINERS_DO_NOT_FLY: () => '集装箱不能空运',
  CONTAINERS_NOT_CARRIED: () => '本通道没有承运集装箱的班次',
  PARCELS_NOT_CARRIED: () => '本通道没有承运散货或包裹的班次',
  NO_REEFER_SERVICE: () => '没有冷链班次',
  CARGO_NOT_CARRIED: (p) => `本通道没有承运${cargo('zh', [p.str('flag')])[0]}货物的班次`,
  DG_CLASS_NOT_CARRIED: (p) => `本通道没有承运第${p.num('dg_class')}类危险品的班次`,
  DG_CLASS_NOT_GIVEN: () => '本通道的班次只承运部分类别的危险品，请给出危险品类别',
  AVOIDED: (p, n) => `查询避开了${zhList(p.list('avoided').map((id) => avoidedName('zh', n, id)))}`,
  NO_ROUTE_FOUND: () => '此批货物在该日期没有经本通道的路线',
  DETOUR: (p) =>
    `绕行：${formatNumber('zh', p.num('distance_km'))} 公里（直线 ${formatNumber('zh', p.num('direct_km'))} 公里）；${p.str('better_zh')}更便宜、更快、碳排放更低`,
};

/** The wording tables, exported for the completeness test. */
export const MESSAGE_TEXT: Readonly<Record<Lang, Record<MessageCode, Template>>> = {
  en: EN,
  zh: ZH,
};

/** A message in structured form, as the API sends it; `text` is the English fallback. */
export interface CodedMessage {
  code?: string | undefined;
  params?: MessageParams | undefined;
  text: string;
}

/** Field paths ("constraints.avoid_countries", "body.from") and snake_case names a planner never reads. */
const FIELD_PATH =
  /\s*\(?\b(?:body\.)?[a-z]+(?:_[a-z0-9]+)*\.[a-z0-9_.[\]]+\)?|\b[a-z]+(?:_[a-z0-9]+)+\b/g;

/** An API text with its field paths taken out, for codes this page does not word itself. */
export function plainText(text: string): string {
  return text
    .replace(FIELD_PATH, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .trim();
}

/** The message in `lang`, from its code and params; the API text without field paths when the code is unknown or its params do not fit. */
export function messageText(
  lang: Lang,
  m: CodedMessage,
  namer: Namer = ID_NAMER,
  zone: TimeZoneId = DEFAULT_TIME_ZONE,
): string {
  const table = MESSAGE_TEXT[lang] as Record<string, Template | undefined>;
  const template = m.code !== undefined && Object.hasOwn(table, m.code) ? table[m.code] : undefined;
  if (!template) return plainText(m.text);
  try {
    return template(paramsOf(m.params ?? {}, zone), namer);
  } catch {
    return plainText(m.text);
  }
}
