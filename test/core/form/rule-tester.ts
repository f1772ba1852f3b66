/**
 * The form family of the shared rule tester (test/helpers/rule-tester.ts): a case is a small workbook —
 * one sheet's rows, a classic declaration form built from its fields (`declaration()`), or several sheets —
 * run through the engine's own entry point (analyzeWorkbook); the findings are every rule's, each with its
 * row and the cell it is placed on (held in the exact-findings snapshot). An invalid case also states the
 * cell of the finding it is about (the finding picked by it).
 */
import { analyzeWorkbook } from '../../../src/core/analyze';
import { FORM_RULES } from '../../../src/core/form/rules';
import type { ExampleCell, RuleExample } from '../../../src/core/rule-docs';
import type { Issue, WorkbookSnapshot } from '../../../src/core/types';
import { gridFromRows, type CellSpec } from '../../helpers/grid';
import { type ExpectedFinding, type ReportedFinding, ruleTesterFor } from '../../helpers/rule-tester';

export interface FormCase {
  /** What the case is (its label in the table). */
  name: string;
  /** The one sheet's rows from A1 (see test/helpers/grid). */
  rows?: CellSpec[][];
  merges?: string[];
  /** Instead of `rows`: the workbook's sheets ([] = a workbook without a sheet). */
  sheets?: { name: string; rows: CellSpec[][] }[];
}

export interface FormInvalidCase extends FormCase, ExpectedFinding {
  /** The cell of the finding the case states (null: about the whole form or file). */
  cell: string | null;
}

/** A finding as reported, with the cell it is placed on. */
type PlacedFinding = ReportedFinding & { cell: string | null };

export interface DeclarationSpec {
  /** The title row (null: no title). */
  title?: string | null;
  project?: string;
  category?: string;
  department?: string;
  unit?: string;
  /** The label of the funds row, which may state the unit: 项目资金（万元）. */
  fundsLabel?: string;
  totalFunds?: CellSpec;
  annualFunds?: CellSpec;
  /** The indicator table's rows [一级, 二级, 三级, 指标目标值] under its header on row 7; null: no table. */
  table?: CellSpec[][] | null;
}

/** A complete declaration: every 一级 covered, every target well written; nothing to report. */
export const COMPLETE_TABLE: CellSpec[][] = [
  ['产出指标', '数量指标', '培训人数', '≥200人次'],
  [null, '质量指标', '培训合格率', '≥95%'],
  ['效益指标', '社会效益指标', '群众知晓率', '≥90%'],
  ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
];

/**
 * A classic declaration form: title (A1), year, 项目名称 | 项目类别 (row 3), 主管部门 | 实施单位 (row 4),
 * 项目期限 (row 5), the funds row (A5 label, C6 总额, E6 年度资金), the table header on row 7, its rows from row 8.
 */
export function declaration(spec: DeclarationSpec = {}): CellSpec[][] {
  const title = spec.title === undefined ? '财政项目支出绩效目标申报表' : spec.title;
  const table = spec.table === undefined ? COMPLETE_TABLE : spec.table;
  return [
    [title],
    ['(2022年度)'],
    ['项目名称', spec.project ?? '社区培训', null, '项目类别', spec.category ?? '一次性项目'],
    ['主管部门', spec.department ?? '某区财政局', null, '实施单位', spec.unit ?? '某区财政局'],
    ['项目期限', '2022.01-2022.12'],
    [
      spec.fundsLabel ?? '项目资金（万元）',
      '项目资金总额',
      spec.totalFunds ?? 128,
      '年度资金申请总额',
      spec.annualFunds ?? 100,
    ],
    ...(table === null ? [] : [['一级指标', '二级指标', '三级指标', '指标目标值'], ...table]),
  ];
}

export function snapshotOf(c: FormCase): WorkbookSnapshot {
  if (c.sheets) return { sheets: c.sheets.map((s) => gridFromRows(s.rows, { sheet: s.name })) };
  return { sheets: [gridFromRows(c.rows ?? [], { merges: c.merges })] };
}

function reported(i: Issue): PlacedFinding {
  const out: PlacedFinding = { code: i.code, severity: i.severity, cell: i.cell };
  if (i.row !== null) out.row = i.row;
  if (i.params !== undefined) out.params = i.params;
  if (i.fix) out.fix = i.fix;
  return out;
}

/** Every finding of the workbook, as the engine reports it (each form's in sheet order, then the file's). */
export function findingsFor(c: FormCase): PlacedFinding[] {
  return analyzeWorkbook(snapshotOf(c)).issues.map(reported);
}

const PHASE = new Map(FORM_RULES.map((r) => [r.code, r.phase] as const));

/**
 * The finding that kept the rule from running: no form at all (nothing but the workbook rules ran); a form
 * without an indicator table (no table or coverage rule ran); a form without indicators (no coverage rule ran).
 */
function stoppedBefore(code: string, findings: ReportedFinding[]): string | null {
  const phase = PHASE.get(code);
  const found = (c: string) => findings.some((f) => f.code === c);
  if (phase !== 'workbook' && found('file.no-form')) return 'file.no-form';
  if ((phase === 'tables' || phase === 'coverage') && found('form.no-indicator-table'))
    return 'form.no-indicator-table';
  if (phase === 'coverage') return ['form.no-indicators', 'form.empty-template'].find(found) ?? null;
  return null;
}

/** A header label: the cell to its right is its value. */
const FIELD_LABELS = new Set(['项目名称', '项目类别', '主管部门', '实施单位', '项目期限']);

/** A cell's text as the sheet shows it ('' for a blank). */
function textOf(spec: CellSpec): string {
  if (spec === null || spec === undefined) return '';
  if (typeof spec === 'string') return spec;
  if (typeof spec === 'number') return String(spec);
  if (spec.text !== undefined) return spec.text;
  const v = spec.value;
  return v === null ? '' : typeof v === 'object' ? v.error : String(v);
}

/** A part of a sheet as the example shows it: a key to compare it with the classic form's, and its cells. */
interface Part {
  key: string;
  /** What the part is, to say that a form lacks it. */
  kind: string;
  cells: ExampleCell[][];
}

/**
 * A sheet's rows as parts: each header field (label and value), the indicator table (header and rows, or
 * its header alone), the title, and every other row as its cells.
 */
function partsOf(rows: CellSpec[][]): Part[] {
  const parts: Part[] = [];
  const tableAt = rows.findIndex((r) => r.some((x) => textOf(x) === '一级指标'));
  const upTo = tableAt < 0 ? rows.length : tableAt;
  for (let i = 0; i < upTo; i++) {
    const row = rows[i].map(textOf);
    const fields = row.flatMap((t, j) => (FIELD_LABELS.has(t) ? [j] : []));
    if (fields.length > 0) {
      for (const j of fields) {
        const cells = [{ label: row[j], text: row[j + 1] ?? '' }];
        parts.push({ key: JSON.stringify(cells), kind: row[j], cells: [cells] });
      }
      continue;
    }
    while (row.length > 0 && row[row.length - 1] === '') row.pop();
    if (row.length === 0) continue;
    const cells = row.map((text) => ({ label: null, text }));
    const title = i === 0 && row.length === 1 && /表$/.test(row[0]);
    const key = JSON.stringify(cells);
    const kind = title ? 'title' : row.some((t) => /资金/.test(t)) ? 'funds' : key;
    parts.push({ key, kind, cells: [cells] });
  }
  if (tableAt >= 0) {
    const header = rows[tableAt].map(textOf).filter((t) => t !== '');
    const body = rows.slice(tableAt + 1).map((r) => header.map((_h, j) => ({ label: null, text: textOf(r[j]) })));
    const cells: ExampleCell[][] =
      body.length === 0 ? [[{ label: '指标表', text: `${header.join('、')}（只有表头，下面没有行）` }]] : body;
    parts.push({ key: JSON.stringify(cells), kind: 'table', cells });
  }
  return parts;
}

const CLASSIC = partsOf(declaration());
const CLASSIC_KEYS = new Set(CLASSIC.map((p) => p.key));

/** What a form lacks, said in the example. */
function lacking(kind: string): ExampleCell {
  const what: Record<string, string> = { title: '标题', funds: '项目资金一行', table: '指标表' };
  return { label: null, text: `（没有${what[kind] ?? `“${kind}”一栏`}）` };
}

/**
 * The case for the rule's documentation, as the few telling cells of the sheet. A case built from the
 * classic declaration form shows only what differs from it: the header fields changed (项目名称 （空白）),
 * the funds row, the indicator table's rows, and what it lacks (a title, a field, the table); the classic
 * form unchanged is said so. Any other sheet shows its rows, and each sheet of a workbook its name.
 */
function sheetCells(sheet: CellSpec[][]): ExampleCell[][] {
  const parts = partsOf(sheet);
  if (parts.length === 0) return [[{ label: null, text: '（空白工作表）' }]];
  const shared = parts.filter((p) => CLASSIC_KEYS.has(p.key)).length;
  if (shared < 3) return parts.flatMap((p) => p.cells);
  const kinds = new Set(parts.map((p) => p.kind));
  const rows: ExampleCell[][] = [
    ...CLASSIC.filter((p) => !kinds.has(p.kind)).map((p) => [lacking(p.kind)]),
    ...parts.filter((p) => !CLASSIC_KEYS.has(p.key)).flatMap((p) => p.cells),
  ];
  return rows.length > 0 ? rows : [[{ label: null, text: '（完整填写的申报表）' }]];
}

function example(c: FormCase): RuleExample {
  if (!c.sheets) return { rows: sheetCells(c.rows ?? []) };
  if (c.sheets.length === 0) return { rows: [[{ label: null, text: '（工作簿中没有工作表）' }]] };
  return { rows: c.sheets.flatMap((s) => [[{ label: '工作表', text: s.name }], ...sheetCells(s.rows)]) };
}

export const ruleTester: (code: string, cases: { valid: FormCase[]; invalid: FormInvalidCase[] }) => void =
  ruleTesterFor<FormCase>({
    rules: FORM_RULES,
    findingsFor,
    label: (c) => c.name,
    stoppedBefore,
    // the finding at the cell the case states (none there: the case fails)
    pick: (c, withCode) => withCode.find((f) => f.cell === (c as FormInvalidCase).cell),
    example,
  });
