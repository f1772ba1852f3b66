/**
 * Every hierarchy rule module is a rule with metadata, as the target rules are (test/core/target/rules/meta.test.ts):
 * one exported rule per module, listed once in HIERARCHY_RULES, its meta agreeing with the rule, a message in
 * the catalog for its code in both languages, a docs page, and a table test of its own; the first-match row
 * rules say the names they infer, the others do not.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HIERARCHY_RULES } from '../../../../src/core/hierarchy/rules';
import { ROOT, ruleFolder } from '../../../helpers/rule-modules';
import type { HierarchyRule } from '../../../../src/core/hierarchy/rules';
import { allMessageCodes, hasMessage, messageOf } from '../../../../src/core/messages';

const { modules, rulesOf } = ruleFolder<HierarchyRule>('hierarchy');

describe('hierarchy rule modules', () => {
  it.each(modules)('%s exports exactly one rule, listed in HIERARCHY_RULES, named after the file', (file) => {
    const rules = rulesOf(file);
    expect(rules).toHaveLength(1);
    expect(HIERARCHY_RULES).toContain(rules[0]);
    expect(rules[0].meta.code).toBe(`hierarchy.${file.replace(/\.ts$/, '')}`);
  });

  it('HIERARCHY_RULES holds every module once, and every hierarchy.* code of the catalog is a rule', () => {
    expect(HIERARCHY_RULES).toHaveLength(modules.length);
    expect(new Set(HIERARCHY_RULES.map((r) => r.code)).size).toBe(modules.length);
    const catalogued = allMessageCodes().filter((c) => c.startsWith('hierarchy.')).sort();
    expect(HIERARCHY_RULES.map((r) => r.code).sort()).toEqual(catalogued);
  });

  it('runs phase by phase: row rules, then name rules, then table rules', () => {
    const order = ['row', 'name', 'table'];
    const phases = HIERARCHY_RULES.map((r) => order.indexOf(r.phase));
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
  });

  describe.each(HIERARCHY_RULES.map((r) => [r.code, r] as const))('%s', (code, rule) => {
    it('meta agrees with the rule', () => {
      expect(Object.keys(rule.meta).sort()).toEqual(['code', 'description', 'docs', 'fixable', 'severity']);
      expect(rule.meta.code).toBe(code);
      expect(rule.meta.severity).toBe(rule.severity);
      expect([null, 'safe', 'confirm']).toContain(rule.meta.fixable);
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(rule.meta.description).not.toMatch(/\.$/);
      // a developer's one-liner in English: no Chinese (the catalog message says it to the user), one line
      expect(rule.meta.description).not.toMatch(/\p{Script=Han}/u);
      expect(rule.meta.description).not.toMatch(/\n/);
      expect(rule.meta.description.length).toBeLessThanOrEqual(140);
    });

    it('has a message in both languages', () => {
      expect(hasMessage(code)).toBe(true);
      expect(messageOf(code, 'zh')).not.toBe(code);
      expect(messageOf(code, 'en')).not.toBe(code);
    });

    it('has its docs page, titled with its code', () => {
      expect(rule.meta.docs).toBe(`docs/rules/${code}.md`);
      const page = fs.readFileSync(path.join(ROOT, rule.meta.docs), 'utf8');
      expect(page.split('\n')[0]).toBe(`# ${code}`);
      expect(page).toContain(`| severity | ${rule.meta.severity} |`);
    });

    it('has its table test', () => {
      const file = path.join(ROOT, 'test/core/hierarchy/rules', `${code.replace(/^hierarchy\./, '')}.test.ts`);
      expect(fs.readFileSync(file, 'utf8')).toContain(`ruleTester('${code}'`);
    });

    it('a first-match row rule says the names it infers; no other rule does', () => {
      expect(typeof (rule as { outcome?: unknown }).outcome === 'function').toBe(rule.phase === 'row');
    });
  });
});
