import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../../src/dataset/dataset-schema.ts';
import { segmentText, sentenceAround } from '../../../../src/features/source-view/source-model.ts';
import fixture from '../../../fixtures/dashboard-fixture.json';

const dataset = datasetSchema.parse(fixture);

describe('source text segments', () => {
  it('keeps the text intact and marks every number once', () => {
    const segments = segmentText(dataset.text, dataset.indicators, null);
    const whole = (s: (typeof segments)[number]) =>
      s.kind === 'number' ? s.text + s.after : s.text;
    expect(segments.map(whole).join('')).toBe(dataset.text);
    const numbers = segments.filter((s) => s.kind === 'number');
    expect(numbers).toHaveLength(dataset.indicators.length);
    expect(
      numbers.find((s) => s.kind === 'number' && s.indicatorId === 'retail-growth-2024')?.text,
    ).toBe('6%—7');
  });

  it('flags the selected number and its whole sentence', () => {
    const segments = segmentText(dataset.text, dataset.indicators, 'industry-rank-2023');
    const selected = segments.filter((s) => s.kind === 'number' && s.selected);
    expect(selected.map((s) => s.text)).toEqual(['第二']);
    const sentence = segments
      .filter((s) => s.inSentence)
      .map((s) => (s.kind === 'number' ? s.text + s.after : s.text))
      .join('');
    expect(sentence).toBe('规上工业增加值增长9.2%，总量居全区第二。');
  });

  it('keeps the punctuation after a marked number with it, so no line starts with 。', () => {
    const segments = segmentText(dataset.text, dataset.indicators, null);
    const rank = segments.find((s) => s.kind === 'number' && s.text === '第二');
    expect(rank?.kind === 'number' ? rank.after : null).toBe('。');
    segments.forEach((segment, index) => {
      if (segment.kind === 'text' && segments[index - 1]?.kind === 'number')
        expect(segment.text).not.toMatch(/^[。，、；：！？）]/u);
    });
  });

  it('ends a sentence at 。！？； or a line break, not at a comma', () => {
    const text = '前文。甲增长5%，乙增长6%；丙。';
    const start = text.indexOf('6');
    expect(text.slice(...sentenceAround(text, start, start + 1))).toBe('甲增长5%，乙增长6%；');
  });
});
