/**
 * The scenario panel: lists the shipped scenarios (GET /api/v1/scenarios), runs the chosen one and
 * its baseline with the same seed (POST /api/v1/simulations, polling GET /api/v1/simulations/:id),
 * and plots KPI changes (paired by replication) and the scenario's border queues by day.
 */
import { ApiError, getJson, postJson } from '../api/client.ts';
import { pickName, t, type Lang } from '../view-model/i18n.ts';
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
interface Status {
  id: string;
  status: 'running' | 'done' | 'failed';
  progress: { done: number; total: number };
  result?: SimulationView;
  error?: string;
}

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

  const poll = async (id: string, onProgress: (s: Status) => void): Promise<SimulationView> => {
    for (;;) {
      const s = await getJson<Status>(`/api/v1/simulations/${encodeURIComponent(id)}`);
      onProgress(s);
      if (s.status === 'done' && s.result) return s.result;
      if (s.status === 'failed')
        throw new ApiError({
          title: t(getLang(), 'scenario.failed'),
          status: 0,
          detail: s.error ?? '',
        });
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  };

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
    const show = () => {
      const done = [...progress.values()].reduce((a, p) => a + p.done, 0);
      message = () => `${t(getLang(), 'scenario.progress')} ${done}/${replications * ids.length}`;
      render();
    };
    try {
      show();
      const started = await Promise.all(
        ids.map((id) =>
          postJson<{ id: string }>('/api/v1/simulations', {
            network,
            scenario: id,
            replications,
            seed: SEED,
          }),
        ),
      );
      const [scenario, baseline] = await Promise.all(
        started.map((s, i) =>
          poll(s.id, (st) => (progress.set(ids[i] ?? '', st.progress), show())),
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
      const p = err instanceof ApiError ? err.problem : { title: String(err), detail: '' };
      message = () => `${p.title}${p.detail ? `: ${p.detail}` : ''}`;
    } finally {
      run.disabled = false;
      render();
    }
  });
  render();
  return { render };
}
