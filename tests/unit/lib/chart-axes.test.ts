import { describe, expect, it } from 'vitest';
import { fitText, subjectAxis } from '../../../src/lib/chart-axes.ts';

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
  it('shortens a long subject itself and keeps the muted remark whole', () => {
    const label = labelOf(subjectAxis(rows, 'en', () => 'result only'));
    expect(label).toMatch(/^\{industry\|●\} Value added of industry.*… \{muted\|result only\}$/);
  });

  it('leaves the remark off on a phone so the subject keeps the room', () => {
    const label = labelOf(subjectAxis(rows, 'zh', () => '仅有结果', true));
    expect(label).toBe('{industry|●} 规模以上工业…');
  });

  it('leaves text that fits untouched', () => {
    expect(fitText('地区生产总值', 100)).toBe('地区生产总值');
    expect(fitText('地区生产总值', 50)).toBe('地区生…');
  });
});
