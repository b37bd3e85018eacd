/**
 * One run per animation frame, however often it is asked for in between (STYLE.md habit 3: the
 * MutationObserver callback only queues; the work happens once per frame). In a background tab,
 * where frames don't run, a short timeout stands in. The pending run is dropped on `signal`.
 *
 * Back-off: after a run that took d ms the next waits at least REST × d ms, so runs never take more
 * than 1/(1 + REST) of the page's main thread, however hard a page churns (a mutation storm:
 * e2e/load.e2e.test.ts); what arrives meanwhile is coalesced into the next run by the caller's
 * queue. Cheap runs (a link or two) still go every frame. A run may go on in slices (it returns a
 * promise of the main-thread time it took, `sliced` below): no other run starts until it is done,
 * and the back-off counts all of its slices.
 */

/** Tunable: stands in for an animation frame in hidden tabs. */
const FALLBACK_MS = 100;
/** Tunable: rest after a run, in multiples of its duration (9: at most a tenth of the thread). */
const REST = 9;
/** Tunable: the longest a sliced run holds the page's main thread in one go, ms (a "long task",
 * the kind that makes a page feel frozen, is 50). */
export const SLICE_MS = 20;

/** Asks for one run at the next frame (no-op when one is pending). `now`: run now instead, or
 * right after the run in progress when there is one (then as usual); a run started now sets no
 * back-off (the cleaner's first pass: the page's own load, not churn). */
export type Scheduler = (now?: boolean) => void;

/** Returns `schedule` for `run`, which returns nothing (done) or a promise of its main-thread ms. */
export function perFrame(win: Window, run: () => void | Promise<number>, signal: AbortSignal): Scheduler {
  let scheduled = false;
  /** A sliced run is going on; `again`: asked for meanwhile. */
  let busy = false;
  let again = false;
  let frame = 0;
  let timer = 0;
  let until = 0;
  const cancel = () => {
    scheduled = false;
    win.cancelAnimationFrame?.(frame); // (jsdom without pretendToBeVisual has no frames)
    win.clearTimeout(timer);
  };
  const fire = async (exempt?: boolean) => {
    cancel();
    const t = Date.now();
    busy = true;
    let ms = 0;
    try {
      ms = (await run()) ?? Date.now() - t; // (a run done at once resumes in a microtask)
    } finally {
      busy = false;
      until = Date.now() + (exempt ? 0 : ms * REST);
      if (again && !signal.aborted) schedule((again = false));
    }
  };
  signal.addEventListener('abort', cancel);
  const schedule: Scheduler = (now) => {
    if (busy) again = true;
    else if (now) void fire(true);
    else if (!scheduled) {
      scheduled = true;
      const wait = until - Date.now();
      if (wait > 0) timer = win.setTimeout(() => fire(), wait);
      else {
        frame = win.requestAnimationFrame?.(() => fire()) ?? 0;
        timer = win.setTimeout(() => fire(), FALLBACK_MS);
      }
    }
  };
  return schedule;
}

/** What a sliced run gives back: its result and the main-thread time it took in all, ms. */
export interface Sliced<T> {
  value: T;
  ms: number;
}

/**
 * Runs `steps` for up to `sliceMs` (SLICE_MS); done by then (every ordinary page), the result
 * comes back at once. Otherwise it goes on in later tasks, `sliceMs` at a time, with the page's
 * input, rendering and scripts in between, and a promise comes back. A message on a private
 * channel starts each slice (a timer would wait a second between slices in a background tab).
 * `signal` stops it: the promise never settles. An error in a step throws, or rejects. `wrap` runs
 * around each slice (the converter's: its own writes unobserved).
 */
export function sliced<T>(steps: Generator<void, T, void>, signal: AbortSignal, sliceMs = SLICE_MS, wrap = (run: () => void) => run()): Sliced<T> | Promise<Sliced<T>> {
  let ms = 0;
  let r: IteratorResult<void, T>;
  const slice = () => {
    const t = performance.now();
    wrap(() => {
      do r = steps.next();
      while (!r.done && performance.now() - t < sliceMs);
    });
    ms += performance.now() - t;
    return r.done ? { value: r.value, ms } : null;
  };
  return (
    slice() ??
    new Promise((resolve, reject) => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => {
        try {
          if (signal.aborted) return port1.close();
          const done = slice();
          if (!done) return port2.postMessage(0);
          resolve(done);
        } catch (e) {
          reject(e);
        }
        port1.close();
      };
      port2.postMessage(0);
    })
  );
}
