import type { Lang } from '../lib/i18n/lang.ts';
import type { AppView } from './view-state.ts';

/**
 * The views the header switches between, in the order shown. Adding a view is one entry here,
 * one in APP_VIEWS (src/app/view-state.ts) and one branch in App.
 */
export const VIEW_SWITCH: readonly { id: AppView; label: Record<Lang, string> }[] = [
  { id: 'dashboard', label: { zh: '单份报告', en: 'One report' } },
  { id: 'ledger', label: { zh: '目标达成台账', en: 'Attainment ledger' } },
  { id: 'compare', label: { zh: '报告对比', en: 'Compare reports' } },
];

export const VIEW_SWITCH_LABEL: Record<Lang, string> = { zh: '视图', en: 'View' };
