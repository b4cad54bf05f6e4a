/**
 * Work the page does at load (projecting the countries and the network, drawing and naming them) in
 * slices: a drawing is written as a generator that yields wherever it may pause, and is run either at
 * once (a click or a language switch redraws in one go) or in slices of about `SLICE_MS`, giving the
 * browser the main thread in between, so no task at load blocks input for long (docs/decisions.md W9).
 * The end result on the page is the same either way.
 */
type Steps = Iterable<void | 'frame'>;

/** After the next frame is drawn (or 100 ms, in a tab the browser does not draw). */
function afterFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });
}

/**
 * A slice's length: under a phone's CPU (4× slower, as Lighthouse assumes) a slice stays under the
 * 50 ms that makes a task "long".
 */
const SLICE_MS = 8;

interface Scheduler {
  yield(): Promise<void>;
}

/** Gives the main thread back: input, rendering and other tasks run before the page goes on. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs every step at once. */
export function runSteps(steps: Steps): void {
  for (const _ of steps) {
    // every step runs; none pauses
  }
}

/** Runs the steps, yielding to the browser whenever a slice has taken `sliceMs`. */
export async function runStepsSliced(steps: Steps, sliceMs = SLICE_MS): Promise<void> {
  let start = performance.now();
  for (const step of steps) {
    if (step === 'frame') {
      await afterFrame();
      start = performance.now();
      continue;
    }
    if (performance.now() - start < sliceMs) continue;
    await yieldToBrowser();
    start = performance.now();
  }
}
