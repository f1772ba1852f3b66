/**
 * The syntax the pages ship, parsed as the oldest webviews Office uses would parse it:
 *  - every .js file Excel can load (the task pane's entry chunks, the Excel adapter loaded on demand,
 *    the ribbon's commands page) parses at ecmaVersion 2017 — what Edge Legacy (EdgeHTML 18, Office
 *    2019 retail on Windows 10) parses. acorn also validates regex literals at that level (no
 *    lookbehind, named groups, `s` flag or \p{…}); regexes built from strings with `new RegExp(…)`
 *    are looked at separately, since no parser sees inside a string;
 *  - the preview's own chunks (numfmt, the grid — never loaded inside Excel, only by a browser
 *    opening index.html) parse at ecmaVersion 2017 too, except exceljs's prebuilt, minified bundle,
 *    which is left as shipped (webpack does not parse it; it has object spread) and parses at 2020:
 *    the preview is for current browsers (Edge, Chrome, Firefox, Safari), and IE11 is sent to the
 *    fallback page before it;
 *  - every inline script of the HTML pages, and the whole fallback page unsupported.html, parse at
 *    ecmaVersion 5 — what Internet Explorer 11 parses; the fallback loads no script of its own.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as acorn from 'acorn';
import { ensureBuild, webDir } from './harness';

interface SizeReport {
  taskpane: { files: string[] };
  commands?: { files: string[] };
  onDemand: Record<string, { files: string[] }>;
}

beforeAll(() => {
  ensureBuild();
}, 600_000);

function jsFiles(): string[] {
  return fs.readdirSync(webDir).filter((f) => f.endsWith('.js'));
}

function sizeReport(): SizeReport {
  return JSON.parse(fs.readFileSync(path.join(webDir, 'bundle-size.json'), 'utf8')) as SizeReport;
}

/** Every file Excel may load: the pane's entry, what it imports on demand inside Excel, the commands page. */
function excelFiles(): string[] {
  const r = sizeReport();
  return [...new Set([...r.taskpane.files, ...r.onDemand.excel.files, ...(r.commands?.files ?? [])])].sort();
}

/** The rest: chunks only the preview (index.html in a browser) loads. */
function previewOnlyFiles(): string[] {
  const pane = new Set(excelFiles());
  return jsFiles().filter((f) => !pane.has(f));
}

function parseError(
  source: string,
  ecmaVersion: 5 | 2017 | 2020,
  sourceType: 'script' | 'module' = 'script',
): string | null {
  try {
    acorn.parse(source, { ecmaVersion, sourceType, allowHashBang: false });
    return null;
  } catch (e) {
    const err = e as SyntaxError & { pos?: number };
    const at = err.pos ?? 0;
    return `${err.message} near …${source.slice(Math.max(0, at - 60), at + 60)}…`;
  }
}

/** The inline (no src) scripts of an HTML page. */
function inlineScripts(html: string): string[] {
  const out: string[] = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) if (!/\bsrc\s*=/i.test(m[1])) out.push(m[2]);
  return out;
}

/** Every node of an acorn AST (no acorn-walk needed for a full visit). */
function* nodes(node: unknown): Generator<acorn.Node & Record<string, unknown>> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) yield* nodes(n);
    return;
  }
  const n = node as acorn.Node & Record<string, unknown>;
  if (typeof n.type === 'string') yield n;
  for (const [k, v] of Object.entries(n)) if (k !== 'type' && v && typeof v === 'object') yield* nodes(v);
}

/** Regex syntax EdgeHTML 18 rejects: lookbehind, named groups, Unicode property escapes. */
const NEWER_REGEX = /\(\?<[=!]|\(\?<[A-Za-z_$]|\\[pP]\{/;

/** The constant text of a string literal, a template (its fixed parts) or a "a" + "b" concatenation. */
function literalText(n: (acorn.Node & Record<string, unknown>) | undefined): string {
  if (!n) return '';
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n.type === 'TemplateLiteral')
    return (n.quasis as { value: { cooked: string | null } }[]).map((q) => q.value.cooked ?? '').join('');
  if (n.type === 'BinaryExpression' && n.operator === '+') {
    return (
      literalText(n.left as acorn.Node & Record<string, unknown>) +
      literalText(n.right as acorn.Node & Record<string, unknown>)
    );
  }
  return '';
}

/** `RegExp("…", "…")` / `new RegExp(…)` calls whose literal pattern or flags need more than ES2017. */
function newerRegExpCalls(source: string): string[] {
  const found: string[] = [];
  const ast = acorn.parse(source, { ecmaVersion: 2017, sourceType: 'script' });
  for (const n of nodes(ast)) {
    if (n.type !== 'NewExpression' && n.type !== 'CallExpression') continue;
    const callee = n.callee as { type: string; name?: string };
    if (callee.type !== 'Identifier' || callee.name !== 'RegExp') continue;
    const [pattern, flags] = n.arguments as (acorn.Node & Record<string, unknown>)[];
    const p = literalText(pattern);
    const f = literalText(flags);
    if (NEWER_REGEX.test(p) || /[sdv]/.test(f)) found.push(`RegExp(${JSON.stringify(p)}, ${JSON.stringify(f)})`);
  }
  return found;
}

describe('the scripts the pane loads parse as ES2017 (Edge Legacy)', () => {
  test('the build emitted the task pane, the Excel adapter and the preview', () => {
    const report = sizeReport();
    expect(report.taskpane.files.length).toBeGreaterThan(0);
    expect(report.onDemand.excel.files.length).toBeGreaterThan(0);
    expect(report.onDemand.preview.files.length).toBeGreaterThan(0);
    const all = new Set(jsFiles());
    for (const f of excelFiles()) expect(all.has(f)).toBe(true);
    // exceljs is never among what Excel loads
    expect(excelFiles().some((f) => f.startsWith('exceljs.'))).toBe(false);
  });

  test.each(excelFiles())('%s (loaded inside Excel) parses at ecmaVersion 2017', (file) => {
    const source = fs.readFileSync(path.join(webDir, file), 'utf8');
    expect(parseError(source, 2017)).toBeNull();
    expect(newerRegExpCalls(source)).toEqual([]);
  });

  test.each(previewOnlyFiles())(
    '%s (the preview only) parses at ecmaVersion 2017 (exceljs’s prebuilt bundle: 2020)',
    (file) => {
      expect(
        parseError(fs.readFileSync(path.join(webDir, file), 'utf8'), file.startsWith('exceljs.') ? 2020 : 2017),
      ).toBeNull();
    },
  );

  test('the check itself rejects what Edge Legacy rejects', () => {
    // the cases the build must have rewritten: if acorn let them through, the test above would prove nothing
    for (const newer of [
      'a?.b',
      'a ?? b',
      'x = {...y}',
      'try {} catch {}',
      'async function* g() {}',
      '/(?<=a)b/',
      '/(?<n>a)/',
      '/a./s',
      'class A { x = 1 }',
    ]) {
      expect(parseError(newer, 2017)).not.toBeNull();
    }
    expect(parseError('async function f() { await 1 } const { a, ...b } = {}', 2017)).not.toBeNull(); // object rest: ES2018
    expect(parseError('async function f() { await 1 }', 2017)).toBeNull();
    expect(
      newerRegExpCalls(
        'new RegExp("(?<=x)y"); RegExp("a", "s"); new RegExp("\\\\p{L}", "u"); new RegExp(`(?<n>${x})`); RegExp("(?<!" + y + ")")',
      ),
    ).toHaveLength(5);
    expect(newerRegExpCalls('new RegExp("^a+$", "gi")')).toEqual([]);
  });

  test('the polyfills for Edge Legacy are in the task pane entry', () => {
    const report = sizeReport();
    const text = report.taskpane.files.map((f) => fs.readFileSync(path.join(webDir, f), 'utf8')).join('\n');
    // core-js registers each polyfill by name in its shared store of versions/modes
    expect(text).toContain('core-js');
    expect(text).toMatch(/flatMap/);
    expect(text).toMatch(/fromEntries/);
  });
});

describe('what Internet Explorer 11 runs parses as ES5', () => {
  const pages = ['taskpane.html', 'index.html', 'commands.html', 'unsupported.html'];

  test.each(pages)('the inline scripts of %s parse at ecmaVersion 5', (page) => {
    const file = path.join(webDir, page);
    if (page === 'commands.html' && !fs.existsSync(file)) return; // no ribbon command in this build
    const scripts = inlineScripts(fs.readFileSync(file, 'utf8'));
    if (page !== 'commands.html') expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(parseError(s, 5)).toBeNull();
  });

  test('the fallback page loads no script, module or stylesheet: only its own ES5 script and CSS', () => {
    const html = fs.readFileSync(path.join(webDir, 'unsupported.html'), 'utf8');
    expect(html).not.toMatch(/<script\b[^>]*\bsrc\s*=/i);
    expect(html).not.toMatch(/type\s*=\s*["']?module/i);
    expect(html).not.toMatch(/<link\b[^>]*stylesheet/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(inlineScripts(html)).toHaveLength(1);
    // ES5 parses `let`-free, arrow-free code; also no ES2015 built-ins IE11 lacks
    const script = inlineScripts(html)[0];
    expect(script).not.toMatch(
      /\.(includes|startsWith|endsWith|find|findIndex|from|assign)\(|\bPromise\b|\bfetch\(|\bURLSearchParams\b|\bMap\b|\bSet\b|`/,
    );
  });

  test('the guard in the pages runs before any bundle and before office.js', () => {
    for (const page of ['taskpane.html', 'index.html']) {
      const html = fs.readFileSync(path.join(webDir, page), 'utf8');
      const guard = html.indexOf('unsupported.html');
      expect(guard).toBeGreaterThan(0);
      const firstSrc = html.search(/<script\b[^>]*\bsrc\s*=/i);
      expect(firstSrc).toBeGreaterThan(guard);
    }
  });

  test('the check itself rejects what IE11 rejects', () => {
    for (const newer of ['let a = 1', 'const f = () => 1', 'class A {}', '`x`', 'for (const x of y) {}'])
      expect(parseError(newer, 5)).not.toBeNull();
  });
});
