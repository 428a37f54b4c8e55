import { useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { ViewportBoundaryContext } from './near-viewport.ts';

export interface TabItem {
  id: string;
  label: string;
  panel: ReactNode;
}

/**
 * WAI-ARIA tabs (arrow keys, Home, End). Inactive panels stay mounted but hidden, and their
 * charts mount when the tabs come into view, so a chart there is first drawn at 0×0 and must
 * resize when shown (EChartView does).
 */
export function Tabs({
  label,
  items,
  active: wanted,
  onChange,
}: {
  label: string;
  items: readonly TabItem[];
  /** The tab to show when the parent keeps the choice (in the URL); else the tabs keep it. */
  active?: string | null;
  onChange?: (id: string) => void;
}) {
  const baseId = useId();
  const [own, setOwn] = useState(items[0]?.id ?? '');
  const controlled = onChange !== undefined;
  const active = controlled
    ? items.some((item) => item.id === wanted)
      ? (wanted ?? '')
      : (items[0]?.id ?? '')
    : own;
  const setActive = (id: string) => (controlled ? onChange(id) : setOwn(id));
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  const rootRef = useRef<HTMLDivElement>(null);
  const focusTab = (index: number) => {
    const item = items[(index + items.length) % items.length];
    if (!item) return;
    setActive(item.id);
    tabRefs.current.get(item.id)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: items.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusTab(next);
  };
  return (
    <div className="tabs" ref={rootRef}>
      <div role="tablist" aria-label={label} className="tab-list">
        {items.map((item, index) => (
          <button
            key={item.id}
            ref={(element) => {
              if (element) tabRefs.current.set(item.id, element);
              else tabRefs.current.delete(item.id);
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${item.id}`}
            aria-selected={item.id === active}
            aria-controls={`${baseId}-panel-${item.id}`}
            tabIndex={item.id === active ? 0 : -1}
            className="tab"
            onClick={() => setActive(item.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {item.label}
          </button>
        ))}
      </div>
      <ViewportBoundaryContext.Provider value={rootRef}>
        {items.map((item) => (
          <div
            key={item.id}
            role="tabpanel"
            id={`${baseId}-panel-${item.id}`}
            aria-labelledby={`${baseId}-tab-${item.id}`}
            hidden={item.id !== active}
            className="tab-panel"
          >
            {item.panel}
          </div>
        ))}
      </ViewportBoundaryContext.Provider>
    </div>
  );
}
