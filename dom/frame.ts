/**
 * One run per animation frame, however often it is asked for in between (STYLE.md habit 3: the
 * MutationObserver callback only queues; the work happens once per frame). In a background tab,
 * where frames don't run, a short timeout stands in. The pending run is dropped on `signal`.
 */

/** Tunable: stands in for an animation frame in hidden tabs. */
const FALLBACK_MS = 100;

/** Returns `schedule`: asks for one run of `run` at the next frame (no-op when one is pending). */
export function perFrame(win: Window, run: () => void, signal: AbortSignal): () => void {
  let scheduled = false;
  let frame = 0;
  let timer = 0;
  const hasFrames = typeof win.requestAnimationFrame === 'function';
  const cancel = () => {
    scheduled = false;
    if (hasFrames) win.cancelAnimationFrame(frame);
    win.clearTimeout(timer);
  };
  const fire = () => {
    cancel();
    run();
  };
  signal.addEventListener('abort', cancel);
  return () => {
    if (scheduled) return;
    scheduled = true;
    if (hasFrames) frame = win.requestAnimationFrame(fire);
    timer = win.setTimeout(fire, FALLBACK_MS);
  };
}
