/**
 * Rendering the pane over a FakeHost, and the keyboard as a browser drives it.
 */
import { act, render, screen, waitFor, type RenderResult } from '@testing-library/react';
import { TaskPane } from '../../src/taskpane';
import type { FakeHost } from './fake-host';

/** Renders the pane and waits until the first check is shown (the scope selector is enabled). */
export async function renderPane(host: FakeHost, options: { liveDelayMs?: number } = {}): Promise<RenderResult> {
  const result = render(<TaskPane host={host} liveDelayMs={options.liveDelayMs} />);
  await settle();
  return result;
}

/** Lets pending host promises and React updates run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await Promise.resolve();
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

const TABBABLE = 'button, [href], input, select, textarea, [tabindex]';

/** The elements Tab visits, in document order (positive tabindex is not used by the pane). */
export function tabbables(root: ParentNode = document.body): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest('[hidden],[aria-hidden="true"]'),
  );
}

/** Moves focus as Tab does in a browser. */
export function pressTab(): HTMLElement {
  const list = tabbables();
  const at = list.indexOf(document.activeElement as HTMLElement);
  const next = list[(at + 1) % list.length];
  act(() => next.focus());
  return next;
}

/** Enter on the focused element, as a browser does it: keydown, then a button's default action (click). */
export function pressEnter(): void {
  const el = document.activeElement as HTMLElement;
  const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
  let proceed = true;
  act(() => {
    proceed = el.dispatchEvent(event);
  });
  if (proceed && el.tagName === 'BUTTON') act(() => el.click());
}

export { screen };

/**
 * The open dialog. A browser moves focus to the dialog's first button when it opens; jsdom has no
 * layout, so Fluent's focus-first-element falls back to the surface and tabster keeps it marked
 * aria-hidden until focus moves inside. Move it there, as the browser would, then return it.
 */
export async function openDialog(role: 'alertdialog' | 'dialog' = 'alertdialog'): Promise<HTMLElement> {
  await settle();
  const dialog = screen.getByRole(role, { hidden: true });
  const first = dialog.querySelector<HTMLElement>(
    'button:not([disabled]), input, [tabindex="0"]:not([data-tabster-dummy])',
  );
  if (first) act(() => first.focus());
  await settle();
  return screen.getByRole(role);
}

/**
 * Waits until a closed dialog has left the page and the pane is no longer hidden from assistive
 * technology (Fluent marks the rest of the page aria-hidden while a modal is open, and lifts it only
 * when the dialog's exit has finished — later on a loaded machine).
 */
export async function dialogClosed(): Promise<void> {
  await waitFor(
    () => {
      expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull();
      expect(screen.queryByRole('dialog', { hidden: true })).toBeNull();
      expect(document.querySelector('body > div[aria-hidden="true"]')).toBeNull();
    },
    { timeout: 5000 },
  );
}
