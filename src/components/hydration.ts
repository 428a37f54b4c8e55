import { startTransition, useEffect, useState } from 'react';

let hydrating = false;

/** Called just before the build's page is hydrated (src/app/start-app.tsx). */
export function beginHydration(): void {
  hydrating = true;
}

/**
 * The last child of the app's root: its effect runs once the hydrating render is committed,
 * after every other effect of that render, so every component of it read `hydrating` as set.
 */
export function HydrationEnd(): null {
  useEffect(() => {
    hydrating = false;
  }, []);
  return null;
}

/**
 * A value read from the browser (a media query, being in the browser at all) that the build's
 * page was rendered with another of: `assumed` while that page is prerendered or hydrated, so
 * both agree; then the browser's, as a transition. useSyncExternalStore would make that second
 * render synchronous, in the task that commits the hydration: the whole page at once, tens of
 * milliseconds with input blocked. A transition renders in slices between frames. Outside
 * hydration the first render reads the browser straight away. `read` and `subscribe` must keep
 * their identity between renders (module functions, or useCallback).
 */
export function useBrowserValue<T>(
  read: () => T,
  assumed: T,
  subscribe?: (onChange: () => void) => () => void,
): T {
  const [value, setValue] = useState(() =>
    typeof window === 'undefined' || hydrating ? assumed : read(),
  );
  useEffect(() => {
    const update = () => setValue(read());
    startTransition(update);
    return subscribe?.(update);
  }, [read, assumed, subscribe]);
  return value;
}
