/**
 * Place autocomplete (ARIA combobox): suggestions from GET /api/v1/places in English or Chinese,
 * chosen with the mouse or arrow keys + Enter. The chosen terminal id is what the query sends; text
 * typed without choosing is sent as it is (the planner resolves names in either language).
 */
import type { Place } from '../types.ts';
import { bothNames, countryName, pickName, t, tDynamic, type Lang } from '../view-model/i18n.ts';
import {
  placeForName,
  rankPlaces,
  type PlaceContext,
  type RankedPlace,
} from '../view-model/place-fit.ts';

export interface PlaceCombobox {
  /** the id of the chosen place, or the typed text */
  value(): string;
  /** shows a value from the URL (an id or text); a known id is shown by name once looked up */
  set(value: string, place?: Place): void;
  relabel(lang: Lang): void;
  /** closes the list and drops suggestions still on their way (the query is running) */
  dismiss(): void;
  /**
   * Before a query: a typed city name that has a terminal fitting the query (a bonded zone for a
   * 1210 import …) becomes that terminal, said in the note under the field; anything else stays.
   */
  resolve(): Promise<string>;
}

export function createPlaceCombobox(
  input: HTMLInputElement,
  list: HTMLUListElement,
  search: (q: string, signal: AbortSignal) => Promise<Place[]>,
  getLang: () => Lang,
  /** the query the place is for: its ticked modes, quantity unit, cargo and regime */
  context: () => PlaceContext,
  /** the line under the field that says which terminal a typed name was taken as, and why */
  note: HTMLElement,
): PlaceCombobox {
  let chosen: Place | undefined;
  let options: RankedPlace[] = [];
  let active = -1;
  let pending: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';
  list.setAttribute('role', 'listbox');

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (p: Place) => {
    chosen = p;
    input.value = pickName(getLang(), p);
    note.textContent = '';
    close();
  };
  const render = () => {
    const lang = getLang();
    list.replaceChildren(
      ...options.map(({ place: p, fits, why }, i) => {
        const li = document.createElement('li');
        li.id = `${list.id}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', i === active ? 'true' : 'false');
        li.className = `${i === active ? 'active' : ''}${fits ? '' : ' unfit'}`.trim();
        li.dataset.place = p.id;
        const name = document.createElement('span');
        name.textContent = bothNames(lang, p);
        const sub = document.createElement('span');
        sub.className = 'muted';
        const fit = why ? ` · ${t(lang, why)}` : fits ? '' : ` · ${t(lang, 'place.no_mode')}`;
        sub.textContent = `${p.kinds.map((k) => tDynamic(lang, `tkind.${k}`)).join(', ')} · ${countryName(lang, p.country)}${fit}`;
        li.append(name, sub);
        // mousedown, not click: it fires before the input's blur closes the list
        li.addEventListener('mousedown', (ev) => {
          ev.preventDefault();
          choose(p);
        });
        return li;
      }),
    );
    list.hidden = options.length === 0;
    input.setAttribute('aria-expanded', options.length ? 'true' : 'false');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
  };

  input.addEventListener('input', () => {
    chosen = undefined;
    note.textContent = '';
    if (timer) clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 1) {
      options = [];
      close();
      return;
    }
    timer = setTimeout(() => {
      pending?.abort();
      pending = new AbortController();
      search(q, pending.signal)
        .then((places) => {
          options = rankPlaces(places, context());
          active = -1;
          if (document.activeElement === input) render();
        })
        .catch(() => {
          /* suggestions are a convenience; the query itself reports errors */
        });
    }, 120);
  });
  input.addEventListener('keydown', (ev) => {
    if (list.hidden || options.length === 0) return;
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length;
      render();
    } else if (ev.key === 'Enter' && active >= 0) {
      ev.preventDefault();
      const p = options[active];
      if (p) choose(p.place);
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  return {
    value: () =>
      chosen && input.value === pickName(getLang(), chosen) ? chosen.id : input.value.trim(),
    set(value, place) {
      chosen = place;
      note.textContent = '';
      input.value = place ? pickName(getLang(), place) : value;
    },
    relabel(lang) {
      if (chosen) input.value = pickName(lang, chosen);
    },
    async resolve() {
      const typed = input.value.trim();
      if ((chosen && typed === pickName(getLang(), chosen)) || typed === '') return this.value();
      let places: Place[];
      try {
        places = await search(typed, new AbortController().signal);
      } catch {
        return typed;
      }
      const found = placeForName(typed, places, context());
      if (!found || !found.why || input.value.trim() !== typed) return this.value();
      const lang = getLang();
      choose(found.place);
      note.textContent = t(lang, 'place.chosen')
        .replace('{typed}', typed)
        .replace('{name}', pickName(lang, found.place))
        .replace('{why}', t(lang, found.why));
      return found.place.id;
    },
    dismiss() {
      if (timer) clearTimeout(timer);
      pending?.abort();
      options = [];
      close();
    },
  };
}
