/** Terminal → the short reference routes carry, and epoch hours → ISO 8601 UTC. */
import type { Terminal, TerminalRef } from '../model/index.ts';
export declare function terminalRef(t: Terminal): TerminalRef;
export declare function isoFromHours(h: number): string;
//# sourceMappingURL=terminal-ref.d.ts.map