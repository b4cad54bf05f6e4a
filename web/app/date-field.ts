/**
 * The departure date field: a text field holding "YYYY-MM-DD" in both languages (the browser's own
 * date field writes its value in the browser's locale, "12/01/2026" on a Chinese page), a calendar
 * button that opens the browser's date picker, and a note under the field that reads the date back
 * in the page's language with its weekday ("2026年12月1日周二"), or says how to write it.
 */
import { formatWeekdayDate } from '../view-model/format.ts';
import { t, type Lang } from '../view-model/i18n.ts';
import { parseDateText } from '../view-model/query-state.ts';

export interface DateField {
  /** writes the note and the button's name again in the page's language */
  relabel(): void;
}

export function createDateField(
  input: HTMLInputElement,
  button: HTMLButtonElement,
  picker: HTMLInputElement,
  note: HTMLElement,
  lang: () => Lang,
): DateField {
  const relabel = () => {
    const text = input.value;
    const iso = parseDateText(text);
    button.setAttribute('aria-label', t(lang(), 'query.depart.pick'));
    button.title = t(lang(), 'query.depart.pick');
    if (iso === undefined) {
      note.textContent = t(lang(), 'query.depart.invalid');
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    input.removeAttribute('aria-invalid');
    note.textContent = iso === '' ? '' : formatWeekdayDate(lang(), iso);
  };
  input.addEventListener('input', relabel);
  button.addEventListener('click', () => {
    picker.value = parseDateText(input.value) || '';
    try {
      picker.showPicker();
    } catch {
      // no picker here (an older browser): the planner types the date
      input.focus();
    }
  });
  picker.addEventListener('change', () => {
    if (!picker.value) return;
    input.value = picker.value;
    relabel();
    input.focus();
  });
  relabel();
  return { relabel };
}
