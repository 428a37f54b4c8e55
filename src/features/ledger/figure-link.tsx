import type { MouseEvent } from 'react';
import type { LedgerFigure } from '../../dataset/attainment-schema.ts';
import { useI18n } from '../../lib/i18n/i18n.ts';
import { ledgerText } from './ledger-messages.ts';

export interface SourceLinks {
  /** The address of the report dashboard with this sentence open, for a real link. */
  href: (reportId: string, indicatorId: string) => string;
  /** Opens it in place (the report loads and its source view scrolls to the span). */
  open: (reportId: string, indicatorId: string) => void;
}

/** A figure as the report writes it, linked to its sentence; estimate and stretch clause beside it. */
export function FigureLink({
  figure,
  label,
  links,
}: {
  figure: LedgerFigure;
  label: string;
  links: SourceLinks;
}) {
  const { lang } = useI18n();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // A modified click opens a new tab as links do; a plain one stays in the page.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    links.open(figure.reportId, figure.indicatorId);
  };
  return (
    <>
      <a
        href={links.href(figure.reportId, figure.indicatorId)}
        onClick={onClick}
        aria-label={label}
        className="ledger-figure"
      >
        {figure.written}
      </a>
      {figure.estimated ? (
        <span className="ledger-note"> ({ledgerText(lang, 'table.estimated')})</span>
      ) : null}
      {figure.stretch ? (
        <span className="ledger-note ledger-stretch">
          {ledgerText(lang, 'table.stretch', { text: figure.stretch })}
        </span>
      ) : null}
    </>
  );
}
