import { createContext, useContext, useEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * An element standing in for its descendants when deciding whether they are near the
 * viewport. Tabs provide their root, so a chart in a hidden panel (which never intersects)
 * still mounts when the tabs come into view, and is drawn while hidden.
 */
export const ViewportBoundaryContext = createContext<RefObject<HTMLElement | null> | null>(null);

/**
 * True once the element (or the enclosing boundary) comes within `margin` of the viewport,
 * and true from then on. ECharts is parsed only for charts a reader is about to see, which
 * keeps it off the main thread during first load on phones, where charts sit below the fold.
 */
export function useNearViewport(ref: RefObject<HTMLElement | null>, margin = '400px'): boolean {
  const boundary = useContext(ViewportBoundaryContext);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (near) return;
    const element = boundary?.current ?? ref.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, boundary, ref, margin]);
  return near;
}
