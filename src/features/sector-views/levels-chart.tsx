import { useId, useMemo, useState } from 'react';
import { ChartCard } from '../../components/chart-card.tsx';
import { useChartEnvironment } from '../../components/chart-environment.ts';
import type { Indicator } from '../../dataset/dataset-schema.ts';
import { axisUnit, unitChoiceLabel } from '../../lib/i18n/format-indicator.ts';
import { capChartRows } from '../../lib/chart-cap.ts';
import { useI18n } from '../../lib/i18n/i18n.ts';
import { buildLevelGroups } from './bar-model.ts';
import { barChartHeight, buildBarOption } from './bar-option.ts';
import { buildBarTable } from './bar-table.ts';
import { sectorsOf } from '../../lib/sector-colors.ts';

interface LevelsChartProps {
  indicators: readonly Indicator[];
  onSelectIndicator: (indicatorId: string) => void;
  /** The unit chosen (kept in the URL by the parent); the first unit when absent or unknown. */
  unit?: string | null;
  onUnitChange?: (unit: string) => void;
}

/** Levels, one unit at a time: amounts in different units share no axis. */
export function LevelsChart({
  indicators,
  onSelectIndicator,
  unit: chosenUnit = null,
  onUnitChange,
}: LevelsChartProps) {
  const { lang, t } = useI18n();
  const { decals, compact } = useChartEnvironment();
  const selectId = useId();
  const groups = useMemo(() => buildLevelGroups(indicators), [indicators]);
  const [ownUnit, setOwnUnit] = useState<string | null>(null);
  const wantedUnit = onUnitChange ? chosenUnit : ownUnit;
  const setWantedUnit = onUnitChange ?? setOwnUnit;
  const group = groups.find((g) => g.unit === wantedUnit) ?? groups[0] ?? null;
  const capped = useMemo(() => capChartRows(group?.rows ?? []), [group]);
  const { rows } = capped;
  const unit = group?.unit ?? '';
  const option = useMemo(
    () =>
      rows.length === 0
        ? null
        : buildBarOption(rows, { lang, decals, compact, unitSuffix: axisUnit(unit, lang) }),
    [rows, lang, decals, compact, unit],
  );
  const table = useMemo(() => buildBarTable(rows, lang), [rows, lang]);
  const controls =
    groups.length > 1 ? (
      <label className="inline-control" htmlFor={selectId}>
        <span>{t('sector.levels.unit')}</span>
        <select
          id={selectId}
          value={group?.unit ?? ''}
          onChange={(event) => setWantedUnit(event.target.value)}
        >
          {groups.map((g) => (
            <option key={g.unit} value={g.unit}>
              {`${unitChoiceLabel(g.unit, lang)} (${g.rows.length})`}
            </option>
          ))}
        </select>
      </label>
    ) : null;
  return (
    <ChartCard
      chartId="levels"
      title={t('sector.levels.title')}
      description={t('sector.levels.description')}
      option={option}
      table={table}
      height={barChartHeight(rows)}
      onSelectIndicator={onSelectIndicator}
      controls={controls}
      cap={capped}
      sectors={sectorsOf(rows)}
    />
  );
}
