/**
 * Every completion rule module is a rule with metadata, as the target and hierarchy rules are
 * (test/core/target/rules/meta.test.ts): one exported rule per module, listed once in COMPLETION_RULES,
 * its meta agreeing with the rule, a message in the catalog for its code in both languages, a docs page,
 * and a table test of its own; the rules are listed phase by phase, and only completion.invalid runs in
 * two phases (reading the actual and judging it).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMPLETION_PHASES, COMPLETION_RULES, phasesOf } from '../../../../src/core/completion/rules';
import type { CompletionRule } from '../../../../src/core/completion/rules';
import { allMessageCodes, hasMessage, messageOf } from '../../../../src/core/messages';
import { ROOT, ruleFolder } from '../../../helpers/rule-modules';

const { modules, rulesOf } = ruleFolder<CompletionRule>('completion');

describe('completion rule modules', () => {
  it.each(modules)('%s exports exactly one rule, listed in COMPLETION_RULES, named after the file', (file) => {
    const rules = rulesOf(file);
    expect(rules).toHaveLength(1);
    expect(COMPLETION_RULES).toContain(rules[0]);
    expect(rules[0].meta.code).toBe(`completion.${file.replace(/\.ts$/, '')}`);
  });

  it('COMPLETION_RULES holds every module once, and every completion.* finding code of the catalog is a rule', () => {
    expect(COMPLETION_RULES).toHaveLength(modules.length);
    expect(new Set(COMPLETION_RULES.map((r) => r.code)).size).toBe(modules.length);
    // completion.weight-proposed.partial is a hint of completion.weight-proposed, not a finding
    const catalogued = allMessageCodes().filter((c) => /^completion\.[a-z0-9-]+$/.test(c)).sort();
    expect(COMPLETION_RULES.map((r) => r.code).sort()).toEqual(catalogued);
  });

  it('lists the rules phase by phase; only completion.invalid runs in two phases', () => {
    const last = COMPLETION_RULES.map((r) => Math.max(...phasesOf(r).map((p) => COMPLETION_PHASES.indexOf(p))));
    expect(last).toEqual([...last].sort((a, b) => a - b));
    expect(COMPLETION_RULES.filter((r) => phasesOf(r).length > 1).map((r) => r.code)).toEqual(['completion.invalid']);
    expect(phasesOf(COMPLETION_RULES.find((r) => r.code === 'completion.invalid') as CompletionRule)).toEqual(['actual', 'status']);
  });

  describe.each(COMPLETION_RULES.map((r) => [r.code, r] as const))('%s', (code, rule) => {
    it('meta agrees with the rule', () => {
      expect(Object.keys(rule.meta).sort()).toEqual(['code', 'description', 'docs', 'fixable', 'severity']);
      expect(rule.meta.code).toBe(code);
      expect(rule.meta.severity).toBe(rule.severity);
      expect([null, 'safe', 'confirm']).toContain(rule.meta.fixable);
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(rule.meta.description).not.toMatch(/\.$/);
    });

    it('runs in a known phase', () => {
      expect(phasesOf(rule).length).toBeGreaterThan(0);
      for (const p of phasesOf(rule)) expect(COMPLETION_PHASES).toContain(p);
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
      const file = path.join(ROOT, 'test/core/completion/rules', `${code.replace(/^completion\./, '')}.test.ts`);
      expect(fs.readFileSync(file, 'utf8')).toContain(`ruleTester('${code}'`);
    });
  });
});
