/**
 * Lighthouse (the npm package, 12.x) against the web view as `corridor serve` sends it (compressed,
 * with ETags), in Debian's Chromium driven over its debugging port: desktop and mobile, each run
 * BENCH_LIGHTHOUSE_RUNS times (default 3), medians against the targets of issue 13 (desktop
 * performance ≥ 90, mobile ≥ 70, accessibility ≥ 98, best practices 100). The audits that cost
 * accessibility or best-practice points are listed, so they can be fixed. Traffic stays on 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse, { desktopConfig, type Config, type RunnerResult } from 'lighthouse';
import { chromium } from 'playwright-core';
import { startCorridor, withServer } from '../http/server-process.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const RUNS = Number(process.env['BENCH_LIGHTHOUSE_RUNS'] ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
type Category = (typeof CATEGORIES)[number];
const TARGETS: Record<'desktop' | 'mobile', Record<Category, number>> = {
  desktop: { performance: 90, accessibility: 98, 'best-practices': 100 },
  mobile: { performance: 70, accessibility: 98, 'best-practices': 100 },
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** One Lighthouse run in a fresh Chromium profile (a cold cache, as a first visit). */
async function audit(url: string, form: 'desktop' | 'mobile'): Promise<RunnerResult> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'corridor-lighthouse-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--remote-debugging-port=${port}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const config: Config | undefined = form === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(
      url,
      {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        // the machine is the bench's own: measured, not simulated throttling is not comparable
        // between machines, so the default simulated throttling of each form factor stays
      },
      config,
    );
    if (!result) throw new Error(`lighthouse gave no result for ${url}`);
    return result;
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function run(): Promise<string> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: apt-get update && apt-get install -y chromium`,
    );
  // measure the page as it is now, built as `npm start` builds it
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('npm', ['run', '-s', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
  return withServer(startCorridor(), async (server) => {
    const url = `${server.url}/?lang=en`;
    const lines = [
      `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version} on Debian's Chromium (${execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim()}), ${url.replace(/:\d+/, ':PORT')}, medians of ${RUNS} runs, simulated throttling:`,
      '',
      '| form | category | median | runs | target | |',
      '|---|---|---:|---|---:|---|',
    ];
    const findings = new Map<string, string>();
    for (const form of ['desktop', 'mobile'] as const) {
      const scores: Record<Category, number[]> = {
        performance: [],
        accessibility: [],
        'best-practices': [],
      };
      const metrics: string[] = [];
      for (let i = 0; i < RUNS; i++) {
        const { lhr } = await audit(url, form);
        for (const c of CATEGORIES)
          scores[c].push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
        if (i === 0) {
          for (const id of [
            'first-contentful-paint',
            'largest-contentful-paint',
            'total-blocking-time',
            'cumulative-layout-shift',
          ])
            metrics.push(`${lhr.audits[id]?.title ?? id} ${lhr.audits[id]?.displayValue ?? ''}`);
          for (const c of ['accessibility', 'best-practices'] as const)
            for (const ref of lhr.categories[c]?.auditRefs ?? []) {
              const a = lhr.audits[ref.id];
              if (ref.weight > 0 && a && a.score !== null && a.score < 1) {
                const items = (
                  (a.details as { items?: { node?: { snippet?: string } }[] } | undefined)?.items ??
                  []
                )
                  .map((it) => it.node?.snippet ?? '')
                  .filter(Boolean);
                const shown = items
                  .slice(0, 3)
                  .map((x) => `\`${x.slice(0, 90)}\``)
                  .join(', ');
                findings.set(
                  `${form} ${c}: ${a.id}`,
                  `${a.title} (${items.length}: ${shown}${items.length > 3 ? ', …' : ''})`,
                );
              }
            }
        }
      }
      for (const c of CATEGORIES) {
        const m = median(scores[c]);
        const target = TARGETS[form][c];
        lines.push(
          `| ${form} | ${c} | ${m} | ${scores[c].join(', ')} | ≥ ${target} | ${m >= target ? 'met' : '**not met**'} |`,
        );
      }
      lines.push(`| ${form} | metrics (first run) | | ${metrics.join('; ')} | | |`);
    }
    lines.push(
      '',
      findings.size
        ? 'Audits losing points (first run of each form):'
        : 'No accessibility or best-practice audit loses points.',
    );
    for (const [where, title] of findings) lines.push(`- ${where} — ${title}`);
    return lines.join('\n');
  });
}
