import { act } from 'react';
import type { ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { HydrationOptions, Root } from 'react-dom/client';
import { afterEach } from 'vitest';

// act() warns unless the environment says it is a test's (Testing Library says so on its own).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * React roots a test mounts on its own containers (a page the build wrote, hydrated or replaced),
 * unmounted after each test with the document emptied.
 */
const roots: Root[] = [];
afterEach(() => {
  act(() => {
    for (const root of roots.splice(0)) root.unmount();
  });
  document.body.replaceChildren();
});

/** Hydrates `container` with `element`, effects included. */
export async function hydrateIn(
  container: Element,
  element: ReactNode,
  options?: HydrationOptions,
): Promise<void> {
  await act(async () => {
    roots.push(hydrateRoot(container, element, options));
  });
}

/** A fresh root in `container`, for a render the test drives itself. */
export function rootIn(container: Element): Root {
  const root = createRoot(container);
  roots.push(root);
  return root;
}

/** Renders `element` afresh in `container`, effects included. */
export async function renderIn(container: Element, element: ReactNode): Promise<void> {
  const root = rootIn(container);
  await act(async () => root.render(element));
}
