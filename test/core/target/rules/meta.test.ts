/**
 * Every target rule module is a rule with metadata: one exported rule per module, in the check order,
 * its meta agreeing with the rule (code, severity), a message in the catalog for its code, a docs page,
 * a fixable kind that agrees with the fixes it offers (checked case by case in the rule tester), and
 * gate rules that say their own outcome.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hasMessage, messageOf } from '../../../../src/core/messages';
import { TARGET_RULES } from '../../../../src/core/target/rules';
import { ROOT, ruleFolder } from '../../../helpers/rule-modules';
import type { TargetRule } from '../../../../src/core/target/rules';

const { modules, rulesOf } = ruleFolder<TargetRule>('target');

describe('target rule modules', () => {
  it.each(modules)('%s exports exactly one rule, listed in TARGET_RULES, named after the file', (file) => {
    const rules = rulesOf(file);
    expect(rules).toHaveLength(1);
    expect(TARGET_RULES).toContain(rules[0]);
    expect(rules[0].meta.code).toBe(`target.${file.replace(/\.ts$/, '')}`);
  });

  it('TARGET_RULES holds every module once', () => {
    expect(TARGET_RULES).toHaveLength(modules.length);
    expect(new Set(TARGET_RULES.map((r) => r.code)).size).toBe(modules.length);
  });

  describe.each(TARGET_RULES.map((r) => [r.code, r] as const))('%s', (code, rule) => {
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

    it('a gate says its own outcome; no other rule does', () => {
      expect(typeof (rule as { outcome?: unknown }).outcome === 'function').toBe(rule.phase === 'gate');
    });
  });
});
