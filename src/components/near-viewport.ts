import { createContext, useContext, useEffect, useState } from 'react';
import type { RefObject } from 'react';
import { useBrowserValue } from './hydration.ts';

/**
 * An element standing in for its descendants when deciding whether they are near the
 * viewport. Tabs provide their root, so a chart in a hidden panel (which never intersects)
 * still mounts when the tabs come into view, and is drawn while hidden.
 */
export const ViewportBoundaryContext = createContext<RefObject<HTMLElement | null> | null>(null);

const inTheBrowser = () => true;

/**
 * False on the server and while hydrating, true in any render in the browser after that: what
 * the build's prerendered page did not render waits for it, so hydration finds the same page.
 */
export function useInBrowser(): boolean {
  return useBrowserValue(inTheBrowser, false);
}

/**
 * Calls `then` once `element` comes within `margin` of the viewport, and stops watching; returns
 * what stops it sooner.
 */
export function whenNearViewport(element: Element, margin: string, then: () => void): () => void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      then();
    },
    { rootMargin: margin },
  );
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * True once the element (or the enclosing boundary) comes within `margin` of the viewport,
 * and true from then on; `eager` (the first chart, above the fold) skips the observer. ECharts
 * is parsed only for charts a reader is about to see, which keeps it off the main thread during
 * first load on phones, where charts sit below the fold. Always false while the build's
 * prerendered page is rendered and hydrated (src/app/prerender-first-view.tsx), so both agree.
 */
export function useNearViewport(
  ref: RefObject<HTMLElement | null>,
  eager = false,
  margin = '400px',
): boolean {
  const boundary = useContext(ViewportBoundaryContext);
  const inBrowser = useInBrowser();
  const [seen, setSeen] = useState(false);
  const near = seen || (inBrowser && (eager || typeof IntersectionObserver === 'undefined'));
  useEffect(() => {
    if (near || !inBrowser) return;
    const element = boundary?.current ?? ref.current;
    if (!element) return;
    return whenNearViewport(element, margin, () => setSeen(true));
  }, [near, inBrowser, boundary, ref, margin]);
  return near;
}
