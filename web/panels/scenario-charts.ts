/**
 * Scenario charts: KPI changes against the baseline as diverging bars with their 95 % interval
 * (green better, red worse, grey unclear), and border queue lengths by day as lines.
 */
import * as d3 from 'd3';
import { formatNumber } from '../view-model/format.ts';
import { t, tDynamic, type Lang } from '../view-model/i18n.ts';
import { relativeDomain, type KpiDeltaRow, type QueueSeries } from '../view-model/scenario-view.ts';

const VERDICT_COLOURS: Record<KpiDeltaRow['verdict'], string> = {
  better: '#059669',
  worse: '#dc2626',
  unclear: '#9ca3af',
  neutral: '#60a5fa',
};
const ROW_PX = 22;

export function renderKpiDeltas(host: HTMLElement, rows: readonly KpiDeltaRow[], lang: Lang): void {
  const root = d3.select(host);
  root.selectAll('*').remove();
  const width = Math.max(320, host.clientWidth || 600);
  const left = Math.min(220, width * 0.4);
  const right = 90;
  const height = 24 + rows.length * ROW_PX;
  const x = d3
    .scaleLinear()
    .domain(relativeDomain(rows))
    .range([left, width - right])
    .clamp(true);
  const svg = root
    .append('svg')
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-label', t(lang, 'scenario.kpis'));
  svg
    .append('g')
    .attr('class', 'axis')
    .attr('transform', 'translate(0,18)')
    .call(d3.axisTop(x).ticks(5, '+.0%'));
  svg
    .append('line')
    .attr('x1', x(0))
    .attr('x2', x(0))
    .attr('y1', 18)
    .attr('y2', height)
    .attr('stroke', '#64748b');
  const row = svg
    .selectAll<SVGGElement, KpiDeltaRow>('g.kpi')
    .data(rows, (d) => d.id)
    .join((e) => {
      const g = e.append('g');
      g.append('text').attr('class', 'kpi-label');
      g.append('rect');
      g.append('line').attr('class', 'ci');
      g.append('text').attr('class', 'kpi-value');
      g.append('title');
      return g;
    })
    .attr('class', (d) => `kpi ${d.verdict}`)
    .attr('transform', (_d, i) => `translate(0,${24 + i * ROW_PX})`);
  row
    .select('text.kpi-label')
    .attr('x', left - 8)
    .attr('y', ROW_PX / 2 + 3)
    .attr('text-anchor', 'end')
    .text((d) => tDynamic(lang, `kpi.${d.id}`));
  const mean = (d: KpiDeltaRow) => d.relative?.mean ?? 0;
  row
    .select('rect')
    .attr('x', (d) => Math.min(x(0), x(mean(d))))
    .attr('width', (d) => Math.abs(x(mean(d)) - x(0)))
    .attr('y', 4)
    .attr('height', ROW_PX - 8)
    .attr('fill', (d) => VERDICT_COLOURS[d.verdict]);
  row
    .select('line.ci')
    .attr('x1', (d) => x(d.relative?.lo ?? 0))
    .attr('x2', (d) => x(d.relative?.hi ?? 0))
    .attr('y1', ROW_PX / 2)
    .attr('y2', ROW_PX / 2)
    .attr('stroke', '#111827');
  row
    .select('text.kpi-value')
    .attr('x', width - right + 6)
    .attr('y', ROW_PX / 2 + 3)
    .text((d) =>
      d.relative
        ? `${d.relative.mean >= 0 ? '+' : ''}${formatNumber(lang, d.relative.mean * 100, 1)} %`
        : formatNumber(lang, d.delta.mean, 1),
    );
  row
    .select('title')
    .text(
      (d) =>
        `${tDynamic(lang, `kpi.${d.id}`)}: ${formatNumber(lang, d.baseline, 2)} → ${formatNumber(lang, d.scenario, 2)} (${t(lang, `scenario.${d.verdict}`)})`,
    );
}

export function renderQueues(
  host: HTMLElement,
  series: readonly QueueSeries[],
  names: (id: string) => string,
  lang: Lang,
): void {
  const root = d3.select(host);
  root.selectAll('*').remove();
  if (series.length === 0) {
    root.append('p').attr('class', 'muted empty').text(t(lang, 'scenario.empty'));
    return;
  }
  const width = Math.max(320, host.clientWidth || 600);
  const height = 220;
  const m = { top: 10, right: 16, bottom: 30, left: 44 };
  const days = Math.max(...series.map((s) => s.values.length));
  const x = d3
    .scaleLinear()
    .domain([0, Math.max(1, days - 1)])
    .range([m.left, width - m.right]);
  const y = d3
    .scaleLinear()
    .domain([0, Math.max(...series.map((s) => s.max))])
    .nice()
    .range([height - m.bottom, m.top]);
  const colour = d3
    .scaleOrdinal<string, string>(d3.schemeTableau10)
    .domain(series.map((s) => s.id));
  const svg = root
    .append('svg')
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-label', t(lang, 'scenario.queues'));
  svg
    .append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(0,${height - m.bottom})`)
    .call(d3.axisBottom(x).ticks(8));
  svg
    .append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(${m.left},0)`)
    .call(d3.axisLeft(y).ticks(5));
  svg
    .append('text')
    .attr('class', 'axis-title')
    .attr('x', width - m.right)
    .attr('y', height - 2)
    .attr('text-anchor', 'end')
    .text(t(lang, 'scenario.day'));
  const line = d3
    .line<number>()
    .x((_v, i) => x(i))
    .y((v) => y(v));
  svg
    .selectAll<SVGPathElement, QueueSeries>('path.queue')
    .data(series, (s) => s.id)
    .join('path')
    .attr('class', 'queue')
    .attr('fill', 'none')
    .attr('stroke-width', 2)
    .attr('stroke', (s) => colour(s.id))
    .attr('d', (s) => line(s.values) ?? '');
  const legend = root.append('div').attr('class', 'chart-legend');
  for (const s of series) {
    const item = legend.append('span').attr('class', 'legend-item');
    item.append('span').attr('class', 'swatch').style('background', colour(s.id));
    item.append('span').text(`${names(s.id)} (${s.unit})`);
  }
}
