/**
 * The planner's no-route reason and warnings worded in the page's language from their code and params
 * (the API sends both forms). English is the API's own text, so the wording lives in one place (the
 * planner); Chinese names modes, countries, regimes, cargo and places in Chinese. A code this page does
 * not know, or params it cannot read, show the API's English text.
 */
import type { MessageParams, NoRouteCode, NoticeCode } from '../types.ts';
import { formatDate, formatDateTime, formatNumber, formatUsd } from './format.ts';
import { countryName, tDynamic, type Lang } from './i18n.ts';

/** Display names of ids the texts mention; the page passes the network's names, tests may pass none. */
export interface Namer {
  terminal(id: string): string;
  border(id: string): string;
}
const ID_NAMER: Namer = { terminal: (id) => id, border: (id) => id };

/** Reads the params a template needs; a missing or mistyped one throws, and the caller falls back to the text. */
interface Params {
  str(name: string): string;
  num(name: string): number;
  list(name: string): string[];
}
function paramsOf(p: MessageParams): Params {
  return {
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
      if (!Array.isArray(v)) throw new Error(`param ${name} is not a list`);
      return v;
    },
  };
}

type Template = (p: Params, n: Namer) => string;
export type MessageCode = NoRouteCode | NoticeCode;

const zhList = (items: string[]): string => items.join('、');
const zhModes = (p: Params) => zhList(p.list('modes').map((m) => tDynamic('zh', `mode.${m}`)));
const zhRegime = (p: Params) => tDynamic('zh', `regime.${p.str('regime')}`);
/** A deadline is a date or a date-time: show it as the user would write it in Chinese. */
const zhWhen = (iso: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate('zh', iso) : formatDateTime('zh', iso);

/** Chinese; terms follow the project glossary (口岸, 海外仓, 综合保税区, 中转). */
const ZH: Record<MessageCode, Template> = {
  AVOID_COUNTRIES: (p) =>
    `避开${zhList(p.list('countries').map((c) => countryName('zh', c)))}（constraints.avoid_countries）后，已无可用通道`,
  AVOID_TERMINALS: (p, n) =>
    `避开场站${zhList(p.list('terminals').map(n.terminal))}（constraints.avoid_terminals）后，已无可用通道`,
  AVOID_BORDERS: (p, n) =>
    `避开口岸${zhList(p.list('borders').map(n.border))}（constraints.avoid_borders）后，已无可用通道`,
  MODES: (p) => `没有只使用${zhModes(p)}的路线（constraints.modes）`,
  MAX_TRANSFERS: (p) =>
    `每条路线的中转次数都超过 ${formatNumber('zh', p.num('max_transfers'))} 次（constraints.max_transfers）`,
  BUDGET: (p) =>
    `每条路线的费用都超过 ${formatUsd('zh', p.num('budget_usd'))} 的预算（constraints.budget_usd）`,
  DEADLINE: (p) =>
    `没有路线能在截止时间 ${zhWhen(p.str('deadline'))} 前到达（constraints.deadline）`,
  DEADLINE_P50: (p) =>
    `按 P50 计，没有路线能在截止时间 ${zhWhen(p.str('deadline'))} 前到达（constraints.deadline）；最早的 P50 到达时间为 ${formatDateTime('zh', p.str('earliest_p50'))}（UTC）`,
  CARGO: (p) =>
    `其余通道上没有承运${zhList(p.list('cargo').map((c) => tDynamic('zh', `cargo.${c}`)))}货物的班次（shipment.cargo）`,
  REGIME: (p) => `其余通道上没有可办理 ${zhRegime(p)} 通关的场站（shipment.regime）`,
  REGIME_DESTINATION: (p, n) =>
    `${zhRegime(p)} 须以${p.str('need') === 'overseas_warehouse' ? '海外仓' : '综合保税区'}为终点；${zhList(p.list('terminals').map(n.terminal))}均不具备`,
  CONDITIONS: () => '当前生效的关闭和运行条件使最后一条通道也无法通行',
  NO_CONNECTION: (p, n) => {
    const blocked = p.list('blocked');
    // the blocked services' reasons come from the routing index in English only
    return `本网络中没有从${n.terminal(p.str('from'))}到${zhList(p.list('to').map(n.terminal))}、适合此批货物的连接${blocked.length ? `（例如：${blocked.join('；')}）` : ''}`;
  },
  REGIME_DOMESTIC: (p) =>
    `监管方式 ${zhRegime(p)} 适用于跨越中国关境的贸易；此路线始终在同一关境内，因此不安排通关`,
  NO_GENERAL_CUSTOMS_RULE: () => '本网络未登记一般贸易的海关规则：未计入通关时间和费用',
  DEFAULT_CARGO_VALUE: (p) =>
    `未提供 shipment.value_usd 或 value_of_time_usd_per_h：货值按 ${formatNumber('zh', p.num('teu_eq'), 3)} 标准箱 × 每标准箱 ${formatUsd('zh', p.num('usd_per_teu'))}` +
    `（网络默认值）= ${formatUsd('zh', p.num('cargo_value_usd'))} 计，时间价值为每小时 ${formatNumber('zh', p.num('value_of_time_usd_per_h'), 2)} 美元`,
  NO_VALUE_OF_TIME: () =>
    '未设时间价值：请填写 shipment.value_usd 或 value_of_time_usd_per_h；广义成本只含费用和碳排放',
  PARETO_LABEL_CAP: () => '搜索达到标签上限后停止；帕累托集可能不完整',
  PARETO_FOLDED: (p) =>
    `帕累托集中有 ${formatNumber('zh', p.num('folded'))} 条近似重复的路线已并入所示路线（费用和二氧化碳当量相差 0.5% 以内、到达时间相差 6 小时以内）`,
  PARETO_CAPPED: (p) =>
    `帕累托集共有 ${formatNumber('zh', p.num('total'))} 条路线，显示其中 ${formatNumber('zh', p.num('shown'))} 条（含两端）`,
  CORRIDOR_LABEL_CAP: () => '有一次搜索达到标签上限后停止；可能还有其他通道',
  LATE_ROUTES_LEFT_OUT: (p) =>
    `已略去 ${formatNumber('zh', p.num('count'))} 条路线：其 P50 到达时间晚于截止时间`,
  ROUTES_TRUNCATED: (p) =>
    `共找到 ${formatNumber('zh', p.num('total'))} 条路线，返回前 ${formatNumber('zh', p.num('shown'))} 条`,
};

/** The wording tables of the languages the API does not speak, exported for the completeness test. */
export const MESSAGE_TEXT: Readonly<Record<Exclude<Lang, 'en'>, Record<MessageCode, Template>>> = {
  zh: ZH,
};

/** A message in structured form, as the API sends it; `text` is the English fallback. */
export interface CodedMessage {
  code?: string | undefined;
  params?: MessageParams | undefined;
  text: string;
}

/** The message in `lang`, from its code and params; the English text when the code is unknown or its params do not fit. */
export function messageText(lang: Lang, m: CodedMessage, namer: Namer = ID_NAMER): string {
  if (lang === 'en') return m.text;
  const table = MESSAGE_TEXT[lang] as Record<string, Template | undefined>;
  const template = m.code !== undefined && Object.hasOwn(table, m.code) ? table[m.code] : undefined;
  if (!template) return m.text;
  try {
    return template(paramsOf(m.params ?? {}), namer);
  } catch {
    return m.text;
  }
}
