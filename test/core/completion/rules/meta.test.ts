/**
 * Every completion rule module is a rule with metadata, as the target and hierarchy rules are
 * (test/core/target/rules/meta.test.ts): one exported rule per module, listed once in COMPLETION_RULES,
 * its meta agreeing with the rule, a message in the catalog for its code in both languages, a docs page,
 * and a table test of its own; the rules are listed phase by phase, and only completion.invalid runs in
 * two phases (reading the actual and judging it).
 */
import { COMPLETION_PHASES, COMPLETION_RULES, phasesOf } from '../../../../src/core/completion/rules';
import type { CompletionRule } from '../../../../src/core/completion/rules';
import { allMessageCodes } from '../../../../src/core/messages';
import { describeRuleMeta, describeRuleModules } from '../../../helpers/rule-modules';

describe('completion rule modules', () => {
  describeRuleModules('completion', COMPLETION_RULES, 'COMPLETION_RULES');

  it('every completion.* finding code of the catalog is a rule', () => {
    // completion.weight-proposed.partial is a hint of completion.weight-proposed, not a finding
    const catalogued = allMessageCodes()
      .filter((c) => /^completion\.[a-z0-9-]+$/.test(c))
      .sort();
    expect(COMPLETION_RULES.map((r) => r.code).sort()).toEqual(catalogued);
  });

  it('lists the rules phase by phase; only completion.invalid runs in two phases', () => {
    const last = COMPLETION_RULES.map((r) => Math.max(...phasesOf(r).map((p) => COMPLETION_PHASES.indexOf(p))));
    expect(last).toEqual([...last].sort((a, b) => a - b));
    expect(COMPLETION_RULES.filter((r) => phasesOf(r).length > 1).map((r) => r.code)).toEqual(['completion.invalid']);
    expect(phasesOf(COMPLETION_RULES.find((r) => r.code === 'completion.invalid') as CompletionRule)).toEqual([
      'actual',
      'status',
    ]);
  });

  describeRuleMeta(COMPLETION_RULES, {
    tableTest: (code) => `test/core/completion/rules/${code.replace(/^completion\./, '')}.test.ts`,
    more: (rule) => {
      it('runs in a known phase', () => {
        expect(phasesOf(rule).length).toBeGreaterThan(0);
        for (const p of phasesOf(rule)) expect(COMPLETION_PHASES).toContain(p);
      });
    },
  });
});
