import { useMediaQuery } from './use-media-query.ts';

/** Whether the screen is phone-narrow, for chart options that cannot use CSS. */
export function useCompactScreen(): boolean {
  return useMediaQuery('(max-width: 600px)');
}
