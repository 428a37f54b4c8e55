import { useEffect } from 'react';
import type { ThemeChoice } from './view-state.ts';
import { useMediaQuery } from './use-media-query.ts';

/**
 * The theme in effect: the one chosen in the URL, else the system's. A choice is set on <html>;
 * without one the stylesheet follows the system by itself (color-scheme: light dark), and an
 * attribute set on <html> as the app starts would restyle the whole page for nothing.
 */
export function useResolvedTheme(choice: ThemeChoice | null): ThemeChoice {
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  useEffect(() => {
    const root = document.documentElement;
    if (choice === null) delete root.dataset.theme;
    else root.dataset.theme = choice;
  }, [choice]);
  return choice ?? (systemDark ? 'dark' : 'light');
}
