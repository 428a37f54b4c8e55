export const FIRST_INPUTS = [
  'pointermove',
  'pointerdown',
  'keydown',
  'touchstart',
  'wheel',
] as const;

/**
 * Set on <html> by the page's inline guard (src/app/first-view-guard.ts) at an input given
 * before this module ran: the build's page can be used for a while before the app's code
 * arrives, and those inputs count as the reader's first.
 */
export const READER_ARRIVED = 'readerArrived';

/**
 * Whether the reader has given any input on this page yet (a pointer moving or pressed, a key,
 * a touch, the wheel). Until then the page is only being looked at, and work that waits for the
 * reader (the chart code, what lies below the first screen) waits.
 */
let arrived = false;
let listening = false;
const waiting = new Set<() => void>();

function arrive(): void {
  arrived = true;
  for (const type of FIRST_INPUTS) removeEventListener(type, arrive, true);
  const callbacks = [...waiting];
  waiting.clear();
  for (const callback of callbacks) callback();
}

/**
 * Calls `callback` at the reader's first input on this page, or at once if it has been given.
 * Returns what stops waiting for it.
 */
export function whenTheReaderArrives(callback: () => void): () => void {
  if (arrived || document.documentElement.dataset[READER_ARRIVED] !== undefined) {
    callback();
    return () => {};
  }
  waiting.add(callback);
  if (!listening) {
    listening = true;
    for (const type of FIRST_INPUTS)
      addEventListener(type, arrive, { capture: true, passive: true });
  }
  return () => waiting.delete(callback);
}
