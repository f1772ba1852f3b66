/**
 * Every target rule module is a rule with metadata: one exported rule per module, in the check order,
 * its meta agreeing with the rule (code, severity), a message in the catalog for its code, a docs page,
 * a fixable kind that agrees with the fixes it offers (checked case by case in the rule tester), and
 * gate rules that say their own outcome.
 */
import { TARGET_RULES } from '../../../../src/core/target/rules';
import { describeRuleMeta, describeRuleModules } from '../../../helpers/rule-modules';

describe('target rule modules', () => {
  describeRuleModules('target', TARGET_RULES, 'TARGET_RULES');

  describeRuleMeta(TARGET_RULES, {
    more: (rule) => {
      it('a gate says its own outcome; no other rule does', () => {
        expect(typeof (rule as { outcome?: unknown }).outcome === 'function').toBe(rule.phase === 'gate');
      });
    },
  });
});
