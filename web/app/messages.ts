/** The status messages above the routes list: hint, no route (with the planner's reason), API problem, warnings. */
import type { Problem } from '../types.ts';
import { t, type Lang } from '../view-model/i18n.ts';

export type Message =
  | { type: 'hint' }
  | { type: 'running' }
  | { type: 'invalid'; text: string }
  | { type: 'no_route'; reason: string }
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

export function renderMessage(host: HTMLElement, msg: Message, warnings: readonly string[], lang: Lang): void {
  const parts: HTMLElement[] = [];
  if (msg.type === 'hint') parts.push(box('info', t(lang, 'results.empty'), []));
  if (msg.type === 'running') parts.push(box('info', t(lang, 'query.running'), []));
  if (msg.type === 'invalid') parts.push(box('warn', msg.text, []));
  if (msg.type === 'no_route') parts.push(box('warn', t(lang, 'results.no_route'), [msg.reason]));
  if (msg.type === 'problem') {
    const p = msg.problem;
    const issues = (p.issues ?? []).map((i) => `${i.path}: ${i.message}${i.hint ? ` (${i.hint})` : ''}`);
    // the detail often repeats an issue; the issue is the precise one (field path and hint)
    const repeats = (p.issues ?? []).some((i) => p.detail?.includes(i.message));
    const lines = [repeats ? '' : (p.detail ?? ''), ...issues].filter(Boolean);
    parts.push(box('error', `${t(lang, 'results.error')}: ${p.title}${p.status ? ` (${p.status})` : ''}`, lines));
  }
  if (warnings.length) parts.push(box('info', t(lang, 'results.warnings'), [...warnings]));
  host.replaceChildren(...parts);
}
