/**
 * Which load generators a run uses: wrk (installed from Debian when missing and possible), autocannon beside it (BENCH_HTTP_TOOLS picks,
 * e.g. "wrk" or "autocannon"). A missing wrk is said in the output and autocannon runs instead,
 * never a silent change of tool.
 */
import { runAutocannon } from './autocannon-load.ts';
import type { LoadResult } from './load-result.ts';
import type { Workload } from './workload.ts';
import { ensureWrk, runWrk } from './wrk.ts';

export type Tool = LoadResult['tool'];

export interface LoadSettings {
  seconds: number;
  connections: number;
  /** wrk threads (autocannon always runs on the bench's one thread) */
  threads: number;
  /** count failed answers by status (autocannon always does; wrk runs slower when it does) */
  countStatuses?: boolean;
}

export interface ToolChoice {
  tools: Tool[];
  /** what was asked for, what was found, and any fallback */
  note: string;
}

export function chooseTools(
  asked = process.env['BENCH_HTTP_TOOLS'] ?? 'wrk,autocannon',
): ToolChoice {
  const wanted = asked.split(',').map((t) => t.trim()) as Tool[];
  const unknown = wanted.filter((t) => t !== 'wrk' && t !== 'autocannon');
  if (unknown.length > 0) throw new Error(`BENCH_HTTP_TOOLS: unknown tool ${unknown.join(', ')}`);
  if (!wanted.includes('wrk'))
    return { tools: wanted, note: `load generators: ${wanted.join(', ')}` };
  const wrk = ensureWrk();
  if (wrk !== undefined)
    return {
      tools: wanted,
      note: `load generators: ${wanted.join(', ')} (${wrk.version}${wrk.installed ? ', installed by this run' : ''})`,
    };
  const tools: Tool[] = ['autocannon'];
  return {
    tools,
    note: 'wrk NOT FOUND on the PATH and not installable here (not root, or no apt-get; Debian: apt-get install -y wrk): autocannon runs instead, and its figures are capped by autocannon taking most of a core',
  };
}

export function runLoad(
  tool: Tool,
  url: string,
  w: Workload,
  s: LoadSettings,
): Promise<LoadResult> {
  return tool === 'wrk'
    ? runWrk(w, {
        url,
        seconds: s.seconds,
        connections: s.connections,
        threads: s.threads,
        countStatuses: s.countStatuses ?? false,
      })
    : runAutocannon(w, { url, seconds: s.seconds, connections: s.connections });
}
