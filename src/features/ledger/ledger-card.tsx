import { useId } from 'react';
import type { ReactNode } from 'react';

interface LedgerCardProps {
  className: string;
  title: string;
  description: ReactNode;
  children: ReactNode;
}

/** A card of the ledger view: a titled, described region, like the chart cards around it. */
export function LedgerCard({ className, title, description, children }: LedgerCardProps) {
  const headingId = useId();
  return (
    <section className={`card ${className}`} aria-labelledby={headingId}>
      <header className="card-header">
        <div>
          <h3 id={headingId}>{title}</h3>
          <p className="card-description">{description}</p>
        </div>
      </header>
      {children}
    </section>
  );
}
