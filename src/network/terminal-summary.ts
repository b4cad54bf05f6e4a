/** What a person reads to recognise a terminal, in one shape for the map's features and the place search. */
import type { Terminal } from '../model/index.ts';

export type TerminalSummary = Pick<
  Terminal,
  'id' | 'name' | 'name_zh' | 'city' | 'city_zh' | 'country' | 'kinds' | 'modes'
>;

export function terminalSummary(t: Terminal): TerminalSummary {
  return {
    id: t.id,
    name: t.name,
    name_zh: t.name_zh,
    city: t.city,
    city_zh: t.city_zh,
    country: t.country,
    kinds: t.kinds,
    modes: t.modes,
  };
}
