import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { READER_ARRIVED } from '../../../src/app/first-input.ts';
import { renderDashboard, serveDataFiles } from '../support/render-dashboard.tsx';

/** An IntersectionObserver that reports only what a test brings into view. */
const observers = new Set<FakeObserver>();
class FakeObserver {
  readonly targets: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    observers.add(this);
  }
  observe(target: Element): void {
    this.targets.push(target);
  }
  unobserve(): void {}
  disconnect(): void {
    observers.delete(this);
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
  bringIntoView(selector: string): void {
    const entries = this.targets
      .filter((target) => target.matches(selector))
      .map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
    if (entries.length > 0) this.callback(entries, this as unknown as IntersectionObserver);
  }
}

async function firstScreenSettled(): Promise<void> {
  await screen.findByRole('heading', { name: '主要指标' });
  // Long enough for a pass that would render the rest unasked (and load the table's code).
  await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
}

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  serveDataFiles();
});

afterEach(() => {
  // Unmounted first: unmounting flushes the effects still pending, which observe the viewport.
  cleanup();
  vi.unstubAllGlobals();
  observers.clear();
});

// In this order: the reader's first input counts for the rest of the page's life.
describe('what lies below the first screen renders when the reader reaches it', () => {
  it('not before: the table and the sector views wait, then come as the page is scrolled near them', async () => {
    renderDashboard();
    await firstScreenSettled();
    expect(screen.queryByRole('table', { name: '全部指标' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    act(() => {
      for (const observer of [...observers]) observer.bringIntoView('.fold');
    });
    expect(await screen.findByRole('table', { name: '全部指标' })).toBeInTheDocument();
    expect(screen.getByRole('tablist')).toBeInTheDocument();
  });

  it('"Find in the table" from the source view asks for the table, and focuses the row', async () => {
    renderDashboard();
    await firstScreenSettled();
    // Clicks alone, as assistive technology may send them: no pointer moved, no key pressed.
    fireEvent.click(document.querySelector<HTMLButtonElement>('button.headline-value')!);
    fireEvent.click(await screen.findByRole('button', { name: '在表格中定位' }));
    const table = await screen.findByRole('table', { name: '全部指标' });
    await waitFor(() => expect(table).toContainElement(document.activeElement as HTMLElement));
  });

  it("at an input given on the build's page before the app ran, which the page's guard noted", async () => {
    document.documentElement.dataset[READER_ARRIVED] = '';
    try {
      renderDashboard();
      expect(await screen.findByRole('table', { name: '全部指标' })).toBeInTheDocument();
    } finally {
      delete document.documentElement.dataset[READER_ARRIVED];
    }
  });

  it('at the first key pressed anywhere (Tab, to move on from the chart), with nothing scrolled', async () => {
    renderDashboard();
    await firstScreenSettled();
    expect(screen.queryByRole('table', { name: '全部指标' })).not.toBeInTheDocument();
    fireEvent.keyDown(document.body, { key: 'Tab' });
    expect(await screen.findByRole('table', { name: '全部指标' })).toBeInTheDocument();
  });

  it('and from then on, every report opened renders whole', async () => {
    renderDashboard();
    expect(await screen.findByRole('table', { name: '全部指标' })).toBeInTheDocument();
  });
});
