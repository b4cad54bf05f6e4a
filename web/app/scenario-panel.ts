/**
 * The scenario panel: lists the shipped scenarios (GET /api/v1/scenarios), runs the chosen one and
 * its baseline with the same seed (POST /api/v1/simulations, polling GET /api/v1/simulations/:id),
 * and plots KPI changes (paired by replication) and the scenario's border queues by day.
 */
import { ApiError, DEFAULT_RETRY, deleteJson, getJson, postJson } from '../api/client.ts';
import type { SimulationRunStatus, SimulationStatusHead } from '../../src/contract/index.ts';
import { pickName, t, type Lang } from '../view-model/i18n.ts';
import { problemView } from '../view-model/problem-text.ts';
import {
  kpiDeltaRows,
  pairedComparison,
  queueSeries,
  type SimulationView,
} from '../view-model/scenario-view.ts';
import { renderKpiDeltas, renderQueues } from '../panels/scenario-charts.ts';

interface Listing {
  id: string;
  name: string;
  name_zh?: string;
  description: string;
  description_zh?: string;
  baseline?: string;
}

/** The description in the language; English when the scenario file gives no Chinese one. */
const describeIn = (lang: Lang, s: Listing): string =>
  lang === 'zh' && s.description_zh ? s.description_zh : s.description;
/** GET /api/v1/simulations/:id as the contract defines it, with the result this panel reads. */
type Status = SimulationStatusHead & { result?: SimulationView };

/** The statuses after which a run never changes (src/contract's FINAL_SIMULATION_STATUSES; a unit test keeps them equal). */
export const FINAL_STATUSES: readonly SimulationRunStatus[] = ['done', 'failed', 'cancelled'];

/** Thrown when a run is cancelled, here or elsewhere: polling stops and nothing is plotted. */
class Cancelled extends Error {}
/** the run ended as failed on the server: its error text is for the log, not the planner */
class RunFailed extends Error {}

const POLL_MS = 500;
/** One seed for both runs, so replication r of the scenario and of the baseline share their draws. */
const SEED = 20_240_101;

const $ = (id: string) => document.getElementById(id) as HTMLElement;

export interface ScenarioPanel {
  render(): void;
}

export async function createScenarioPanel(
  network: string,
  getLang: () => Lang,
  borderName: (id: string) => string,
): Promise<ScenarioPanel | undefined> {
  let listing: Listing[];
  try {
    listing = (
      await getJson<{ scenarios: Listing[] }>(
        `/api/v1/scenarios?network=${encodeURIComponent(network)}`,
      )
    ).scenarios;
  } catch {
    return undefined; // a server without simulations: the panel stays hidden
  }
  if (listing.length === 0) return undefined;
  const panel = $('scenario-panel');
  const form = $('scenario-form') as HTMLFormElement;
  const select = $('scenario-select') as HTMLSelectElement;
  const reps = $('scenario-reps') as HTMLInputElement;
  const status = $('scenario-status');
  const run = $('scenario-run') as HTMLButtonElement;
  panel.hidden = false;
  select.replaceChildren(
    ...listing.map((s) =>
      Object.assign(document.createElement('option'), {
        value: s.id,
        textContent: pickName(getLang(), s),
      }),
    ),
  );
  const preferred = listing.find((s) => s.baseline);
  if (preferred) select.value = preferred.id;

  const nameOf = (id: string): string => {
    const s = listing.find((x) => x.id === id);
    return s ? pickName(getLang(), s) : id;
  };

  let results: { baseline?: SimulationView; scenario?: SimulationView; id?: string } = {};
  // a function of the language, so a finished run's line follows a language switch
  let message: () => string = () => '';

  const describe = () => {
    const s = listing.find((x) => x.id === select.value);
    const lang = getLang();
    $('scenario-desc').textContent = s ? describeIn(lang, s) : '';
    $('scenario-desc').lang = s && lang === 'zh' && s.description_zh ? 'zh-CN' : 'en';
  };
  const render = () => {
    const lang = getLang();
    for (const option of select.options) {
      const s = listing.find((x) => x.id === option.value);
      if (s) option.textContent = pickName(lang, s);
    }
    status.textContent = message();
    bar.setAttribute('aria-label', t(lang, 'scenario.progress_label'));
    describe();
    const kpis = $('scenario-kpis');
    const queues = $('scenario-queues');
    $('scenario-results').hidden = !results.scenario;
    if (!results.scenario) {
      kpis.replaceChildren();
      queues.replaceChildren();
      return;
    }
    if (results.baseline)
      renderKpiDeltas(
        kpis,
        kpiDeltaRows(pairedComparison(results.baseline, results.scenario)),
        lang,
      );
    else
      kpis.replaceChildren(
        Object.assign(document.createElement('p'), {
          className: 'muted',
          textContent: t(lang, 'scenario.no_baseline'),
        }),
      );
    renderQueues(queues, queueSeries(results.scenario), borderName, lang);
  };

  /** the runs of the current submission, for cancel; aborting stops their polling */
  let current: { ids: string[]; controller: AbortController } | undefined;
  const cancel = $('scenario-cancel') as HTMLButtonElement;
  const bar = $('scenario-progress') as HTMLProgressElement;

  const poll = async (
    id: string,
    signal: AbortSignal,
    onProgress: (s: Status) => void,
  ): Promise<SimulationView> => {
    for (;;) {
      if (signal.aborted) throw new Cancelled();
      const s = await getJson<Status>(`/api/v1/simulations/${encodeURIComponent(id)}`, signal);
      onProgress(s);
      if (FINAL_STATUSES.includes(s.status)) {
        if (s.status === 'done' && s.result) return s.result;
        if (s.status === 'cancelled') throw new Cancelled();
        throw new RunFailed(s.error ?? '');
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  };

  cancel.addEventListener('click', () => {
    const c = current;
    if (!c) return;
    c.controller.abort();
    for (const id of c.ids)
      void deleteJson(`/api/v1/simulations/${encodeURIComponent(id)}`).catch(() => undefined);
  });

  select.addEventListener('change', describe);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const chosen = listing.find((s) => s.id === select.value);
    if (!chosen) return;
    const replications = Math.min(20, Math.max(1, Math.round(Number(reps.value) || 1)));
    run.disabled = true;
    results = { id: chosen.id };
    const ids = [chosen.id, ...(chosen.baseline ? [chosen.baseline] : [])];
    const progress = new Map<string, Status['progress']>();
    const total = replications * ids.length;
    const controller = new AbortController();
    current = { ids: [], controller };
    cancel.hidden = false;
    bar.hidden = false;
    const show = () => {
      const done = [...progress.values()].reduce((a, p) => a + p.done, 0);
      bar.max = total;
      bar.value = done;
      message = () => `${t(getLang(), 'scenario.progress')} ${done}/${total}`;
      render();
    };
    try {
      show();
      const started = await Promise.all(
        ids.map((id) =>
          // starting a run is not a query: a lost answer is not tried again (it might start twice)
          postJson<{ id: string }>(
            '/api/v1/simulations',
            { network, scenario: id, replications, seed: SEED },
            controller.signal,
            { ...DEFAULT_RETRY, retries: 0 },
          ),
        ),
      );
      current.ids = started.map((s) => s.id);
      const [scenario, baseline] = await Promise.all(
        started.map((s, i) =>
          poll(s.id, controller.signal, (st) => (progress.set(ids[i] ?? '', st.progress), show())),
        ),
      );
      results = {
        id: chosen.id,
        ...(scenario ? { scenario } : {}),
        ...(baseline ? { baseline } : {}),
      };
      const baselineId = chosen.baseline;
      message = () =>
        baselineId ? `${t(getLang(), 'scenario.baseline')}: ${nameOf(baselineId)}` : '';
    } catch (err) {
      if (err instanceof Cancelled || controller.signal.aborted) {
        controller.abort(); // the other run's polling stops too
        for (const id of current?.ids ?? [])
          void deleteJson(`/api/v1/simulations/${encodeURIComponent(id)}`).catch(() => undefined);
        results = {};
        message = () => t(getLang(), 'scenario.cancelled');
      } else {
        // a failed run, or the API's problem (a dropped connection included) in plain words
        message = () => {
          const lang = getLang();
          if (err instanceof RunFailed) return t(lang, 'scenario.failed');
          const problem =
            err instanceof ApiError ? err.problem : { title: 'offline', status: 0 as const };
          const view = problemView(lang, problem);
          return [view.title, ...view.lines].join(t(lang, 'punct.colon'));
        };
      }
    } finally {
      current = undefined;
      cancel.hidden = true;
      bar.hidden = true;
      run.disabled = false;
      render();
    }
  });
  render();
  return { render };
}
