/**
 * Built-ins the pane (and the engine it bundles) calls that Edge Legacy — EdgeHTML 18, the webview
 * of Office 2019 retail on Windows 10 — does not have. The syntax is compiled down to ES2017 by the
 * build (webpack.config.js, SYNTAX_TARGET); methods cannot be compiled, so they come from core-js,
 * each module a no-op where the browser already has the method. Imported first by every entry.
 *
 * Used by our code: Array.prototype.flat / flatMap (src/core, src/taskpane, src/excel),
 * Object.fromEntries (src/core/template.ts, src/taskpane, src/preview), globalThis (src/excel/commands.ts).
 * The rest are ES2019–ES2022 methods a library or a later change may call; they cost little.
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
