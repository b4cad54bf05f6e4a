/**
 * Which load generators a run uses: wrk when installed, autocannon beside it (BENCH_HTTP_TOOLS picks,
 * e.g. "wrk" or "autocannon"). A missing wrk is said in the output and autocannon runs instead,
 * never a silent change of tool.
 */
import { runAutocannon } from './autocannon-load.ts';
import type { LoadResult } from './load-result.ts';
import type { Workload } from './workload.ts';
import { findWrk, runWrk } from './wrk.ts';

export type Tool = LoadResult['tool'];

export interface LoadSettings {
  seconds: number;
  connections: number;
  /** wrk threads (autocannon always runs on the bench's one thread) */
  threads: number;
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
  const wrk = findWrk();
  if (!wanted.includes('wrk'))
    return { tools: wanted, note: `load generators: ${wanted.join(', ')}` };
  if (wrk !== undefined)
    return { tools: wanted, note: `load generators: ${wanted.join(', ')} (${wrk})` };
  const tools: Tool[] = ['autocannon'];
  return {
    tools,
    note: 'wrk NOT FOUND on the PATH (Debian: apt-get install -y wrk): autocannon runs instead, and its figures are capped by autocannon taking most of a core',
  };
}

export function runLoad(
  tool: Tool,
  url: string,
  w: Workload,
  s: LoadSettings,
): Promise<LoadResult> {
  return tool === 'wrk'
    ? runWrk(w, { url, seconds: s.seconds, connections: s.connections, threads: s.threads })
    : runAutocannon(w, { url, seconds: s.seconds, connections: s.connections });
}
