/**
 * form.funds-unreadable — an amount of the header block (项目总资金, 年度资金) or of the funds block's
 * total row (年初预算数, 全年预算数, 全年执行数) that is neither blank, nor a dash for "not applicable",
 * nor an amount the funds arithmetic reads ("120", "854万(…)", "164万元"). Placed on the amount's cell.
 */
import { fundsCells, fundsInYuan, isNotApplicableMark } from '../funds';
import { rowNumber } from '../issues';
import type { FormFinding, FormHeaderRule } from './types';

export const fundsUnreadable: FormHeaderRule = {
  meta: {
    code: 'form.funds-unreadable',
    severity: 'warning',
    description: 'An amount of the header or funds block cannot be read as a number',
    fixable: null,
    docs: 'docs/rules/form.funds-unreadable.md',
  },
  code: 'form.funds-unreadable',
  severity: 'warning',
  phase: 'header',
  check({ form }) {
    const out: FormFinding[] = [];
    for (const amount of fundsCells(form)) {
      if (amount.text.trim() === '' || isNotApplicableMark(amount.text) || fundsInYuan(form, amount) !== null) continue;
      out.push({
        code: this.code,
        severity: this.severity,
        params: { text: amount.text },
        cell: amount.a1,
        row: rowNumber(amount.a1),
      });
    }
    return out;
  },
};
