import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { optionFingerprint } from '../../../src/components/prerendered-chart.tsx';
import { PAGE_FONT_FAMILY } from '../../../src/lib/chart-frame.ts';
import { ROOT } from '../../e2e/support/preview-server.ts';

/**
 * The build's picture of the first chart stands in for the live chart only while the option
 * is the one it was drawn from: the fingerprint must tell apart any two options that draw
 * differently, and agree where only code (formatters) differs.
 */
const option = (value: number, name = '2023年结果'): EChartsOption => ({
  series: [{ type: 'scatter', name, data: [[value, 0]] }],
  yAxis: { type: 'category', axisLabel: { formatter: (label: string) => label } },
});

describe('optionFingerprint', () => {
  it('changes with any value, name or colour the chart draws', () => {
    const base = optionFingerprint(option(5.8));
    expect(optionFingerprint(option(5.9))).not.toBe(base);
    expect(optionFingerprint(option(5.8, '2024年目标'))).not.toBe(base);
    expect(optionFingerprint({ ...option(5.8), color: ['#000'] })).not.toBe(base);
  });

  it('is the same for the same option built twice (formatters are code, left out)', () => {
    expect(optionFingerprint(option(5.8))).toBe(optionFingerprint(option(5.8)));
  });
});

describe('the page font in charts', () => {
  it('is app.css’s :root font stack, so chart text and page text match', () => {
    const css = readFileSync(join(ROOT, 'src/app/app.css'), 'utf8');
    const root = /:root\s*\{[^}]*?font-family:([^;]+);/u.exec(css)?.[1] ?? '';
    const families = (stack: string) =>
      stack.split(',').map((family) => family.trim().replace(/^'|'$/gu, ''));
    expect(families(root)).toEqual(families(PAGE_FONT_FAMILY));
  });
});
