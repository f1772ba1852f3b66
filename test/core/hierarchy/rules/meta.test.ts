/**
 * Every hierarchy rule module is a rule with metadata, as the target rules are (test/core/target/rules/meta.test.ts):
 * one exported rule per module, listed once in HIERARCHY_RULES, its meta agreeing with the rule, a message in
 * the catalog for its code in both languages, a docs page, and a table test of its own; the first-match row
 * rules say the names they infer, the others do not.
 */
import { HIERARCHY_RULES } from '../../../../src/core/hierarchy/rules';
import { describeRuleMeta, describeRuleModules } from '../../../helpers/rule-modules';
import { allMessageCodes } from '../../../../src/core/messages';

describe('hierarchy rule modules', () => {
  describeRuleModules('hierarchy', HIERARCHY_RULES, 'HIERARCHY_RULES');

  it('every hierarchy.* code of the catalog is a rule', () => {
    const catalogued = allMessageCodes()
      .filter((c) => c.startsWith('hierarchy.'))
      .sort();
    expect(HIERARCHY_RULES.map((r) => r.code).sort()).toEqual(catalogued);
  });

  it('runs phase by phase: row rules, then name rules, then table rules', () => {
    const order = ['row', 'name', 'table'];
    const phases = HIERARCHY_RULES.map((r) => order.indexOf(r.phase));
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
  });

  describeRuleMeta(HIERARCHY_RULES, {
    tableTest: (code) => `test/core/hierarchy/rules/${code.replace(/^hierarchy\./, '')}.test.ts`,
    more: (rule) => {
      it('a first-match row rule says the names it infers; no other rule does', () => {
        expect(typeof (rule as { outcome?: unknown }).outcome === 'function').toBe(rule.phase === 'row');
      });
    },
  });
});
