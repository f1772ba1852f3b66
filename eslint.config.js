// @ts-check
'use strict';
/**
 * The house's lint (ESLint 9 flat config): typescript-eslint's recommended rules, the Office add-in
 * rules of eslint-plugin-office-addins on the code that talks to Excel, React's hooks rules,
 * eslint-config-prettier (layout is Prettier's business: `npm run format:check`), and a local rule
 * that keeps Chinese text in the glossary and the message catalogs.
 */
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');
const reactHooks = require('eslint-plugin-react-hooks');
const prettier = require('eslint-config-prettier');
const globals = require('globals');
const noChineseLiterals = require('./eslint-rules/no-chinese-literals');

const local = { rules: { 'no-chinese-literals': noChineseLiterals } };

const { CHINESE_HOMES, CHINESE_PENDING } = require('./eslint-rules/chinese-homes');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'bench/out/**', 'test/tmp/**', '.certs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser, ...globals.jest },
    },
  },
  {
    plugins: { 'office-addins': officeAddins, 'react-hooks': reactHooks, local },
    rules: {
      // tsc's noUnusedLocals/noUnusedParameters find these too; the lint says it in the editor.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/taskpane/use-pane.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // The Office rules: load before read, sync after load, no context.sync() in a loop, …
    files: ['src/excel/**/*.ts', 'src/app/**/*.{ts,tsx}', 'src/taskpane/**/*.{ts,tsx}'],
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // The marks record is read by a closure that runs after the batch's one context.sync()
    // (queue every load, sync once, then read): the two rules look at source order only and take the
    // closure's read for a read before the sync. The other Office rules stay on for this file.
    files: ['src/excel/excel-host.ts'],
    rules: { 'office-addins/call-sync-after-load': 'off', 'office-addins/call-sync-before-read': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [...CHINESE_HOMES, ...CHINESE_PENDING],
    rules: { 'local/no-chinese-literals': 'error' },
  },
  {
    // The fakes of Excel's proxy objects hand out accessor objects that close over their owner.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-this-alias': 'off' },
  },
  {
    // CommonJS scripts run by node (the config, bin/, scripts/, the lint's own rules, the browser harness).
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      // `const crypto = require('node:crypto')` shadows node's global of the same name on purpose
      'no-redeclare': ['error', { builtinGlobals: false }],
    },
  },
  {
    // page.evaluate() bodies run in the browser
    files: ['test/browser/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.jest } },
  },
  prettier,
);
