/**
 * What the reader gives the build's page before the app runs on it: a sector chip unticked, a
 * filter chosen, a search typed, the "your reports" panel opened, a view, a language or a
 * headline number clicked. The page is plain HTML until
 * then, so the browser changes the control and no handler hears it; hydrating puts each
 * controlled control back to the app's state, and an app rendered afresh replaces the page.
 * Either way the input would be lost, the control showing what the reader did not choose.
 * So the input is noted before the app takes over and given again once its controls are live.
 *
 * Controls are known by their `name` (a checkbox of a group by name and value), a <details>
 * by its `data-name`: the same in the build's page and in a fresh render, unlike generated ids.
 * A button leaves no state on the page: the page's inline guard notes its clicks from the start
 * (noteEarlyClicks), and the last click of each name is given again, by name and value.
 */

import { useEffect } from 'react';
import { EARLY_CLICKS } from './first-view-guard.ts';

type Given =
  | { kind: 'checked'; checked: boolean }
  | { kind: 'value'; value: string }
  | { kind: 'open'; open: boolean }
  | { kind: 'pressed'; value: string };

/** A control whose state the page keeps, to be read when the app starts. */
type Stateful = HTMLInputElement | HTMLSelectElement | HTMLDetailsElement;
type Control = Stateful | HTMLButtonElement;

const given = new Map<string, Given>();
let listening = false;

function keyOf(target: EventTarget | null): string | null {
  if (target instanceof HTMLDetailsElement) {
    return target.dataset['name'] ? `details:${target.dataset['name']}` : null;
  }
  if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return null;
  if (!target.name) return null;
  return target instanceof HTMLInputElement && target.type === 'checkbox'
    ? `${target.name}=${target.value}`
    : target.name;
}

function stateOf(control: Stateful): Given {
  if (control instanceof HTMLDetailsElement) return { kind: 'open', open: control.open };
  if (control instanceof HTMLInputElement && control.type === 'checkbox') {
    return { kind: 'checked', checked: control.checked };
  }
  return { kind: 'value', value: control.value };
}

/** Whether the control differs from how the build's page was written. */
function changedOnThePage(control: Stateful): boolean {
  if (control instanceof HTMLDetailsElement) return control.open;
  if (control instanceof HTMLSelectElement) {
    return [...control.options].some((option) => option.selected !== option.defaultSelected);
  }
  return control.type === 'checkbox'
    ? control.checked !== control.defaultChecked
    : control.value !== control.defaultValue;
}

function noteClick(name: string, value: string): void {
  // Deleted first: the last click of a name is given after the inputs noted before it.
  given.delete(`button:${name}`);
  given.set(`button:${name}`, { kind: 'pressed', value });
}

function note(event: Event): void {
  if (event.type === 'click') {
    const button = event.target instanceof Element && event.target.closest('button[name]');
    if (button instanceof HTMLButtonElement) noteClick(button.name, button.value);
    return;
  }
  const key = keyOf(event.target);
  if (key) given.set(key, stateOf(event.target as Stateful));
}

const NOTED_EVENTS = ['input', 'change', 'toggle', 'click'] as const;

/**
 * Called just before the app hydrates or replaces the build's page in `root`: notes each
 * control the reader has changed there, then every input given until replayEarlyInputs (while
 * hydrating, React still resets controlled controls). Toggle does not bubble: heard in capture.
 */
export function noteEarlyInputs(root: ParentNode): void {
  const controls = root.querySelectorAll<Stateful>('input[name], select[name], details[data-name]');
  for (const control of controls) {
    const key = keyOf(control);
    if (key && changedOnThePage(control)) given.set(key, stateOf(control));
  }
  for (const [name, value] of window[EARLY_CLICKS] ?? []) noteClick(name, value);
  window[EARLY_CLICKS] = null;
  if (listening) return;
  listening = true;
  for (const type of NOTED_EVENTS) document.addEventListener(type, note, true);
}

function find(root: ParentNode, key: string, state: Given): Control | null {
  if (state.kind === 'pressed') {
    const name = CSS.escape(key.slice('button:'.length));
    return root.querySelector(`button[name="${name}"][value="${CSS.escape(state.value)}"]`);
  }
  if (key.startsWith('details:')) {
    return root.querySelector(`details[data-name="${CSS.escape(key.slice(8))}"]`);
  }
  const [name = '', value] = key.split('=');
  const selector =
    value === undefined
      ? `[name="${CSS.escape(name)}"]`
      : `input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`;
  return root.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
}

/**
 * What the app rendered the control with, which React holds as its state: the markup's value,
 * in the build's page it hydrated as in a page it rendered (React writes the value it renders
 * into the markup: `defaultChecked`, `defaultValue`, `defaultSelected`).
 */
function renderedValue(control: HTMLInputElement | HTMLSelectElement): string {
  if (control instanceof HTMLInputElement) return control.defaultValue;
  return [...control.options].find((option) => option.defaultSelected)?.value ?? '';
}

/**
 * Gives `state` as the reader would: the control is first put back to what the app rendered
 * (hydrating keeps the reader's change on screen while the app's state is the build's), so that
 * the change is a change to React too, then the reader's click or input follows.
 */
function give(control: Control, state: Given): void {
  if (control instanceof HTMLButtonElement) {
    // Clicked again only where it would change something: a view or language already chosen.
    if (control.getAttribute('aria-pressed') !== 'true' && !control.disabled) control.click();
    return;
  }
  if (control instanceof HTMLDetailsElement) {
    // Not controlled by the app; the browser fires the toggle event, which the app hears.
    if (state.kind === 'open' && control.open !== state.open) control.open = state.open;
    return;
  }
  if (state.kind === 'checked' && control instanceof HTMLInputElement) {
    control.checked = control.defaultChecked;
    if (state.checked !== control.defaultChecked) control.click();
  } else if (state.kind === 'value') {
    const rendered = renderedValue(control);
    control.value = rendered;
    if (state.value === rendered) return;
    // The prototype's setter: React's own tracking of the value must not see this one.
    const prototype = Object.getPrototypeOf(control) as object;
    Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(control, state.value);
    if (control.value !== state.value) return; // an option the app no longer offers
    const type = control instanceof HTMLSelectElement ? 'change' : 'input';
    control.dispatchEvent(new Event(type, { bubbles: true }));
  }
}

/**
 * Once the app's controls in `root` are live: gives each noted input to the control of the
 * same name where it differs, as the reader's own input. A control the app does not show
 * (another report's sector, say) is passed over.
 */
export function replayEarlyInputs(root: ParentNode): void {
  if (listening) {
    listening = false;
    for (const type of NOTED_EVENTS) document.removeEventListener(type, note, true);
  }
  const noted = [...given];
  given.clear();
  for (const [key, state] of noted) {
    const control = find(root, key, state);
    if (control) give(control, state);
  }
}

/** In the app's root, after the app: its effect runs once the app's first render is committed. */
export function EarlyInputsReplay(): null {
  useEffect(() => replayEarlyInputs(document), []);
  return null;
}
