/** Reads and writes the query form's controls as a QueryState (the places come from their comboboxes). */
import {
  DEFAULT_QUERY,
  parseCountryList,
  parseDateText,
  type QueryState,
} from '../view-model/query-state.ts';
import { decodePageState } from '../view-model/url-state.ts';

function field<T extends HTMLElement>(form: HTMLFormElement, name: string): T {
  const el = form.elements.namedItem(name);
  if (!el) throw new Error(`query form: no control named "${name}"`);
  return el as unknown as T;
}

/** Reads the non-place controls; the lenient URL decoder validates them the same way a link is validated. */
export function readForm(form: HTMLFormElement, from: string, to: string): QueryState {
  const p = new URLSearchParams();
  p.set('from', from);
  p.set('to', to);
  const departText = field<HTMLInputElement>(form, 'depart').value;
  const depart = parseDateText(departText);
  if (depart) p.set('depart', depart);
  p.set(
    field<HTMLSelectElement>(form, 'unit').value,
    field<HTMLInputElement>(form, 'quantity').value,
  );
  const cargo = [...form.querySelectorAll<HTMLInputElement>('input[name="cargo"]:checked')].map(
    (c) => c.value,
  );
  if (cargo.length) p.set('cargo', cargo.join(','));
  p.set('regime', field<HTMLSelectElement>(form, 'regime').value);
  p.set('objective', field<HTMLSelectElement>(form, 'objective').value);
  p.set('avoid', parseCountryList(field<HTMLInputElement>(form, 'avoid').value).join(','));
  const value = field<HTMLInputElement>(form, 'value').value;
  if (value) p.set('value', value);
  const pieces = field<HTMLInputElement>(form, 'pieces').value;
  if (pieces) p.set('pieces', pieces);
  const dg = field<HTMLSelectElement>(form, 'dg_class').value;
  if (dg) p.set('dg', dg);
  const modes = [...form.querySelectorAll<HTMLInputElement>('input[name="modes"]:checked')].map(
    (c) => c.value,
  );
  // no box ticked reads as "no restriction", like all four: a query with no mode could never run
  if (modes.length) p.set('modes', modes.join(','));
  const q = decodePageState(p.toString()).query;
  // a quantity the decoder rejected (0, negative, empty) is kept as NaN so the page can say so
  const n = Number(field<HTMLInputElement>(form, 'quantity').value);
  if (!(n > 0)) q.quantity = Number.NaN;
  // so is a date that is no date: the query is not run "from now" instead
  if (depart === undefined) q.depart = departText.trim();
  return q;
}

/**
 * Fields that mean something only beside another one are off while it is unset: parcels are counted
 * only for loose cargo in kg, a dangerous-goods class only with the dangerous-goods flag.
 */
export function syncDependentFields(form: HTMLFormElement): void {
  field<HTMLInputElement>(form, 'pieces').disabled =
    field<HTMLSelectElement>(form, 'unit').value !== 'kg';
  const dg = form.querySelector<HTMLInputElement>('input[name="cargo"][value="dangerous_goods"]');
  field<HTMLSelectElement>(form, 'dg_class').disabled = !dg?.checked;
}

export function writeForm(form: HTMLFormElement, q: QueryState = DEFAULT_QUERY): void {
  const depart = field<HTMLInputElement>(form, 'depart');
  depart.value = q.depart;
  // the note under the field follows its value
  depart.dispatchEvent(new Event('input'));
  field<HTMLSelectElement>(form, 'unit').value = q.unit;
  field<HTMLInputElement>(form, 'quantity').value = String(q.quantity);
  for (const c of form.querySelectorAll<HTMLInputElement>('input[name="cargo"]'))
    c.checked = q.cargo.includes(c.value as never);
  field<HTMLSelectElement>(form, 'regime').value = q.regime;
  field<HTMLSelectElement>(form, 'objective').value = q.objective;
  field<HTMLInputElement>(form, 'avoid').value = q.avoid.join(', ');
  field<HTMLInputElement>(form, 'value').value = q.value_usd > 0 ? String(q.value_usd) : '';
  field<HTMLInputElement>(form, 'pieces').value = q.pieces > 0 ? String(q.pieces) : '';
  field<HTMLSelectElement>(form, 'dg_class').value = q.dg_class > 0 ? String(q.dg_class) : '';
  syncDependentFields(form);
  for (const c of form.querySelectorAll<HTMLInputElement>('input[name="modes"]'))
    c.checked = q.modes.length === 0 || q.modes.includes(c.value as never);
}
