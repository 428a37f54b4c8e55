import { useMediaQuery } from './use-media-query.ts';

/** The phone-narrow screen, where chart options shorten labels (app.css has the same width). */
export const COMPACT_SCREEN = '(max-width: 600px)';

/** Whether the screen is phone-narrow, for chart options that cannot use CSS. */
export function useCompactScreen(): boolean {
  return useMediaQuery(COMPACT_SCREEN);
}
