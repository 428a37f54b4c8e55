import { createContext, useCallback, useContext } from 'react';
import { useBrowserValue } from '../components/hydration.ts';

/**
 * What a media query is taken to be where there is no screen: while the build prerenders and
 * while the browser hydrates that page, false. The prerender sets it to draw the first chart
 * as a phone shows it too.
 */
export const ServerMediaContext = createContext<(query: string) => boolean>(() => false);

function matches(query: string): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

/** Whether a CSS media query holds now, re-rendering when it changes (false where unknown). */
export function useMediaQuery(query: string): boolean {
  const serverMatches = useContext(ServerMediaContext);
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => {};
      const media = window.matchMedia(query);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    [query],
  );
  const read = useCallback(() => matches(query), [query]);
  return useBrowserValue(read, serverMatches(query), subscribe);
}
