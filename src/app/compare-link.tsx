import type { MouseEvent } from 'react';
import { compareText } from '../features/compare/compare-messages.ts';
import { useI18n } from '../lib/i18n/i18n.ts';
import { serializeViewState } from './view-state.ts';
import type { ViewState, ViewUpdate } from './view-state.ts';

/** The comparison this report opens: itself first, then any reports already chosen. */
export function compareWith(view: ViewState, reportId: string): Partial<ViewState> {
  return {
    view: 'compare',
    compare: [reportId, ...view.compare.filter((id) => id !== reportId)],
    indicator: null,
  };
}

interface CompareLinkProps {
  view: ViewState;
  reportId: string;
  setView: (update: ViewUpdate) => void;
}

/** “Compare this report with…”: a real link (it can be copied or opened in a new tab). */
export function CompareLink({ view, reportId, setView }: CompareLinkProps) {
  const { lang } = useI18n();
  const next = compareWith(view, reportId);
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    setView(next);
  };
  return (
    <p className="compare-link">
      <a href={`./${serializeViewState({ ...view, ...next })}`} onClick={open}>
        {compareText(lang, 'link')}
      </a>
    </p>
  );
}
