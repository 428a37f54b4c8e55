import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';

/**
 * From this many rows on, the table draws only the rows near the viewport. Below it every row
 * is in the page, so the browser's find-in-page and printing see them all; a report has a few
 * hundred indicators, a pasted 5 MB one tens of thousands.
 */
export const VIRTUAL_FROM_ROWS = 400;

/** A row's height before it is measured: two lines of quote. */
const ESTIMATED_ROW_PX = 72;

export interface VirtualRows<T> {
  rows: { item: T; index: number }[];
  /** Empty space above and below the drawn rows, so the page keeps its full height. */
  paddingTop: number;
  paddingBottom: number;
  /** For each drawn row's element (`data-index` set), so its real height is used. */
  measureRow: ((element: Element | null) => void) | undefined;
  /** Scrolls the page so row `index` is drawn and centred. */
  scrollToRow: (index: number) => void;
}

/**
 * The rows of `items` to draw, scrolled with the page (the table is not a scroll box of its
 * own). `startRef` marks where the rows begin on the page.
 */
export function useVirtualRows<T>(
  items: readonly T[],
  startRef: RefObject<HTMLElement | null>,
): VirtualRows<T> {
  const virtual = items.length >= VIRTUAL_FROM_ROWS;
  const [scrollMargin, setScrollMargin] = useState(0);
  // What sits above the table (filters, notes) moves it; read its place when the rows change.
  useLayoutEffect(() => {
    const start = startRef.current;
    if (!virtual || !start) return;
    const top = Math.round(start.getBoundingClientRect().top + window.scrollY);
    if (top !== scrollMargin) setScrollMargin(top);
  }, [startRef, virtual, scrollMargin, items]);
  const virtualizer = useWindowVirtualizer({
    count: virtual ? items.length : 0,
    estimateSize: () => ESTIMATED_ROW_PX,
    // A row with no box yet (not laid out) keeps its estimate; as 0 px, every row would fit.
    measureElement: (element) => element.getBoundingClientRect().height || ESTIMATED_ROW_PX,
    overscan: 6,
    scrollMargin,
  });
  if (!virtual) {
    return {
      rows: items.map((item, index) => ({ item, index })),
      paddingTop: 0,
      paddingBottom: 0,
      measureRow: undefined,
      scrollToRow: () => {},
    };
  }
  const drawn = virtualizer.getVirtualItems();
  const first = drawn[0];
  const last = drawn[drawn.length - 1];
  return {
    rows: drawn.flatMap(({ index }) => {
      const item = items[index];
      return item === undefined ? [] : [{ item, index }];
    }),
    paddingTop: first ? first.start - scrollMargin : 0,
    paddingBottom: last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0,
    measureRow: virtualizer.measureElement,
    scrollToRow: (index) => virtualizer.scrollToIndex(index, { align: 'center' }),
  };
}
