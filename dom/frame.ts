/**
 * One run per animation frame, however often it is asked for in between (STYLE.md habit 3: the
 * MutationObserver callback only queues; the work happens once per frame). In a background tab,
 * where frames don't run, a short timeout stands in. The pending run is dropped on `signal`.
 *
 * Back-off: after a run that took d ms the next waits at least REST × d ms, so runs never take more
 * than 1/(1 + REST) of the page's main thread, however hard a page churns (a mutation storm:
 * e2e/load.e2e.test.ts); what arrives meanwhile is coalesced into the next run by the caller's
 * queue. Cheap runs (a link or two) still go every frame.
 */

/** Tunable: stands in for an animation frame in hidden tabs. */
const FALLBACK_MS = 100;
/** Tunable: rest after a run, in multiples of its duration (9: at most a tenth of the thread). */
const REST = 9;

/** Returns `schedule`: asks for one run of `run` at the next frame (no-op when one is pending). */
export function perFrame(win: Window, run: () => void, signal: AbortSignal): () => void {
  let scheduled = false;
  let frame = 0;
  let timer = 0;
  let until = 0;
  const cancel = () => {
    scheduled = false;
    win.cancelAnimationFrame?.(frame); // (jsdom without pretendToBeVisual has no frames)
    win.clearTimeout(timer);
  };
  const fire = () => {
    cancel();
    const t = Date.now();
    run();
    until = t + (Date.now() - t) * (1 + REST); // = end + REST × duration
  };
  signal.addEventListener('abort', cancel);
  return () => {
    if (scheduled) return;
    scheduled = true;
    const wait = until - Date.now();
    if (wait > 0) return void (timer = win.setTimeout(fire, wait));
    frame = win.requestAnimationFrame?.(fire) ?? 0;
    timer = win.setTimeout(fire, FALLBACK_MS);
  };
}
