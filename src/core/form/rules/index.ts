/** The form and file rules, phase by phase (see types.ts for the phases). */
import { emptyTemplate } from './empty-template';
import { fundsUnitAssumed } from './funds-unit-assumed';
import { fundsUnreadable } from './funds-unreadable';
import { missingField } from './missing-field';
import { noBenefitIndicator } from './no-benefit-indicator';
import { noForm } from './no-form';
import { noIndicatorTable } from './no-indicator-table';
import { noIndicators } from './no-indicators';
import { noOutputIndicator } from './no-output-indicator';
import { noSatisfactionIndicator } from './no-satisfaction-indicator';
import type {
  FormCoverageRule,
  FormHeaderRule,
  FormReaderRule,
  FormRule,
  FormRulePhase,
  FormTablesRule,
  WorkbookRule,
} from './types';

export const FORM_RULES: readonly FormRule[] = [
  // what the reader found on the form
  noIndicatorTable,
  fundsUnitAssumed,
  missingField,
  // the header and funds blocks
  fundsUnreadable,
  // the indicator tables, once their rows are resolved
  noIndicators,
  emptyTemplate,
  // the coverage of a form with indicators
  noOutputIndicator,
  noBenefitIndicator,
  noSatisfactionIndicator,
  // the workbook
  noForm,
];

interface RuleOfPhase {
  reader: FormReaderRule;
  header: FormHeaderRule;
  tables: FormTablesRule;
  coverage: FormCoverageRule;
  workbook: WorkbookRule;
}

/** The rules of one phase, in FORM_RULES order. */
export function formRulesOf<P extends FormRulePhase>(phase: P): RuleOfPhase[P][] {
  return FORM_RULES.filter((r): r is RuleOfPhase[P] => r.phase === phase);
}

export type { FormFinding, FormRule } from './types';
