/**
 * The printed one-page report: a heading that states the query (where from and to, when, what,
 * how, under which regime, optimised for what), and the sources behind the chosen route (those its
 * services, borders and terminals cite in the network data), in the page's language. Pure.
 */
import type { Route, SourceInfo } from '../types.ts';
import { formatDate, formatDateTime, formatNumber } from './format.ts';
import { countryName, pickName, t, tDynamic, type Lang } from './i18n.ts';
import { sourceIdsOf, type NetworkItems } from './network-features.ts';
import { MODES, type QueryState } from './query-state.ts';
import type { TimeZoneId } from './time-zone.ts';

export interface ReportHeading {
  title: string;
  /** label and value pairs of the query */
  facts: [string, string][];
  /** "Printed 6 Dec, 23:40 · Dates and times in Beijing time (UTC+8)" */
  printed: string;
}

const UNIT_LABEL = { teu: 'TEU', feu: 'FEU', kg: 'kg' } as const;

export function reportHeading(
  lang: Lang,
  query: QueryState,
  route: Route | undefined,
  zone: TimeZoneId,
  now: Date,
): ReportHeading {
  const from = route ? pickName(lang, route.from) : query.from;
  const to = route ? pickName(lang, route.to) : query.to;
  const list = (items: string[]) => items.join(lang === 'zh' ? '、' : ', ');
  const modes = query.modes.length > 0 ? query.modes : MODES;
  const facts: [string, string][] = [
    [
      t(lang, 'query.depart'),
      query.depart ? formatDate(lang, query.depart) : t(lang, 'report.now'),
    ],
    [
      t(lang, 'query.quantity'),
      `${formatNumber(lang, query.quantity, 3)} ${UNIT_LABEL[query.unit]}`,
    ],
    [t(lang, 'query.modes'), list(modes.map((m) => tDynamic(lang, `mode.${m}`)))],
    [t(lang, 'query.regime'), tDynamic(lang, `regime.${query.regime}`)],
    [t(lang, 'query.objective'), tDynamic(lang, `objective.${query.objective}`)],
  ];
  if (query.cargo.length > 0)
    facts.push([
      t(lang, 'query.cargo'),
      list(query.cargo.map((c) => tDynamic(lang, `cargo.${c}`))),
    ]);
  if (query.avoid.length > 0)
    facts.push([t(lang, 'query.avoid'), list(query.avoid.map((c) => countryName(lang, c)))]);
  if (query.value_usd > 0)
    facts.push([t(lang, 'query.value'), formatNumber(lang, query.value_usd)]);
  return {
    title: `${t(lang, 'report.title')}${t(lang, 'punct.colon')}${from} → ${to}`,
    facts,
    printed: `${t(lang, 'report.printed')} ${formatDateTime(lang, now.toISOString(), zone)} · ${t(lang, zone === 'utc' ? 'tz.note.utc' : 'tz.note.beijing')}`,
  };
}

/**
 * The sources the chosen route rests on, each once, in the order the route meets them: its
 * services, the borders it crosses, then its terminals. An id the summary does not know is kept
 * as its own title, so a gap in the data shows instead of vanishing.
 */
export function routeSources(
  route: Route,
  items: NetworkItems,
  sources: ReadonlyMap<string, SourceInfo>,
): SourceInfo[] {
  const props = (list: { id: string; props: Record<string, unknown> }[], ids: string[]) =>
    ids.flatMap((id) => {
      const item = list.find((x) => x.id === id);
      return item ? sourceIdsOf(item.props) : [];
    });
  const terminalIds = [
    route.from.id,
    ...route.legs.flatMap((l) => [l.from.id, l.to.id]),
    route.to.id,
  ];
  const ids = [
    ...props(
      items.services,
      route.legs.map((l) => l.service_id),
    ),
    ...props(
      items.borders,
      route.border_events.map((b) => b.border_id),
    ),
    ...props(items.terminals, terminalIds),
  ];
  return [...new Set(ids)].map((id) => sources.get(id) ?? ({ id, title: id } as SourceInfo));
}
