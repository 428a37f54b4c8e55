import { useEffect } from 'react';
import type { ThemeChoice } from './view-state.ts';
import { useMediaQuery } from './use-media-query.ts';

/** The theme in effect: the one chosen in the URL, else the system's; applied to <html>. */
export function useResolvedTheme(choice: ThemeChoice | null): ThemeChoice {
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  const theme = choice ?? (systemDark ? 'dark' : 'light');
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
