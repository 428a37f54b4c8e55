import { describe, expect, it } from 'vitest';
import { checkViewLink } from '../../../src/app/link-check.ts';
import { parseViewState, serializeViewState } from '../../../src/app/view-state.ts';

const KNOWN = { reports: ['beihai-2024', 'china-2024'], indicators: ['i10-13'] };

/** The address after the correction is written, as the page would show it. */
function corrected(search: string): string {
  return serializeViewState({ ...parseViewState(search), ...checkViewLink(search, KNOWN).patch });
}

describe('checkViewLink', () => {
  it('finds nothing to say about a sound link', () => {
    const search = '?report=china-2024&sectors=economy&measure=growth&kind=target&indicator=i10-13';
    expect(checkViewLink(search, KNOWN)).toEqual({ corrections: [], patch: {} });
  });

  it.each([
    ['?report=../../etc/passwd', '../../etc/passwd'],
    ['?report=%2e%2e%2f', '../'],
    ['?report=%3Cb%3Ex%3C/b%3E', '<b>x</b>'],
    ['?report=nowhere-2030', 'nowhere-2030'],
  ])('drops report= in %s, quoting it as the link had it', (search, value) => {
    expect(checkViewLink(search, KNOWN).corrections).toEqual([{ param: 'report', value }]);
    expect(corrected(search)).toBe('');
  });

  it('keeps what exists of a list and drops the rest, each parameter with its own line', () => {
    const search = '?report=beihai-2024&sectors=economy,moon&measure=vibes&compare=china-2024,x';
    expect(checkViewLink(search, KNOWN).corrections.map(({ param }) => param)).toEqual([
      'sectors',
      'measure',
      'compare',
    ]);
    expect(corrected(search)).toBe('?report=beihai-2024&sectors=economy&compare=china-2024');
  });

  it('checks indicator= only once the report’s indicators are known', () => {
    expect(checkViewLink('?indicator=i0-0', { ...KNOWN, indicators: null }).corrections).toEqual(
      [],
    );
    expect(checkViewLink('?indicator=i0-0', KNOWN).corrections).toEqual([
      { param: 'indicator', value: 'i0-0' },
    ]);
  });

  it('shortens a long value so the notice stays one line', () => {
    const [correction] = checkViewLink(`?report=${'a'.repeat(300)}`, KNOWN).corrections;
    expect(correction?.value).toBe(`${'a'.repeat(39)}…`);
  });
});
