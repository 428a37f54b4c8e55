import { describe, expect, it } from 'vitest';
import { reportLooks } from '../../../../src/features/compare/report-colors.ts';

const library = [
  'beihai-2024',
  'china-2024',
  'shanghai-2024',
  'shanghai-2023',
  'beijing-2026',
  'upload-1a2b3c4d',
];

describe('reportLooks', () => {
  it('gives a report the same look whatever order the reports were chosen in', () => {
    const forward = reportLooks(['beihai-2024', 'china-2024', 'shanghai-2024'], 'light');
    const backward = reportLooks(['shanghai-2024', 'china-2024', 'beihai-2024'], 'light');
    for (const id of ['beihai-2024', 'china-2024', 'shanghai-2024']) {
      expect(backward.get(id)).toEqual(forward.get(id));
    }
  });

  it('keeps a report’s look when another report joins a pair, unless the two collide', () => {
    const pair = reportLooks(['beihai-2024', 'china-2024'], 'light');
    const three = reportLooks(['beihai-2024', 'china-2024', 'beijing-2026'], 'light');
    expect(three.get('beihai-2024')).toEqual(pair.get('beihai-2024'));
    expect(three.get('china-2024')).toEqual(pair.get('china-2024'));
  });

  it('never gives two of up to six chosen reports the same colour or the same shape', () => {
    const looks = [...reportLooks(library, 'light').values()];
    expect(new Set(looks.map((look) => look.color)).size).toBe(library.length);
    expect(new Set(looks.map((look) => look.symbol)).size).toBe(library.length);
    expect(new Set(looks.map((look) => look.glyph)).size).toBe(library.length);
  });

  it('keeps the shape and lightens the hue in the dark theme', () => {
    const light = reportLooks(library, 'light');
    const dark = reportLooks(library, 'dark');
    for (const id of library) {
      expect(dark.get(id)?.symbol).toBe(light.get(id)?.symbol);
      expect(dark.get(id)?.color).not.toBe(light.get(id)?.color);
    }
  });
});
