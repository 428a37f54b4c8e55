import { describe, expect, it } from 'vitest';
import { fitText, subjectAxis, wrapText } from '../../../src/lib/chart-axes.ts';

const rows = [
  {
    sector: 'industry' as const,
    subject: {
      zh: '规模以上工业增加值',
      en: 'Value added of industry above designated size (year on year)',
    },
  },
];

function labelOf(axis: ReturnType<typeof subjectAxis>): string {
  const { formatter } = (axis as { axisLabel: { formatter: (value: string) => string } }).axisLabel;
  return formatter('0');
}

describe('subject axis labels', () => {
  it('wraps a long subject onto a second line rather than cut it, and keeps the remark whole', () => {
    const label = labelOf(subjectAxis(rows, 'en', () => 'result only'));
    expect(label).not.toContain('…');
    expect(label).toMatch(
      /^\{industry\|●\} Value added of industry.*\n {4}.*\(year on year\) \{muted\|result only\}$/s,
    );
  });

  it('leaves the remark off on a phone and wraps the subject onto two lines', () => {
    const label = labelOf(subjectAxis(rows, 'zh', () => '仅有结果', true));
    expect(label).toBe('{industry|●} 规模以上工业\n    增加值');
  });

  it('wraps at a word in English and shortens only what two lines cannot hold', () => {
    expect(wrapText('Gross regional product', 100)).toBe('Gross regional\nproduct');
    expect(wrapText('one two three four five six seven eight nine ten', 60)).toMatch(/\n.*…$/);
  });

  it('leaves text that fits untouched', () => {
    expect(fitText('地区生产总值', 100)).toBe('地区生产总值');
    expect(fitText('地区生产总值', 50)).toBe('地区生…');
  });
});
