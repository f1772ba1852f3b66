/**
 * ESLint-style rule contract of the form and file findings (domain.md §6 "reviewer checks" and the
 * reader's header checks). Each rule module exports one `FormRule`; analyze.ts runs FORM_RULES
 * (rules/index.ts) phase by phase on every form the reader found, and the workbook rules once per workbook:
 *   - `reader`: what the reader found while reading the form's layout (it reports the finding with the
 *     cell it read it at); the rule says which of the reader's findings are its own.
 *   - `header`: per form, on its header block and funds block, before the indicator rows.
 *   - `tables`: per form, after its indicator rows are resolved (whether it has any indicator at all).
 *   - `coverage`: per form that has indicator rows, over them, by inferred 一级 (placed on the form's anchor).
 *   - `workbook`: once per workbook, after every sheet is read.
 * Every rule says where its finding goes (a cell and its row, or null for the whole form or file).
 */
import type { RuleMeta } from '../../rule-meta';
import type { HierarchyRowResult } from '../../hierarchy/resolve';
import type { FormStructure } from '../../reader/structure';
import type { Finding, Severity } from '../../types';

/** A finding placed on the sheet: the cell and row it is about, or null. */
export interface FormFinding extends Finding {
  cell: string | null;
  row: number | null;
}

/** A workbook finding: placed on a sheet too. */
interface WorkbookFinding extends FormFinding {
  sheet: string;
}

interface FormContext {
  form: FormStructure;
}

interface FormTablesContext extends FormContext {
  /** The resolved rows of the form's indicator tables (a side-by-side block left empty is left out). */
  hierarchy: readonly HierarchyRowResult[];
  /** How many indicator rows the form has. */
  indicators: number;
  /** Where a finding about the whole form goes: its title, else its first table's header. */
  anchor: string | null;
}

export interface CoverageContext {
  /** The resolved rows of the form's indicator tables. */
  hierarchy: readonly HierarchyRowResult[];
  anchor: string | null;
}

interface WorkbookContext {
  /** The names of the workbook's sheets, in order. */
  sheets: readonly string[];
  /** How many forms were found on them. */
  forms: number;
}

interface RuleBase {
  meta: RuleMeta;
  /** = meta.code. */
  code: string;
  /** = meta.severity. */
  severity: Severity;
}

export interface FormReaderRule extends RuleBase {
  phase: 'reader';
  check(ctx: FormContext): FormFinding[];
}

export interface FormHeaderRule extends RuleBase {
  phase: 'header';
  check(ctx: FormContext): FormFinding[];
}

export interface FormTablesRule extends RuleBase {
  phase: 'tables';
  check(ctx: FormTablesContext): FormFinding[];
}

export interface FormCoverageRule extends RuleBase {
  phase: 'coverage';
  check(ctx: CoverageContext): FormFinding[];
}

export interface WorkbookRule extends RuleBase {
  phase: 'workbook';
  check(ctx: WorkbookContext): WorkbookFinding[];
}

export type FormRule = FormReaderRule | FormHeaderRule | FormTablesRule | FormCoverageRule | WorkbookRule;
export type FormRulePhase = FormRule['phase'];
