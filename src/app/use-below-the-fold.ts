import { useDeferredValue } from 'react';

/**
 * False on the first render, true from a background pass React runs right after it. What sits
 * below the fold (the sector views, the table, the comparison) renders in that pass, so the
 * first commit holds only the first screen: hydrating the build's prerendered page (the same
 * first render) is short, and the first chart starts drawing sooner.
 */
export function useBelowTheFold(): boolean {
  return useDeferredValue(true, false);
}
