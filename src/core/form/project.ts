/** The header block of a form → the project information of the model. */
import { parseLooseDate, parseLoosePeriod, serialToIso } from '../dates';
import { address } from '../grid';
import type { ProjectInfo } from '../model';
import type { FieldValue, FormStructure } from '../reader/structure';
import { stripParagraphTags } from '../text';
import { fundsInYuan } from './funds';

function fieldText(v: FieldValue | undefined): string | null {
  if (!v || v.text.trim() === '') return null;
  return v.text.trim();
}

function fieldDate(v: FieldValue | undefined, edge: 'start' | 'end', date1904: boolean): string | null {
  if (!v) return null;
  const fromText = parseLooseDate(v.text, edge);
  if (fromText) return fromText;
  return typeof v.value === 'number' ? serialToIso(v.value, date1904) : null;
}

export function projectInfo(form: FormStructure, date1904: boolean): ProjectInfo {
  const f = form.fields;
  let startDate = fieldDate(f.startDate, 'start', date1904);
  let endDate = fieldDate(f.endDate, 'end', date1904);
  if ((!startDate || !endDate) && f.period) {
    const p = parseLoosePeriod(f.period.text);
    if (p) {
      startDate ??= p.start;
      endDate ??= p.end;
    }
  }
  if (!startDate && !endDate && form.selfEvaluation && form.year !== null) {
    // a self-evaluation covers its 年度: "(2021年度)" is 2021-01-01 … 2021-12-31
    startDate = `${form.year}-01-01`;
    endDate = `${form.year}-12-31`;
  }
  let totalFunds: number | null = null;
  let totalFundsCell: string | null = null;
  let executedFunds: number | null = null;
  let executedFundsCell: string | null = null;
  if (form.funds) {
    const { cells, totalRow } = form.funds;
    const budgetCell = cells.adjusted ?? cells.initial;
    totalFunds = fundsInYuan(form, budgetCell);
    totalFundsCell = budgetCell ? address(totalRow, budgetCell.col) : null;
    executedFunds = fundsInYuan(form, cells.executed);
    executedFundsCell = cells.executed ? address(totalRow, cells.executed.col) : null;
  }
  if (totalFunds === null) {
    for (const v of [f.totalFunds, f.annualFunds]) {
      const yuan = fundsInYuan(form, v);
      if (yuan !== null && v) {
        totalFunds = yuan;
        totalFundsCell = v.cell;
        break;
      }
    }
  }
  const goal = (v: FieldValue | null | undefined) => (v && v.text.trim() ? stripParagraphTags(v.text) : null);
  return {
    name: fieldText(f.projectName),
    nameCell: f.projectName?.cell || null,
    category: fieldText(f.category),
    department: fieldText(f.department),
    implementingUnit: fieldText(f.implementingUnit),
    startDate,
    endDate,
    totalFunds,
    totalFundsCell,
    fundsUnit: form.fundsUnit,
    executedFunds,
    executedFundsCell,
    overallGoal: goal(f.overallGoal),
    annualGoal: goal(f.annualGoal ?? form.expectedGoal),
    actualGoal: goal(form.actualGoal),
  };
}

/** The year the form is about: its 年度, else the year its project ends. */
export function formYear(form: FormStructure, project: ProjectInfo): number | null {
  return form.year ?? (project.endDate ? Number(project.endDate.slice(0, 4)) : null);
}
