import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EarlyInputsReplay, noteEarlyInputs } from '../../../src/app/early-inputs.ts';
import { EARLY_CLICKS, noteEarlyClicks } from '../../../src/app/first-view-guard.ts';
import { hydrateIn, renderIn } from '../support/react-roots.ts';

/**
 * A filter bar like the dashboard's, controlled by React state, whose state it prints: what the
 * app would filter by. `theme` is where the app starts, which may differ from the build's page.
 */
function Filters({ theme = '' }: { theme?: string }) {
  const [sectors, setSectors] = useState(['industry', 'trade']);
  const [kind, setKind] = useState('');
  const [q, setQ] = useState('');
  const [chosenTheme, setTheme] = useState(theme);
  const toggle = (id: string) =>
    setSectors((on) => (on.includes(id) ? on.filter((other) => other !== id) : [...on, id]));
  return (
    <form>
      {['industry', 'trade'].map((id) => (
        <input
          key={id}
          type="checkbox"
          name="sectors"
          value={id}
          aria-label={id}
          checked={sectors.includes(id)}
          onChange={() => toggle(id)}
        />
      ))}
      <select name="kind" aria-label="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
        <option value="">all</option>
        <option value="goal">goal</option>
      </select>
      <input
        type="search"
        name="q"
        aria-label="q"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <select
        name="theme"
        aria-label="theme"
        value={chosenTheme}
        onChange={(e) => setTheme(e.target.value)}
      >
        <option value="">system</option>
        <option value="dark">dark</option>
      </select>
      <output>{`${sectors.join(',')}|${kind}|${q}|${chosenTheme}`}</output>
    </form>
  );
}

function Page({ theme }: { theme?: string }) {
  return (
    <>
      <Filters theme={theme} />
      <EarlyInputsReplay />
    </>
  );
}

/** The build's page, in the document, before any script has run on it. */
function buildPage(): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = renderToString(<Page />);
  document.body.append(container);
  return container;
}

/** What a reader does on the plain page: the browser changes the controls, no handler runs. */
function readerUsesThePage(page: HTMLElement): void {
  page.querySelector<HTMLInputElement>('[value="industry"]')?.click();
  const kind = page.querySelector<HTMLSelectElement>('[name="kind"]');
  if (kind) kind.value = 'goal';
  const search = page.querySelector<HTMLInputElement>('[name="q"]');
  if (search) search.value = '收入';
}

const shown = () => document.querySelector('output')?.textContent;

describe('inputs given to the build page before the app runs', () => {
  it('reach the app that hydrates the page, and the controls keep showing them', async () => {
    const page = buildPage();
    readerUsesThePage(page);
    noteEarlyInputs(page);
    await hydrateIn(page, <Page />);
    expect(shown()).toBe('trade|goal|收入|');
    expect(page.querySelector<HTMLInputElement>('[value="industry"]')?.checked).toBe(false);
    expect(page.querySelector<HTMLSelectElement>('[name="kind"]')?.value).toBe('goal');
  });

  it('reach an app that renders afresh over the page', async () => {
    const page = buildPage();
    readerUsesThePage(page);
    noteEarlyInputs(page);
    page.replaceChildren();
    await renderIn(page, <Page />);
    expect(shown()).toBe('trade|goal|收入|');
  });

  it('count when given after being noted, while the app is still loading', async () => {
    const page = buildPage();
    noteEarlyInputs(page);
    const search = page.querySelector<HTMLInputElement>('[name="q"]');
    if (search) search.value = 'GDP';
    search?.dispatchEvent(new Event('input', { bubbles: true }));
    await hydrateIn(page, <Page />);
    expect(shown()).toBe('industry,trade||GDP|');
  });

  it('leave alone what the reader did not touch, where the app starts otherwise', async () => {
    const page = buildPage();
    readerUsesThePage(page);
    noteEarlyInputs(page);
    page.replaceChildren();
    await renderIn(page, <Page theme="dark" />);
    // The theme the app restored stays; the reader's own inputs are given.
    expect(shown()).toBe('trade|goal|收入|dark');
  });
});

/** A header like the app's: a language pair and a headline number that opens its sentence. */
function Header() {
  const [lang, setLang] = useState('zh');
  const [opened, setOpened] = useState<string[]>([]);
  return (
    <div>
      {['zh', 'en'].map((option) => (
        <button
          key={option}
          type="button"
          name="lang"
          value={option}
          aria-pressed={lang === option}
          onClick={() => setLang(option)}
        >
          {option}
        </button>
      ))}
      <button
        type="button"
        name="indicator"
        value="gdp-2023"
        onClick={() => setOpened((list) => [...list, 'gdp-2023'])}
      >
        <span>5.8%</span>
      </button>
      <output>{`${lang}|${opened.join(',')}`}</output>
      <EarlyInputsReplay />
    </div>
  );
}

function headerPage(): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = renderToString(<Header />);
  document.body.append(container);
  return container;
}

function click(page: HTMLElement, selector: string): void {
  page.querySelector<HTMLElement>(selector)?.click();
}

describe('buttons clicked on the build page before the app runs', () => {
  it('are clicked again once it has hydrated: the last language chosen, the number opened once', async () => {
    noteEarlyClicks(EARLY_CLICKS);
    const page = headerPage();
    click(page, '[value="en"]');
    click(page, '[value="zh"]');
    click(page, '[value="en"]');
    // On the number's text, inside the button, as a reader clicks it; twice, as an impatient one.
    click(page, '[name="indicator"] span');
    click(page, '[name="indicator"] span');
    noteEarlyInputs(page);
    await hydrateIn(page, <Header />);
    expect(shown()).toBe('en|gdp-2023');
    expect(page.querySelector('[value="en"]')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('count when clicked while the app loads, after the guard handed them over', async () => {
    noteEarlyClicks(EARLY_CLICKS);
    const page = headerPage();
    noteEarlyInputs(page);
    click(page, '[value="en"]');
    await hydrateIn(page, <Header />);
    expect(shown()).toBe('en|');
    // Once the app has taken them, the guard keeps no more.
    click(page, '[value="en"]');
    expect(window[EARLY_CLICKS]).toBeNull();
  });
});
