'use strict';
/**
 * The files the lint rule no-chinese-literals leaves alone (used by eslint.config.js, and by
 * test/lint/no-chinese-literals.test.ts, which also checks that every pending entry still holds
 * Chinese text — a file cleaned up must leave the list).
 */

/** Where Chinese text belongs: the glossary (domain words) and the catalogs (what a user reads). */
const CHINESE_HOMES = [
  'src/core/glossary/**',
  'src/core/messages.ts',
  'src/core/messages/**',
  // the preview layout's own words (zh + en), a catalog like messages.ts
  'src/preview/strings.ts',
  // the standard blank form's fixed text, one declarative definition rendered by Excel, the preview
  // and the CLI: the form is Chinese by regulation and is not translated, so it is a catalog of its
  // own. Its header labels are checked against the glossary's roles (test/core/template.test.ts).
  'src/core/template.ts',
  // what every finding code means (what / why / how, zh + en), and the generated facts with the rule
  // tables' examples as the cells show them: the documentation catalog of docs/rules, the 详情 and explain
  'src/core/rule-docs*.ts',
  // Excel's built-in number formats of the zh-CN locale (format ids 27–58): Excel's own table, neither a
  // domain word nor a message.
  'src/workbook/format.ts',
];

/**
 * Files that still hold Chinese literals, each to be moved to the glossary or a catalog, exempt only while
 * work in flight on another branch would make the move conflict (issue #13 emptied it once those merges
 * were in). Shrink this list; never grow it.
 */
/** @type {string[]} */
const CHINESE_PENDING = [];

module.exports = { CHINESE_HOMES, CHINESE_PENDING };
