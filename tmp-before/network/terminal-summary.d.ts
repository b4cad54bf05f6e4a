/** What a person reads to recognise a terminal, in one shape for the map's features and the place search. */
import type { Terminal } from '../model/index.ts';
export type TerminalSummary = Pick<Terminal, 'id' | 'name' | 'name_zh' | 'city' | 'city_zh' | 'country' | 'kinds' | 'modes'>;
export declare function terminalSummary(t: Terminal): TerminalSummary;
//# sourceMappingURL=terminal-summary.d.ts.map