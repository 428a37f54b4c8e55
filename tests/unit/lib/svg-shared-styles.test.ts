import { describe, expect, it } from 'vitest';
import { withSharedStyles } from '../../../src/lib/svg-shared-styles.ts';

const FONT = "font-size:12px;font-family:'PingFang SC', sans-serif;";
const SVG = [
  '<svg width="10" height="10" xmlns="http://www.w3.org/2000/svg">',
  `<text style="${FONT}" x="1">北海</text>`,
  `<text class="zr0-cls-1" style="${FONT}" x="2">GDP</text>`,
  '<text style="font-size:10px" x="3">once</text>',
  '<path d="M0 0L1 1" class="zr0-cls-0"/>',
  '</svg>',
].join('');

describe('withSharedStyles', () => {
  const shared = withSharedStyles(SVG, 'picture-wide');

  it('gives each element of a repeated style one class with a rule that carries that style', () => {
    expect(shared).toContain('<style>.picture-wide-0{' + FONT + '}</style>');
    expect(shared).toContain('<text class="picture-wide-0" x="1">北海</text>');
    expect(shared).not.toContain(`style="${FONT}"`);
  });

  it('keeps an element’s own classes, a style used once, the text and every other element', () => {
    expect(shared).toContain('<text class="zr0-cls-1 picture-wide-0" x="2">GDP</text>');
    expect(shared).toContain('<text style="font-size:10px" x="3">once</text>');
    expect(shared).toContain('<path d="M0 0L1 1" class="zr0-cls-0"/>');
    expect(
      shared.startsWith('<svg width="10" height="10" xmlns="http://www.w3.org/2000/svg">'),
    ).toBe(true);
  });

  it('leaves an SVG without repeated styles as it was', () => {
    const plain = '<svg width="1"><text style="font-size:10px">a</text></svg>';
    expect(withSharedStyles(plain, 'p')).toBe(plain);
  });
});
