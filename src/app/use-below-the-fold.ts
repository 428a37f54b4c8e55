import { startTransition, useEffect, useState } from 'react';
import { useInBrowser, whenNearViewport } from '../components/near-viewport.ts';
import { whenTheReaderArrives } from './first-input.ts';

/**
 * False until the reader reaches past the first screen, then true for good. What sits below the
 * fold (the sector views, the table) renders then, in a background pass: opening the page runs
 * only the first screen's code, so a phone that shows the headline cards and no further does
 * none of that work. The reader reaches it with their first input on the page (a pointer
 * moving, a key such as Tab, a touch, the wheel; once given, every dashboard after renders
 * whole), when `fold` (the element after the first screen) comes within `margin` of the
 * viewport, or when `wanted` (say, "show in table" from the source view).
 * Always false on the server and while hydrating, so both render the first screen alone.
 */
export function useBelowTheFold(
  fold: HTMLElement | null,
  wanted = false,
  margin = '400px',
): boolean {
  const inBrowser = useInBrowser();
  const [reached, setReached] = useState(false);
  useEffect(() => {
    if (reached || !inBrowser) return;
    const reach = (): void => startTransition(() => setReached(true));
    if (wanted || typeof IntersectionObserver === 'undefined') {
      reach();
      return;
    }
    const stopWaiting = whenTheReaderArrives(reach);
    const stopWatching = fold ? whenNearViewport(fold, margin, reach) : undefined;
    return () => {
      stopWaiting();
      stopWatching?.();
    };
  }, [reached, inBrowser, wanted, fold, margin]);
  return reached;
}
