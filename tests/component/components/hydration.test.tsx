import { act } from 'react';
import { flushSync } from 'react-dom';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import {
  beginHydration,
  HydrationEnd,
  useBrowserValue,
} from '../../../src/components/hydration.ts';
import { hydrateIn, rootIn } from '../support/react-roots.ts';

const readScreen = () => 'phone';

function Screen() {
  return <p>{useBrowserValue(readScreen, 'desktop')}</p>;
}

function Page() {
  return (
    <>
      <Screen />
      <HydrationEnd />
    </>
  );
}

describe('useBrowserValue', () => {
  it('hydrates the page the build wrote with its value, then shows the browser’s', async () => {
    const container = document.createElement('div');
    // What the build writes: no window there, so the assumed value.
    container.innerHTML = renderToString(<Page />).replace('phone', 'desktop');
    document.body.append(container);
    const paragraph = container.querySelector('p');
    const recoverable = vi.fn();
    beginHydration();
    await hydrateIn(container, <Page />, { onRecoverableError: recoverable });
    // Hydrated, not replaced: the same node, now with the browser's value.
    expect(container.querySelector('p')).toBe(paragraph);
    expect(paragraph?.textContent).toBe('phone');
    expect(recoverable).not.toHaveBeenCalled();
  });

  it('reads the browser at once in a render that is not a hydration', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = rootIn(container);
    act(() => {
      // The first commit alone, before any effect: already the browser's value.
      flushSync(() => root.render(<Screen />));
      expect(container.textContent).toBe('phone');
    });
  });
});
