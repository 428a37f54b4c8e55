import { useId, useMemo } from 'react';
import type { SlimDataset, Indicator } from '../../dataset/dataset-schema.ts';
import { useI18n } from '../../lib/i18n/i18n.ts';
import { HeadlineCard } from './headline-card.tsx';
import { statedHeadlines, visibleHeadlines } from './headline-model.ts';

interface HeadlineCardsProps {
  dataset: SlimDataset;
  indicators: readonly Indicator[];
  onSelectIndicator: (indicatorId: string) => void;
}

export function HeadlineCards({ dataset, indicators, onSelectIndicator }: HeadlineCardsProps) {
  const { t } = useI18n();
  const headingId = useId();
  const stated = useMemo(() => statedHeadlines(dataset), [dataset]);
  const cards = useMemo(() => visibleHeadlines(stated, indicators), [stated, indicators]);
  if (cards.length === 0) return null;
  return (
    <section className="headline-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('headline.title')}</h2>
      <ul className="headline-grid">
        {cards.map((card) => (
          <HeadlineCard
            key={card.key}
            card={card}
            reviewYear={dataset.report.reviewYear}
            planYear={dataset.report.planYear}
            onSelectIndicator={onSelectIndicator}
          />
        ))}
      </ul>
    </section>
  );
}
