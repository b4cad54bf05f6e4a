/**
 * The saved-answers panel: save the answer on screen, run a saved query again, remove one, and
 * tick two to see them side by side. The list lives in localStorage; a browser that refuses
 * storage (private mode, full quota) keeps the list for this page only.
 */
import type { PlanResult } from '../types.ts';
import { t, type Lang } from '../view-model/i18n.ts';
import type { QueryState } from '../view-model/query-state.ts';
import {
  SAVED_KEY,
  addSaved,
  parseSaved,
  removeSaved,
  savedTitle,
  sideBySide,
  toSaved,
  type SavedAnswer,
} from '../view-model/saved-answers.ts';
import type { TimeZoneId } from '../view-model/time-zone.ts';
import { formatDateTime } from '../view-model/format.ts';

export interface SavedPanelContext {
  lang(): Lang;
  zone(): TimeZoneId;
  /** the query and answer on screen, if any */
  current(): { query: QueryState; answer: PlanResult } | undefined;
  run(query: QueryState): void;
}

const $ = (id: string): HTMLElement => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`page: element #${id} is missing`);
  return el;
};

function readStore(): SavedAnswer[] {
  try {
    return parseSaved(localStorage.getItem(SAVED_KEY));
  } catch {
    return [];
  }
}

function writeStore(list: SavedAnswer[]): void {
  try {
    localStorage.setItem(SAVED_KEY, JSON.stringify(list));
  } catch {
    /* storage refused: the list lasts for this page */
  }
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function createSavedPanel(ctx: SavedPanelContext): { render(): void } {
  let saved = readStore();
  /** ticked for comparison, oldest tick first */
  let ticked: string[] = [];
  const saveBtn = $('save-answer') as HTMLButtonElement;

  const render = () => {
    const lang = ctx.lang();
    const zone = ctx.zone();
    saveBtn.disabled = ctx.current() === undefined;
    ticked = ticked.filter((id) => saved.some((s) => s.id === id));
    $('saved-hint').textContent = t(lang, saved.length < 2 ? 'saved.empty' : 'saved.choose');
    const list = $('saved-list');
    list.replaceChildren(
      ...saved.map((s) => {
        const box = el('input', { type: 'checkbox', checked: ticked.includes(s.id) });
        box.dataset.saved = s.id;
        box.addEventListener('change', () => {
          ticked = box.checked
            ? [...ticked.filter((id) => id !== s.id), s.id].slice(-2)
            : ticked.filter((id) => id !== s.id);
          render();
        });
        const again = el(
          'button',
          { type: 'button', className: 'saved-load' },
          t(lang, 'saved.load'),
        );
        again.addEventListener('click', () => ctx.run(s.query));
        const remove = el(
          'button',
          { type: 'button', className: 'saved-remove' },
          t(lang, 'saved.remove'),
        );
        remove.addEventListener('click', () => {
          saved = removeSaved(saved, s.id);
          writeStore(saved);
          render();
        });
        const title = savedTitle(lang, s);
        again.setAttribute('aria-label', `${t(lang, 'saved.load')}: ${title}`);
        remove.setAttribute('aria-label', `${t(lang, 'saved.remove')}: ${title}`);
        box.setAttribute('aria-label', `${t(lang, 'saved.pick')}: ${title}`);
        return el(
          'li',
          { className: 'saved-item' },
          el(
            'label',
            {},
            box,
            el('span', { className: 'saved-name' }, title),
            el('span', { className: 'muted' }, formatDateTime(lang, s.saved_at, zone)),
          ),
          el('span', { className: 'saved-actions' }, again, remove),
        );
      }),
    );
    const host = $('saved-compare');
    const [a, b] = ticked.map((id) => saved.find((s) => s.id === id));
    if (!a || !b) {
      host.replaceChildren();
      return;
    }
    const rows = sideBySide(lang, a, b, zone);
    const table = el(
      'table',
      { className: 'saved-table' },
      el('caption', {}, t(lang, 'saved.compare')),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }),
          el('th', { scope: 'col' }, t(lang, 'saved.first')),
          el('th', { scope: 'col' }, t(lang, 'saved.second')),
        ),
      ),
      el(
        'tbody',
        {},
        ...rows.map((r) =>
          el(
            'tr',
            { className: r.differs ? 'differs' : '' },
            el('th', { scope: 'row' }, r.label),
            el('td', {}, r.a),
            el('td', {}, r.b),
          ),
        ),
      ),
    );
    host.replaceChildren(table);
  };

  saveBtn.addEventListener('click', () => {
    const now = ctx.current();
    if (!now) return;
    const item = toSaved(now.query, now.answer, new Date());
    saved = addSaved(saved, item);
    writeStore(saved);
    render();
  });
  // another tab saved or removed one: show the same list
  window.addEventListener('storage', (ev) => {
    if (ev.key !== SAVED_KEY) return;
    saved = readStore();
    render();
  });
  return { render };
}
