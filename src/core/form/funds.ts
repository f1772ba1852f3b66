/**
 * The funds arithmetic of a form: amounts in the header block and the funds block read in yuan (by the
 * unit written in the cell, else by the form's unit), the amount cells a form holds, and the budget
 * figures and printed total the 自评 score needs.
 */
import type { scoreForm } from '../completion';
import { AMOUNT_TEXT, WAN_YUAN, YUAN } from '../glossary/funds-units';
import { NOT_APPLICABLE_MARKS } from '../glossary/form-labels';
import { SheetGrid, address } from '../grid';
import { cellNumber } from '../reader/read-forms';
import type { FormStructure } from '../reader/structure';
import { compact } from '../text';
import type { CheckOptions, GridCell } from '../types';

const WAN = 10_000;

/** An amount in a header or funds cell, in yuan: by the unit written in the cell, else by the form's unit. */
export function fundsInYuan(form: FormStructure, v: Pick<GridCell, 'value' | 'text'> | undefined): number | null {
  if (!v) return null;
  const formFactor = form.fundsUnit === WAN_YUAN ? WAN : 1;
  let yuan: number | null = null;
  if (typeof v.value === 'number') yuan = v.value * formFactor;
  else {
    // "854万(高标准农田建设400万元,…)": the amount, then its breakdown in brackets
    const m = AMOUNT_TEXT.exec(compact(v.text).replace(/,/g, ''));
    if (m) yuan = Number(m[1]) * (m[2] === undefined ? formFactor : m[2] === YUAN ? 1 : WAN);
  }
  return yuan === null ? null : Math.round(yuan * 100) / 100;
}

interface AmountCell {
  text: string;
  value: GridCell['value'];
  a1: string;
}

/** The amount cells of the header block and the funds block's total row, with their addresses. */
export function fundsCells(form: FormStructure): AmountCell[] {
  const out: AmountCell[] = [];
  for (const v of [form.fields.totalFunds, form.fields.annualFunds])
    if (v && v.cell) out.push({ text: v.text, value: v.value, a1: v.cell });
  if (form.funds) {
    const { cells, totalRow } = form.funds;
    for (const c of [cells.initial, cells.adjusted, cells.executed])
      if (c) out.push({ text: c.text, value: c.value, a1: address(totalRow, c.col) });
  }
  return out;
}

/** A dash or slash written for "not applicable" (—, -, /). */
export function isNotApplicableMark(text: string): boolean {
  return (NOT_APPLICABLE_MARKS as readonly string[]).includes(compact(text));
}

/** The funds a cost target is held to: a declaration's 年度资金 (else the total), a self-evaluation's total. */
export function fundsLimit(form: FormStructure, totalFunds: number | null): number | null {
  return form.selfEvaluation ? totalFunds : (fundsInYuan(form, form.fields.annualFunds) ?? totalFunds);
}

/** The funds block's total row as the budget score reads it (null: the form has no funds block). */
export function budgetInput(grid: SheetGrid, form: FormStructure): Parameters<typeof scoreForm>[0]['budget'] {
  if (!form.funds) return null;
  const { columns, totalRow } = form.funds;
  const num = (col: number | undefined) => (col === undefined ? null : cellNumber(grid, totalRow, col));
  return {
    initial: num(columns.initial),
    adjusted: num(columns.adjusted),
    executed: num(columns.executed),
    weight: num(columns.weight),
    userScore: num(columns.score),
  };
}

/**
 * The total printed under the indicator table, as a total of the whole form. Split self-evaluations
 * print a 合计 of 绩效指标(90分) that leaves out 预算执行情况(10分): add the funds block's weight back.
 */
export function printedGrandTotal(form: FormStructure, grid: SheetGrid, opts: CheckOptions): number | null {
  const printed = form.tables[form.tables.length - 1].printedTotal;
  if (printed === null || !form.funds) return printed;
  const budgetWeight = budgetInput(grid, form)?.weight ?? opts.scoring.defaultWeights.budget;
  return printed + budgetWeight === 100 ? 100 : printed;
}

/** The cell the budget score is placed on: the funds block's 得分, else its 执行率 / 执行数 on the total row. */
export function budgetCell(form: FormStructure): string | null {
  return form.funds?.cells.score
    ? address(form.funds.totalRow, form.funds.cells.score.col)
    : form.funds
      ? address(form.funds.totalRow, form.funds.columns.rate ?? form.funds.columns.executed ?? 1)
      : null;
}
