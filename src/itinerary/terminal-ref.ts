/** Terminal → the short reference routes carry, and epoch hours → ISO 8601 UTC. */
import type { Terminal, TerminalRef } from '../model/index.ts';
import { isoFromMs } from '../lib/iso-time.ts';

export function terminalRef(t: Terminal): TerminalRef {
  return {
    id: t.id,
    name: t.name,
    name_zh: t.name_zh,
    country: t.country,
    lon: t.location.lon,
    lat: t.location.lat,
  };
}

export function isoFromHours(h: number): string {
  return isoFromMs(Math.round(h * 3_600_000));
}
