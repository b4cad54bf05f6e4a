/**
 * The download buttons: each names what it takes away (`data-export`) and in which form
 * (`data-format`: csv, xlsx, png or svg). Charts and the map go out as pictures of what is on screen,
 * the route list and the comparison as CSV or XLSX tables from the same answer the panels show.
 */
import { t, type Lang } from '../view-model/i18n.ts';
import type { StringKey } from '../view-model/i18n-strings.ts';
import { pngFile, saveFile, svgFile } from './picture-files.ts';
import { snapshotSvg } from './snapshot-svg.ts';
import { xlsxFile } from './xlsx-file.ts';
import { toCsv, type Table } from '../view-model/csv.ts';

type ExportTarget = 'timeline' | 'compare' | 'pareto' | 'map' | 'routes';
type Format = 'csv' | 'xlsx' | 'png' | 'svg';
const FORMATS: readonly Format[] = ['csv', 'xlsx', 'png', 'svg'];

const PICTURE_OF: Record<ExportTarget, string> = {
  timeline: '.chart-timeline',
  compare: '.chart-compare',
  pareto: '.chart-pareto',
  map: '.map-wrap',
  routes: '#route-list',
};
const TITLE: Record<ExportTarget, StringKey> = {
  timeline: 'timeline.title',
  compare: 'compare.title',
  pareto: 'pareto.title',
  map: 'export.map',
  routes: 'export.routes',
};

export interface DownloadContext {
  lang(): Lang;
  /** "baotou-rail-duisburg": the part of file names that says which query */
  baseName(): string;
  /** whether the target has anything to take away now */
  ready(target: ExportTarget): boolean;
  /** the target as a table (header row first), for CSV and XLSX */
  table(target: ExportTarget): Table | undefined;
}

const isTarget = (v: string | undefined): v is ExportTarget =>
  v !== undefined && Object.hasOwn(PICTURE_OF, v);
const isFormat = (v: string | undefined): v is Format =>
  v !== undefined && (FORMATS as readonly string[]).includes(v);

/**
 * Fills each download group of the page (`<span data-export-group="compare" data-formats="csv png">`)
 * with its label, one button per format and a status line, so the markup of the buttons is written
 * once. Run before the page's text is put in its language (the buttons carry data-i18n keys).
 */
export function renderDownloadGroups(root: ParentNode = document): void {
  for (const group of root.querySelectorAll<HTMLElement>('[data-export-group]')) {
    const target = group.dataset.exportGroup;
    const formats = (group.dataset.formats ?? '').split(/\s+/).filter(isFormat);
    if (!isTarget(target) || formats.length === 0) continue;
    const label = document.createElement('span');
    label.className = 'muted';
    label.dataset.i18n = 'export.download';
    label.textContent = 'Download';
    const buttons = formats.map((format) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'export-btn';
      b.dataset.export = target;
      b.dataset.format = format;
      b.dataset.i18n = `export.${format}`;
      b.textContent = format.toUpperCase();
      return b;
    });
    const status = document.createElement('span');
    status.className = 'export-status';
    status.setAttribute('role', 'status');
    group.replaceChildren(label, ...buttons, status);
  }
}

/** Names the buttons in the page's language and enables only those with something to save. */
export function labelDownloads(ctx: DownloadContext): void {
  const lang = ctx.lang();
  for (const b of document.querySelectorAll<HTMLButtonElement>('button.export-btn')) {
    const target = b.dataset.export;
    const format = b.dataset.format;
    if (!isTarget(target) || !isFormat(format)) continue;
    const what = t(lang, TITLE[target]);
    b.setAttribute(
      'aria-label',
      t(lang, `export.${format}.label`).replace(
        '{what}',
        lang === 'zh' ? what : what.toLowerCase(),
      ),
    );
    b.title = b.getAttribute('aria-label') ?? '';
    b.disabled = !ctx.ready(target);
  }
}

async function download(ctx: DownloadContext, target: ExportTarget, format: Format) {
  const name = `${ctx.baseName()}-${target}.${format}`;
  if (format === 'csv' || format === 'xlsx') {
    const table = ctx.table(target);
    if (table === undefined) throw new Error(`no table for ${target}`);
    if (format === 'csv')
      saveFile(name, new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }));
    else
      saveFile(
        name,
        await xlsxFile(table, t(ctx.lang(), target === 'routes' ? 'results.title' : TITLE[target])),
      );
    return;
  }
  const el = document.querySelector<HTMLElement>(PICTURE_OF[target]);
  if (!el) throw new Error(`nothing to draw for ${target}`);
  const snap = snapshotSvg(el);
  saveFile(name, format === 'svg' ? svgFile(snap) : await pngFile(snap));
}

export function wireDownloads(ctx: DownloadContext): void {
  document.addEventListener('click', (ev) => {
    const b = (ev.target as Element | null)?.closest<HTMLButtonElement>('button.export-btn');
    if (!b) return;
    const target = b.dataset.export;
    const format = b.dataset.format;
    if (!isTarget(target) || !isFormat(format)) return;
    const status = b.parentElement?.querySelector('.export-status');
    if (status) status.textContent = '';
    b.setAttribute('aria-busy', 'true');
    download(ctx, target, format)
      .catch(() => {
        if (status) status.textContent = t(ctx.lang(), 'export.failed');
      })
      .finally(() => b.removeAttribute('aria-busy'));
  });
}
