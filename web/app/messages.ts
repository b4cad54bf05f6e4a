/**
 * The status messages above the routes list: hint, running (or trying again), no route (with the
 * planner's reason), a problem in plain words with its "did you mean" places as buttons, and notes.
 */
import type { PlanResult, Problem } from '../types.ts';
import { t, type Lang } from '../view-model/i18n.ts';
import type { TimeZoneId } from '../view-model/time-zone.ts';
import { messageText, type CodedMessage, type Namer } from '../view-model/notice-text.ts';
import { problemView, type PlaceChoice } from '../view-model/problem-text.ts';

export type Message =
  | { type: 'hint' }
  | { type: 'running'; retrying?: boolean }
  | { type: 'invalid'; text: string }
  | { type: 'no_route'; reason: CodedMessage }
  | { type: 'problem'; problem: Problem; kept?: boolean }
  | { type: 'none' };

function box(kind: 'info' | 'warn' | 'error', title: string, lines: string[]): HTMLElement {
  const div = document.createElement('div');
  div.className = `msg msg-${kind}`;
  const h = document.createElement('h3');
  h.textContent = title;
  div.append(h);
  if (lines.length === 1) {
    const p = document.createElement('p');
    p.textContent = lines[0] ?? '';
    div.append(p);
  } else if (lines.length > 1) {
    const ul = document.createElement('ul');
    for (const l of lines) {
      const li = document.createElement('li');
      li.textContent = l;
      ul.append(li);
    }
    div.append(ul);
  }
  return div;
}

/** The no-route reason of an answer in structured form (code and params when the server sends them). */
export function reasonOf(
  result: Pick<PlanResult, 'reason' | 'reason_code' | 'reason_params'>,
): CodedMessage {
  return { code: result.reason_code, params: result.reason_params, text: result.reason ?? '' };
}

/** The warnings of an answer in structured form; a server without `notices` gives the texts alone. */
export function noticesOf(
  result: Pick<PlanResult, 'warnings'> & { notices?: PlanResult['notices'] | undefined },
): CodedMessage[] {
  const notices = result.notices ?? [];
  return notices.length === result.warnings.length
    ? notices
    : result.warnings.map((text) => ({ text }));
}

export interface MessageOptions {
  lang: Lang;
  /** the zone dates are written in */
  zone: TimeZoneId;
  namer?: Namer;
  /** a "did you mean" place was chosen */
  onChoose?: (choice: PlaceChoice) => void;
}

export function renderMessage(
  host: HTMLElement,
  msg: Message,
  warnings: readonly CodedMessage[],
  o: MessageOptions,
): void {
  const { lang, namer, zone } = o;
  const parts: HTMLElement[] = [];
  if (msg.type === 'hint') parts.push(box('info', t(lang, 'results.empty'), []));
  if (msg.type === 'running')
    parts.push(box('info', t(lang, msg.retrying ? 'problem.retrying' : 'query.running'), []));
  if (msg.type === 'invalid') parts.push(box('warn', msg.text, []));
  if (msg.type === 'no_route')
    parts.push(
      box('warn', t(lang, 'results.no_route'), [messageText(lang, msg.reason, namer, zone)]),
    );
  if (msg.type === 'problem') {
    const view = problemView(lang, msg.problem, namer);
    const el = box('error', view.title, [
      ...view.lines,
      ...(msg.kept ? [t(lang, 'problem.kept')] : []),
    ]);
    if (view.choices.length > 0) {
      const p = document.createElement('p');
      p.className = 'choices';
      p.append(`${t(lang, 'problem.did_you_mean')} `);
      for (const c of view.choices) {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'link-button choice';
        b.dataset.field = c.field;
        b.dataset.place = c.id;
        b.textContent = c.name;
        b.addEventListener('click', () => o.onChoose?.(c));
        p.append(b, ' ');
      }
      el.append(p);
    }
    parts.push(el);
  }
  if (warnings.length)
    parts.push(
      box(
        'info',
        t(lang, 'results.warnings'),
        warnings.map((w) => messageText(lang, w, namer, zone)),
      ),
    );
  host.replaceChildren(...parts);
}
