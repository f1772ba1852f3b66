/**
 * Regular expressions are not transpiled: a regex literal the webview cannot parse is a syntax error
 * that stops the whole script. Every regex literal in the code the task pane bundles (src, except the
 * Node-only command line and workbook adapter) must therefore be ES2017 — what Edge Legacy, the
 * webview of Office 2019 retail, parses: no lookbehind, no named groups, no `s` flag, no \p{…}.
 * (test/browser/syntax-level.test.ts checks the built bundle, libraries included; this one needs no
 * build.) Also: the spelled-out Han ranges of src/core/text.ts are exactly \p{Script=Han}.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as acorn from 'acorn';
import * as ts from 'typescript';
import { HAN, isCjk } from '../../src/core/text';

const root = path.resolve(__dirname, '..', '..');
const NODE_ONLY = ['src/cli', 'src/workbook'];

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (/\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

function regexLiterals(file: string): { line: number; text: string }[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: { line: number; text: string }[] = [];
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral)
      out.push({ line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, text: n.getText(sf) });
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

function es2017Error(regex: string): string | null {
  try {
    acorn.parse(`(${regex})`, { ecmaVersion: 2017 });
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

test('every regex literal the pane bundles parses at ES2017', () => {
  const files = walk(path.join(root, 'src')).filter(
    (f) => !NODE_ONLY.some((d) => f.startsWith(path.join(root, d) + path.sep)),
  );
  const bad: string[] = [];
  let count = 0;
  for (const f of files) {
    for (const r of regexLiterals(f)) {
      count++;
      const err = es2017Error(r.text);
      if (err) bad.push(`${path.relative(root, f)}:${r.line} ${r.text} — ${err}`);
    }
  }
  expect(count).toBeGreaterThan(50);
  expect(bad).toEqual([]);
});

test('the check rejects what Edge Legacy rejects', () => {
  for (const r of ['/(?<=a)b/', '/(?<!a)b/', '/(?<y>\\d+)/', '/a.b/s', '/\\p{Script=Han}/u'])
    expect(es2017Error(r)).not.toBeNull();
  for (const r of ['/a(?=b)/', '/[\\u{20000}-\\u{2A6DF}]/u', '/^([^:：]{2,12})[:：]\\s*([\\s\\S]+)$/'])
    expect(es2017Error(r)).toBeNull();
});

test('the spelled-out Han ranges are \\p{Script=Han} (exactly, up to code points this Node does not know)', () => {
  const property = /\p{Script=Han}/u;
  // a Node with an older Unicode than the ranges (17) does not know the newest ideographs yet: those
  // code points are unassigned (\p{Cn}) for it, not another script
  const unassigned = /\p{Cn}/u;
  const differ: number[] = [];
  for (let c = 0; c <= 0x10ffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates
    const ch = String.fromCodePoint(c);
    const han = property.test(ch);
    if (han !== HAN.test(ch) && !(HAN.test(ch) && unassigned.test(ch))) differ.push(c);
  }
  expect(differ.map((c) => c.toString(16))).toEqual([]);
  expect(isCjk('绩')).toBe(true);
  expect(isCjk('〇')).toBe(true);
  expect(isCjk('a')).toBe(false);
  expect(isCjk('，')).toBe(false);
});
