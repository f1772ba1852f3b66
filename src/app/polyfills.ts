/**
 * Built-ins the pane (and the engine it bundles) calls that Edge Legacy — EdgeHTML 18, the webview
 * of Office 2019 retail on Windows 10 — does not have. The syntax is compiled down to ES2017 by the
 * build (webpack.config.js, SYNTAX_TARGET); methods cannot be compiled, so they come from core-js,
 * each module a no-op where the browser already has the method. Imported first by every entry.
 *
 * Used by our code: Array.prototype.flat / flatMap (src/core, src/taskpane, src/excel),
 * Object.fromEntries (src/core/template.ts, src/taskpane, src/preview), globalThis (src/excel/commands.ts).
 * The rest are ES2019–ES2022 methods a library or a later change may call; they cost little.
 *
 * Used by Fluent UI: ResizeObserver (overflow detection, constructed from a ref callback — without
 * it the pane would fail while rendering) from @juggle/resize-observer, and WeakRef (keyborg and
 * tabster, Fluent's focus management, on every programmatic focus). WeakRef cannot be polyfilled
 * truly; where it is missing a strong reference stands in: the few elements the focus code holds
 * live as long as the pane anyway.
 * test/browser/loading.test.ts removes all of these from Chromium and checks the pane still starts.
 */
import 'core-js/modules/es.array.flat';
import 'core-js/modules/es.array.flat-map';
import 'core-js/modules/es.array.unscopables.flat';
import 'core-js/modules/es.array.unscopables.flat-map';
import 'core-js/modules/es.object.from-entries';
import 'core-js/modules/es.global-this';
import 'core-js/modules/es.array.at';
import 'core-js/modules/es.string.at-alternative';
import 'core-js/modules/es.object.has-own';
import 'core-js/modules/es.array.find-last';
import 'core-js/modules/es.array.find-last-index';
import 'core-js/modules/es.string.trim-start';
import 'core-js/modules/es.string.trim-end';
import 'core-js/modules/web.queue-microtask';

import { ResizeObserver as ResizeObserverPolyfill } from '@juggle/resize-observer';

const win = window as unknown as Record<string, unknown>;
if (typeof win.ResizeObserver !== 'function') win.ResizeObserver = ResizeObserverPolyfill;

if (typeof win.WeakRef !== 'function') {
  /** A WeakRef that holds on: the same interface, without the weakness Edge Legacy cannot give. */
  class StrongRef<T extends object> {
    constructor(private readonly target: T) {}
    deref(): T | undefined {
      return this.target;
    }
  }
  win.WeakRef = StrongRef;
}
