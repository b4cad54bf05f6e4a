/**
 * The details panel for a clicked terminal, service or border: its facts (the GeoJSON properties)
 * and the sources they cite, resolved against the network summary's sources list.
 */
import * as d3 from 'd3';
import type { SourceInfo } from '../types.ts';
import { bothNames, countryName, t, tDynamic, type Lang } from '../view-model/i18n.ts';
import { sourceIdsOf, type Props } from '../view-model/network-features.ts';
import { formatSourceDate } from '../view-model/format.ts';
import { dwellIntoText } from '../view-model/border-sides.ts';
import type { Namer } from '../view-model/notice-text.ts';

export interface DetailsSubject {
  kind: 'terminal' | 'service' | 'border';
  name: string;
  name_zh: string;
  props: Props;
}

const HIDDEN = new Set(['feature_type', 'name', 'name_zh', 'sources', 'id']);

/** Readable text for a property value: vocabulary words translated, lists joined, objects as key: value. */
function valueText(lang: Lang, key: string, v: unknown, terminalName: Namer['terminal']): string {
  if (v === null || v === undefined) return '—';
  // a border's sides by terminal name (the GeoJSON keys them by terminal id)
  if (key === 'dwell_p50_h_into' && typeof v === 'object' && !Array.isArray(v))
    return dwellIntoText(lang, v as Props, terminalName);
  if (key === 'sides' && Array.isArray(v))
    return v.map((id) => terminalName(String(id))).join(', ');
  if (key === 'mode') return tDynamic(lang, `mode.${String(v)}`);
  if (key === 'kind') return tDynamic(lang, `kind.${String(v)}`);
  if (key === 'kinds' && Array.isArray(v))
    return v.map((k) => tDynamic(lang, `tkind.${String(k)}`)).join(', ');
  if (key === 'country' && typeof v === 'string') return `${countryName(lang, v)} (${v})`;
  if (Array.isArray(v))
    return v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ');
  if (typeof v === 'object')
    return Object.entries(v as Props)
      .map(([k, x]) => `${k}: ${typeof x === 'object' ? JSON.stringify(x) : String(x)}`)
      .join('; ');
  if (typeof v === 'boolean') return t(lang, v ? 'value.yes' : 'value.no');
  if (key === 'modes' && Array.isArray(v))
    return v.map((m) => tDynamic(lang, `mode.${String(m)}`)).join(', ');
  if (key === 'countries' && Array.isArray(v))
    return v.map((c) => countryName(lang, String(c))).join(', ');
  if (key === 'gauge_change' && typeof v === 'string') return v.replaceAll('_', ' ');
  if (typeof v === 'number')
    return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
      maximumFractionDigits: 2,
    }).format(v);
  return String(v);
}

export function renderDetails(
  panel: HTMLElement,
  subject: DetailsSubject | undefined,
  sources: Map<string, SourceInfo>,
  lang: Lang,
  onClose: () => void,
  terminalName: Namer['terminal'],
): void {
  if (!subject) {
    panel.hidden = true;
    return;
  }
  panel.hidden = false;
  const root = d3.select(panel);
  root.selectAll('*').remove();
  const head = root.append('div').attr('class', 'details-head');
  head.append('h3').text(bothNames(lang, subject));
  head
    .append('button')
    .attr('type', 'button')
    .attr('class', 'close')
    .attr('aria-label', t(lang, 'details.close'))
    .text('×')
    .on('click', onClose);
  const rows = Object.entries(subject.props).filter(([k]) => !HIDDEN.has(k));
  const dl = root.append('dl').attr('class', 'facts');
  const idRow = subject.props['id'];
  const all = typeof idRow === 'string' ? [['id', idRow] as [string, unknown], ...rows] : rows;
  dl.selectAll('div.fact')
    .data(all, (d) => (d as [string, unknown])[0])
    .join((enter) => {
      const e = enter.append('div').attr('class', 'fact');
      e.append('dt');
      e.append('dd');
      return e;
    })
    .call((s) => s.select('dt').text((d) => tDynamic(lang, `prop.${d[0]}`)))
    .call((s) => s.select('dd').text((d) => valueText(lang, d[0], d[1], terminalName)));
  root.append('h4').text(t(lang, 'details.sources'));
  const ids = sourceIdsOf(subject.props);
  if (ids.length === 0) {
    root.append('p').attr('class', 'muted').text(t(lang, 'details.none'));
    return;
  }
  const li = root
    .append('ul')
    .attr('class', 'sources')
    .selectAll('li')
    .data(ids, (d) => d as string)
    .join('li');
  li.each(function (id) {
    const src = sources.get(id);
    const item = d3.select(this);
    if (!src) {
      item.text(id);
      return;
    }
    const date = src.date ? formatSourceDate(lang, src.date) : '';
    const text = [src.title, src.publisher, date].filter(Boolean).join(' · ');
    if (src.url)
      item
        .append('a')
        .attr('href', src.url)
        .attr('rel', 'noreferrer')
        .attr('target', '_blank')
        .text(text);
    else item.text(text);
    if (src.note) item.append('div').attr('class', 'muted').text(src.note);
  });
}
