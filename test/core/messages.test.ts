/**
 * The message catalog: every code the engine can emit has a Chinese and an English message.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allMessageCodes, hasMessage, message, messageOf } from '../../src/core/messages';
import { FINDING_MESSAGES } from '../../src/core/messages/findings';
import { UI_MESSAGES } from '../../src/core/messages/ui';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

const CODE_LITERAL = /['"`]((?:file|form|hierarchy|target|completion)\.[a-z0-9-]+(?:\.[a-z0-9-]+)?)['"`]/g;

test('every code written in the source has a message', () => {
  const src = path.resolve(__dirname, '../../src');
  const missing: string[] = [];
  for (const file of sourceFiles(src)) {
    if (file.endsWith('messages.ts')) continue;
    for (const m of fs.readFileSync(file, 'utf8').matchAll(CODE_LITERAL)) {
      if (!hasMessage(m[1])) missing.push(`${path.relative(src, file)}: ${m[1]}`);
    }
  }
  expect(missing).toEqual([]);
});

test('every message exists in both languages and fills its placeholders', () => {
  for (const code of allMessageCodes()) {
    const zh = message(code, 'zh');
    const en = message(code, 'en');
    expect(zh.length).toBeGreaterThan(0);
    expect(en.length).toBeGreaterThan(0);
    expect(en).not.toMatch(/[\u4e00-\u9fff]{6,}/); // English messages may quote a term, not be Chinese
    // (an English count has a form per number, 'one|other', each with its placeholder)
    const placeholders = [...new Set([...zh.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
    expect([...new Set([...en.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()).toEqual(placeholders);
    const params = Object.fromEntries(placeholders.map((p) => [p, 'X']));
    expect(message(code, 'zh', params)).not.toMatch(/\{\w+\}/);
  }
});

test('an unknown code known only at run time falls back to the code itself rather than failing', () => {
  expect(messageOf('no.such-code', 'zh')).toBe('no.such-code');
});

test('an unknown code written in the source does not compile', () => {
  // @ts-expect-error 'no.such.key' is not a MessageCode
  expect(message('no.such.key', 'zh')).toBe('no.such.key');
  // @ts-expect-error nor is a pane code misspelt
  expect(message('pane.no-such-button', 'en')).toBe('pane.no-such-button');
});

test('every catalog entry is used: its code is written in the source, or built from a typed prefix', () => {
  const src = path.resolve(__dirname, '../../src');
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      // the catalog itself (messages.ts and its data in messages/) is not a use of a code
      if (e.isDirectory()) return full === path.join(src, 'core/messages') ? [] : files(full);
      return /\.tsx?$/.test(e.name) && e.name !== 'messages.ts' ? [full] : [];
    });
  const text = files(src)
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');
  // codes built as `prefix.${value}` from a typed value (write-summary, text-output, fix)
  const built = [
    'cli.col.',
    'cli.completion.',
    'cli.verdict.',
    'ui.severity.',
    'ui.layout.',
    'cli.n.',
    'cli.explain.group.',
    'cli.kind.',
    'cli.sheet.',
  ];
  const unused = allMessageCodes().filter(
    (code) =>
      !built.some((p) => code.startsWith(p)) &&
      ![`'${code}'`, `"${code}"`, `\`${code}\``].some((q) => text.includes(q)),
  );
  expect(unused).toEqual([]);
});

test('the findings catalog holds the finding codes and their sub-entries, the UI catalog every other code', () => {
  const finding = /^(?:target|hierarchy|completion|form|file)\./;
  expect(Object.keys(FINDING_MESSAGES).filter((c) => !finding.test(c))).toEqual([]);
  expect(Object.keys(UI_MESSAGES).filter((c) => finding.test(c))).toEqual([]);
  expect(allMessageCodes().sort()).toEqual([...Object.keys(FINDING_MESSAGES), ...Object.keys(UI_MESSAGES)].sort());
});
