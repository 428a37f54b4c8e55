import { useEffect, useSyncExternalStore } from 'react';
import type { ThemeChoice } from '../lib/url-state.ts';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches;
}

/** The theme in effect: the one chosen in the URL, else the system's; applied to <html>. */
export function useResolvedTheme(choice: ThemeChoice | null): ThemeChoice {
  const systemDark = useSyncExternalStore(subscribe, systemPrefersDark, () => false);
  const theme = choice ?? (systemDark ? 'dark' : 'light');
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
