import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewState, serializeViewState } from '../../../src/app/view-state.ts';

describe('the comparison in the URL', () => {
  it('reads the chosen reports in order and writes them back', () => {
    const view = parseViewState('?compare=beihai-2024,china-2024,upload-1a2b3c4d');
    expect(view.compare).toEqual(['beihai-2024', 'china-2024', 'upload-1a2b3c4d']);
    expect(serializeViewState(view)).toBe('?compare=beihai-2024,china-2024,upload-1a2b3c4d');
  });

  it('drops malformed and repeated ids, and leaves the parameter out when none is chosen', () => {
    expect(parseViewState('?compare=beihai-2024,,<x>,beihai-2024,China').compare).toEqual([
      'beihai-2024',
    ]);
    expect(parseViewState('').compare).toEqual([]);
    expect(serializeViewState({ ...DEFAULT_VIEW, compare: [] })).toBe('');
  });

  it('opens compare as a view of its own, and keeps the choice with it', () => {
    const view = parseViewState('?view=compare&compare=beihai-2024,china-2024&sectors=economy');
    expect(view).toMatchObject({
      view: 'compare',
      compare: ['beihai-2024', 'china-2024'],
      sectors: ['economy'],
    });
    expect(serializeViewState(view)).toBe(
      '?sectors=economy&compare=beihai-2024,china-2024&view=compare',
    );
  });
});
