/**
 * The local lint rule that keeps Chinese text in the glossary and the message catalogs
 * (eslint-rules/no-chinese-literals.js), through ESLint's own RuleTester: every kind of literal that
 * can carry text at run time is reported, exactly once, with the text shown; types, comments and
 * non-Chinese text are not.
 */
import { ESLint, RuleTester, type Rule } from 'eslint';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parser as tsParser } from 'typescript-eslint';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const rule = require('../../eslint-rules/no-chinese-literals') as Rule.RuleModule;

const tester = new RuleTester({
  languageOptions: {
    parser: tsParser,
    ecmaVersion: 2022,
    sourceType: 'module',
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
});

const error = (text: string) => ({ messageId: 'literal', data: { text } });

tester.run('no-chinese-literals', rule, {
  valid: [
    "const a = 'plain ASCII text';",
    'const b = `template ${1} without Han`;',
    '// 注释里的中文不算\nconst c = 1;',
    '/* 块注释：指标目标值 */ const d = 2;',
    "type Grade = '优' | '良' | '中' | '差';",
    "function f(x: '元' | '万元') { return x; }",
    'const e = /[≥≤<>=]/;',
    "const f = '≥ ≤ ％ ～ — （）';", // full-width punctuation is not Han
    "const g = '한국어 かな';", // other scripts
    'const h = <p>{label}</p>;',
  ],
  invalid: [
    { code: "const a = '指标目标值';", errors: [error('指标目标值')] },
    { code: 'const b = "万元";', errors: [error('万元')] },
    { code: 'const c = `${n}件`;', errors: [error('件')] },
    { code: 'const d = `共 ${n} 项，其中 ${m} 项`;', errors: [error('共 '), error(' 项，其中 '), error(' 项')] },
    { code: 'const e = /^(\\d+)(万元|元)$/;', errors: [error('/^(\\d+)(万元|元)$/')] },
    { code: 'const f = <strong>无法启动</strong>;', errors: [error('无法启动')] },
    { code: "const g = { label: 'ok', zh: '正确' };", errors: [error('正确')] },
    { code: "const h = ['a', '不适用'];", errors: [error('不适用')] },
    {
      code: "const i = '这是一条很长很长很长的用户提示信息，超过二十四个字符就会被截断显示';",
      errors: [error('这是一条很长很长很长的用户提示信息，超过二十四个…')],
    },
    { code: "if (x === '定性') y();", errors: [error('定性')] },
    { code: "type T = typeof v; const k: T = '优';", errors: [error('优')] },
  ],
});

describe('the config applies the rule where Chinese does not belong', () => {
  // the config is handed over as an object: ESLint's own loader imports it dynamically, which jest's VM refuses
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require('../../eslint.config.js') as ESLint.Options['overrideConfig'];
  const eslint = new ESLint({
    cwd: path.resolve(__dirname, '../..'),
    overrideConfigFile: true,
    overrideConfig: config,
  });
  const code = "export const label = '指标目标值';\n";
  const codes = async (filePath: string) =>
    (await eslint.lintText(code, { filePath }))[0].messages.map((m) => m.ruleId);

  test.each(['src/taskpane/components/New.tsx', 'src/workbook/new.ts', 'src/core/new-rule.ts', 'src/excel/new.ts'])(
    '%s: reported',
    async (file) => {
      expect(await codes(file)).toEqual(['local/no-chinese-literals']);
    },
  );

  test.each([
    'src/core/glossary/new-words.ts',
    'src/core/messages.ts',
    'src/preview/strings.ts',
    'test/core/new.test.ts',
  ])('%s: allowed', async (file) => {
    expect(await codes(file)).toEqual([]);
  });
});

describe('the pending list only shrinks', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require('../../eslint.config.js') as Extract<ESLint.Options['overrideConfig'], unknown[]>;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { CHINESE_PENDING } = require('../../eslint-rules/chinese-homes') as { CHINESE_PENDING: string[] };
  const everywhere = new ESLint({
    cwd: path.resolve(__dirname, '../..'),
    overrideConfigFile: true,
    overrideConfig: [...config, { files: ['src/**/*.{ts,tsx}'], rules: { 'local/no-chinese-literals': 'error' } }],
  });

  // jest refuses an empty table: an empty list (every file cleaned up) is checked as such
  if (CHINESE_PENDING.length === 0) {
    test('is empty', () => {
      expect(CHINESE_PENDING).toEqual([]);
    });
    return;
  }

  test.each(CHINESE_PENDING)('%s still holds Chinese literals (else take it off the list)', async (glob) => {
    // globs are 'dir/*.ts' or one file; expanded here (ESLint's own glob search needs dynamic import)
    const root = path.resolve(__dirname, '../..');
    const files = glob.endsWith('/*.ts')
      ? fs
          .readdirSync(path.join(root, glob.slice(0, -'/*.ts'.length)))
          .filter((f) => f.endsWith('.ts'))
          .map((f) => path.join(glob.slice(0, -'/*.ts'.length), f))
      : [glob];
    expect(files.length).toBeGreaterThan(0);
    const results = await everywhere.lintFiles(files);
    const found = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'local/no-chinese-literals'));
    expect(found.length).toBeGreaterThan(0);
  });
});
