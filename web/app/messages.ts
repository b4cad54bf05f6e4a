/** The status messages above the routes list: hint, no route (with the planner's reason), API problem, warnings. */
import type { PlanResult, Problem } from '../types.ts';
import { t, type Lang } from '../view-model/i18n.ts';
import { messageText, type CodedMessage, type Namer } from '../view-model/notice-text.ts';

export type Message =
  | { type: 'hint' }
  | { type: 'running' }
  | { type: 'invalid'; text: string }
  | { type: 'no_route'; reason: CodedMessage }
  | { type: 'problem'; problem: Problem }
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

export function renderMessage(
  host: HTMLElement,
  msg: Message,
  warnings: readonly CodedMessage[],
  lang: Lang,
  namer?: Namer,
): void {
  const parts: HTMLElement[] = [];
  if (msg.type === 'hint') parts.push(box('info', t(lang, 'results.empty'), []));
  if (msg.type === 'running') parts.push(box('info', t(lang, 'query.running'), []));
  if (msg.type === 'invalid') parts.push(box('warn', msg.text, []));
  if (msg.type === 'no_route')
    parts.push(box('warn', t(lang, 'results.no_route'), [messageText(lang, msg.reason, namer)]));
  if (msg.type === 'problem') {
    const p = msg.problem;
    const issues = (p.issues ?? []).map(
      (i) => `${i.path}: ${i.message}${i.hint ? ` (${i.hint})` : ''}`,
    );
    // the detail often repeats an issue; the issue is the precise one (field path and hint)
    const repeats = (p.issues ?? []).some((i) => p.detail?.includes(i.message));
    const lines = [repeats ? '' : (p.detail ?? ''), ...issues].filter(Boolean);
    parts.push(
      box(
        'error',
        `${t(lang, 'results.error')}: ${p.title}${p.status ? ` (${p.status})` : ''}`,
        lines,
      ),
    );
  }
  if (warnings.length)
    parts.push(
      box(
        'info',
        t(lang, 'results.warnings'),
        warnings.map((w) => messageText(lang, w, namer)),
      ),
    );
  host.replaceChildren(...parts);
}
