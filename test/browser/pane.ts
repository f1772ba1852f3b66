/**
 * What the browser suites ask of the pane the same way: wait until it is idle, find a shared fixture by
 * name, and list what sticks out of a box sideways (the 320-px checks).
 */
import type { Page } from 'playwright-core';
import { fixtures, type Expected } from './harness';

/** The pane has finished what it was doing (started, checked, painted …). */
export async function paneIdle(page: Page): Promise<void> {
  await page.waitForSelector('[data-pane] main[aria-busy="false"]', { timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('[data-pane] [role="progressbar"]'), undefined, {
    timeout: 60_000,
  });
}

/** A workbook of ../shared/fixtures and its expected answer, by name. */
export function fixture(name: string): { xlsx: string; expected: Expected } {
  const f = fixtures().find((x) => x.name === name);
  if (!f) throw new Error(`fixture ${name} not found in ../shared/fixtures`);
  return f;
}

/**
 * The elements inside `root` whose box ends right of its content box (or starts left of it), and the box's
 * own horizontal scrolling. Off-screen, absolutely placed helpers (Fluent's visually hidden text) are not
 * content.
 */
export async function overflowing(page: Page, root = '[data-pane]'): Promise<string[]> {
  return page.evaluate((selector) => {
    const box = document.querySelector(selector) as HTMLElement;
    const r0 = box.getBoundingClientRect();
    const left = r0.left + box.clientLeft;
    const right = left + box.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(box.querySelectorAll<HTMLElement>('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const outside = r.right <= left || r.left >= right;
      if (outside && ['absolute', 'fixed'].includes(getComputedStyle(el).position)) continue;
      if (r.right > right + 0.5 || r.left < left - 0.5) {
        out.push(
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').slice(0, 24)}" ${Math.round(r.left - left)}..${Math.round(r.right - left)}`,
        );
      }
    }
    if (box.scrollWidth > box.clientWidth) out.push(`${selector} scrollWidth ${box.scrollWidth} > ${box.clientWidth}`);
    return out;
  }, root);
}
