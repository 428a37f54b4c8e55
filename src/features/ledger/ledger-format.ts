import type {
  LedgerFigure,
  LedgerSubject,
  Place,
  Verdict,
} from '../../dataset/attainment-schema.ts';
import type { VerdictRule } from '../../ledger/attainment.ts';
import { formatNumber } from '../../lib/i18n/i18n.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { ledgerText } from './ledger-messages.ts';

export function placeName(place: Pick<Place, 'zh' | 'en'>, lang: Lang): string {
  return lang === 'en' ? (place.en ?? place.zh) : place.zh;
}

export function subjectName(subject: Pick<LedgerSubject, 'zh' | 'en'>, lang: Lang): string {
  return lang === 'en' ? (subject.en ?? subject.zh) : subject.zh;
}

export function verdictLabel(verdict: Verdict, lang: Lang): string {
  return ledgerText(lang, `verdict.${verdict}`);
}

/** The gap with its sign, in 百分点 between percentages, else in the goal's unit. */
export function gapText(gap: number, unit: string | null, lang: Lang): string {
  const value = formatNumber(gap, lang, true);
  if (unit === null || unit === '百分点') return ledgerText(lang, 'gap', { gap: value });
  return ledgerText(lang, 'gapUnit', { gap: value, unit });
}

/** The rule in a few words: "“左右”按严格口径判定；区间目标达到下限即达成". */
export function ruleSummary(rule: VerdictRule, lang: Lang): string {
  const approx =
    rule.approx === 'strict'
      ? ledgerText(lang, 'rule.summary.strict')
      : ledgerText(lang, 'rule.summary.tolerance', {
          tolerance: formatNumber(rule.tolerance, lang),
        });
  return [approx, ledgerText(lang, `rule.summary.${rule.range}`)].join(lang === 'zh' ? '；' : '; ');
}

/** A figure's sentence as one string a chart mark can carry: `reportId#indicatorId`. */
export function figureLink(figure: Pick<LedgerFigure, 'reportId' | 'indicatorId'>): string {
  return `${figure.reportId}#${figure.indicatorId}`;
}

export function parseFigureLink(link: string): { reportId: string; indicatorId: string } | null {
  const at = link.indexOf('#');
  if (at <= 0 || at === link.length - 1) return null;
  return { reportId: link.slice(0, at), indicatorId: link.slice(at + 1) };
}
