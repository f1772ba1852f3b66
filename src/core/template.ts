/**
 * The standard blank form, as a declarative definition: cells, merges, styles by role, data
 * validation (a 一级 dropdown and a 二级 dropdown that depends on it), input guidance and print
 * setup. One definition serves every writer: the add-in's "插入标准模板" (office-js), the browser
 * preview's in-memory workbook and `jixiao template` (exceljs). Reading a filled template back with
 * the engine finds every row — a test holds it to that.
 */
import { address, columnName } from './grid';
import {
  HEADER_FIELD_LABELS,
  TABLE_COLUMN_HEADERS,
  type HeaderField,
  type TableColumnRole,
} from './glossary/form-labels';
import { LEVEL1, VALID_LEVEL2 } from './glossary/framework';

/** A header field's label as the glossary writes it first. */
function field(f: HeaderField): string {
  return HEADER_FIELD_LABELS[f][0];
}

/** A table header from the glossary: the given name must be one the reader recognises for the role. */
function header(role: TableColumnRole, name: string): string {
  const names: readonly string[] = TABLE_COLUMN_HEADERS[role];
  if (!names.includes(name)) throw new Error(`template header ${name} is not a ${role} header`);
  return name;
}

export type TemplateLayout = 'declaration' | 'self-evaluation' | 'split';

export interface TemplateOptions {
  layout: TemplateLayout;
  /** The form year shown as "(2026年度)". */
  year: number;
  /** Number of blank indicator rows (default 20). */
  indicatorRows?: number;
}

/** How a cell is meant to look; writers map roles to fonts, fills and borders. */
export type TemplateStyle = 'title' | 'subtitle' | 'label' | 'header' | 'input' | 'goal' | 'total';

export interface TemplateCell {
  cell: string;
  /** Text or number to write; null leaves the cell empty (an input cell). */
  value: string | number | null;
  /** A formula without the leading "=", e.g. "SUM(F13:F32)". */
  formula?: string;
  style: TemplateStyle;
  numberFormat?: string;
}

export type TemplateValidation =
  | {
      kind: 'list';
      range: string;
      /** The list source as an Excel formula without "=": a defined name, INDIRECT(...), or a quoted "a,b" list. */
      source: string;
      prompt?: { title: string; message: string };
      error: { title: string; message: string };
    }
  | {
      /** No restriction, only an input message shown when the cell is selected. */
      kind: 'prompt';
      range: string;
      prompt: { title: string; message: string };
    };

export interface TemplatePrint {
  paperSize: 'A4';
  orientation: 'portrait' | 'landscape';
  fitToWidth: true;
  /** Rows repeated at the top of every printed page, e.g. "13:13". */
  printTitleRows: string;
  printArea: string;
}

export interface TemplateSheet {
  name: string;
  cells: TemplateCell[];
  merges: string[];
  /** Widths in Excel character units, by column from A. */
  columnWidths: number[];
  /** Heights in points for rows that need more than the default. */
  rowHeights: Record<number, number>;
  validations: TemplateValidation[];
  print: TemplatePrint | null;
  /** The list sheet behind the dropdowns is hidden. */
  hidden: boolean;
}

export interface TemplateName {
  name: string;
  /** Absolute reference, e.g. "'指标库'!$A$2:$A$5". */
  refersTo: string;
}

export interface TemplateDefinition {
  /** The form sheet first, then the hidden list sheet. */
  sheets: TemplateSheet[];
  names: TemplateName[];
  /** Where the indicator table is, for writers that fill it and for tests. */
  table: { headerRow: number; firstRow: number; lastRow: number; columns: Record<string, string> };
}

export const TEMPLATE_SHEET_NAMES: Record<TemplateLayout, string> = {
  declaration: '绩效目标申报表',
  'self-evaluation': '绩效自评表',
  split: '绩效目标申报表',
};
export const LIST_SHEET_NAME = '指标库';
export const LEVEL1_LIST_NAME = '一级指标列表';

const TARGET_GUIDANCE = {
  title: '指标目标值',
  message:
    '填写“符号+数值+单位”，如 ≥200人次、≥95%、≤128万元、2026年12月底前；定性指标可填“提升”“及时”等。不要填“待定”“/”。',
};
const LEVEL1_ERROR = { title: '一级指标', message: '请从下拉列表中选择一级指标。' };
const LEVEL2_ERROR = { title: '二级指标', message: '请先选择一级指标，再从下拉列表中选择对应的二级指标。' };

/** 一级 → the 二级 it may hold, in display order (both frameworks and the accepted mixed pairs). */
export function level2Choices(): { level1: string; level2: string[] }[] {
  return [LEVEL1.output, LEVEL1.cost, LEVEL1.benefit, LEVEL1.satisfaction].map((level1) => ({
    level1,
    level2: [...VALID_LEVEL2[level1]],
  }));
}

/** A defined name for the 二级 list of a 一级: the 一级 text itself, which INDIRECT can then resolve. */
function level2ListName(level1: string): string {
  return level1;
}

function listSheet(): { sheet: TemplateSheet; names: TemplateName[] } {
  const choices = level2Choices();
  const cells: TemplateCell[] = [{ cell: 'A1', value: '一级指标', style: 'header' }];
  const names: TemplateName[] = [];
  choices.forEach((c, i) => {
    cells.push({ cell: address(i + 2, 1), value: c.level1, style: 'input' });
    const col = i + 2;
    cells.push({ cell: address(1, col), value: c.level1, style: 'header' });
    c.level2.forEach((l2, j) => cells.push({ cell: address(j + 2, col), value: l2, style: 'input' }));
    const letter = columnName(col);
    names.push({
      name: level2ListName(c.level1),
      refersTo: `'${LIST_SHEET_NAME}'!$${letter}$2:$${letter}$${c.level2.length + 1}`,
    });
  });
  names.unshift({ name: LEVEL1_LIST_NAME, refersTo: `'${LIST_SHEET_NAME}'!$A$2:$A$${choices.length + 1}` });
  return {
    sheet: {
      name: LIST_SHEET_NAME,
      cells,
      merges: [],
      columnWidths: [14, ...choices.map(() => 20)],
      rowHeights: {},
      validations: [],
      print: null,
      hidden: true,
    },
    names,
  };
}

interface TableSpec {
  headers: string[];
  /** Column letters by role, for the table's definition. */
  roles: Record<string, number>;
}

const DECLARATION_TABLE: TableSpec = {
  headers: [
    header('level1', '一级指标'),
    header('level2', '二级指标'),
    header('level3', '三级指标'),
    header('target', '指标目标值'),
  ],
  roles: { level1: 2, level2: 3, level3: 4, target: 5 },
};
const SPLIT_TABLE: TableSpec = {
  headers: [
    header('level1', '一级指标'),
    header('level2', '二级指标'),
    header('level3', '三级指标'),
    header('nature', '指标性质'),
    header('target', '指标值'),
    header('unit', '度量单位'),
    header('weight', '分值'),
  ],
  roles: { level1: 2, level2: 3, level3: 4, nature: 5, target: 6, unit: 7, weight: 8 },
};
const SELF_EVALUATION_TABLE: TableSpec = {
  headers: [
    header('level1', '一级指标'),
    header('level2', '二级指标'),
    header('level3', '三级指标'),
    header('target', '年度指标值'),
    header('actual', '实际完成值'),
    header('weight', '分值'),
    header('score', '得分'),
    header('reason', '偏差原因分析及改进措施'),
  ],
  roles: { level1: 1, level2: 2, level3: 3, target: 4, actual: 5, weight: 6, score: 7, reason: 8 },
};

export function buildTemplate(options: TemplateOptions): TemplateDefinition {
  const rows = Math.max(1, Math.min(options.indicatorRows ?? 20, 500));
  const list = listSheet();
  const form =
    options.layout === 'self-evaluation'
      ? selfEvaluationSheet(options.year, rows)
      : declarationSheet(options.year, rows, options.layout === 'split');
  return { sheets: [form.sheet, list.sheet], names: list.names, table: form.table };
}

function tableValidations(spec: TableSpec, first: number, last: number): TemplateValidation[] {
  const col = (role: string) => columnName(spec.roles[role]);
  const l1 = col('level1');
  const out: TemplateValidation[] = [
    { kind: 'list', range: `${l1}${first}:${l1}${last}`, source: LEVEL1_LIST_NAME, error: LEVEL1_ERROR },
    {
      kind: 'list',
      range: `${col('level2')}${first}:${col('level2')}${last}`,
      // the list named after the 一级 chosen on the same row
      source: `INDIRECT($${l1}${first})`,
      error: LEVEL2_ERROR,
    },
    { kind: 'prompt', range: `${col('target')}${first}:${col('target')}${last}`, prompt: TARGET_GUIDANCE },
  ];
  if (spec.roles.nature !== undefined) {
    out.push({
      kind: 'list',
      range: `${col('nature')}${first}:${col('nature')}${last}`,
      source: '"≥,≤,>,<,=,定性,不适用"',
      prompt: { title: '指标性质', message: '数量类指标选比较符号（≥、≤、>、<、=）；定性指标选“定性”。' },
      error: { title: '指标性质', message: '请从下拉列表中选择指标性质。' },
    });
  }
  return out;
}

function tableCells(spec: TableSpec, headerRow: number, first: number, last: number): TemplateCell[] {
  const cells: TemplateCell[] = [];
  const firstCol = Math.min(...Object.values(spec.roles));
  spec.headers.forEach((h, i) => cells.push({ cell: address(headerRow, firstCol + i), value: h, style: 'header' }));
  for (let r = first; r <= last; r++) {
    spec.headers.forEach((_, i) => cells.push({ cell: address(r, firstCol + i), value: null, style: 'input' }));
  }
  return cells;
}

function declarationSheet(
  year: number,
  n: number,
  split: boolean,
): { sheet: TemplateSheet; table: TemplateDefinition['table'] } {
  const spec = split ? SPLIT_TABLE : DECLARATION_TABLE;
  const lastCol = columnName(1 + spec.headers.length);
  const headerRow = 13;
  const first = headerRow + 1;
  const last = headerRow + n;
  const cells: TemplateCell[] = [
    { cell: 'A1', value: '财政项目支出绩效目标申报表', style: 'title' },
    { cell: 'A2', value: `(${year}年度)`, style: 'subtitle' },
    { cell: 'A3', value: field('projectName'), style: 'label' },
    { cell: 'B3', value: null, style: 'input' },
    { cell: 'D3', value: field('category'), style: 'label' },
    { cell: 'E3', value: null, style: 'input' },
    { cell: 'A4', value: field('department'), style: 'label' },
    { cell: 'B4', value: null, style: 'input' },
    { cell: 'D4', value: field('implementingUnit'), style: 'label' },
    { cell: 'E4', value: null, style: 'input' },
    { cell: 'A5', value: field('startDate'), style: 'label' },
    { cell: 'B5', value: null, style: 'input', numberFormat: 'yyyy-mm-dd' },
    { cell: 'D5', value: field('endDate'), style: 'label' },
    { cell: 'E5', value: null, style: 'input', numberFormat: 'yyyy-mm-dd' },
    { cell: 'A6', value: '项目资金（万元）', style: 'label' },
    { cell: 'B6', value: field('totalFunds'), style: 'label' },
    { cell: 'C6', value: null, style: 'input', numberFormat: '#,##0.00' },
    { cell: 'D6', value: field('annualFunds'), style: 'label' },
    { cell: 'E6', value: null, style: 'input', numberFormat: '#,##0.00' },
    { cell: 'B7', value: `其中：${field('fiscalFunds')}`, style: 'label' },
    { cell: 'C7', value: null, style: 'input', numberFormat: '#,##0.00' },
    { cell: 'D7', value: `其中：${field('currentAppropriation')}`, style: 'label' },
    { cell: 'E7', value: null, style: 'input', numberFormat: '#,##0.00' },
    { cell: 'B8', value: field('otherFunds'), style: 'label' },
    { cell: 'C8', value: null, style: 'input', numberFormat: '#,##0.00' },
    { cell: 'D8', value: field('carryOver'), style: 'label' },
    { cell: 'E8', value: null, style: 'input', numberFormat: '#,##0.00' },
    { cell: 'D9', value: field('otherFunds'), style: 'label' },
    { cell: 'E9', value: null, style: 'input', numberFormat: '#,##0.00' },
    { cell: 'A10', value: '项目绩效目标', style: 'label' },
    { cell: 'B10', value: field('overallGoal'), style: 'label' },
    { cell: 'D10', value: field('annualGoal'), style: 'label' },
    { cell: 'B11', value: '(年-年)', style: 'label' },
    { cell: 'B12', value: null, style: 'goal' },
    { cell: 'D12', value: null, style: 'goal' },
    { cell: 'A13', value: '绩效指标', style: 'label' },
    ...tableCells(spec, headerRow, first, last),
  ];
  const merges = [
    `A1:${lastCol}1`,
    `A2:${lastCol}2`,
    'B3:C3',
    'B4:C4',
    'B5:C5',
    'A6:A9',
    'A10:A12',
    'B10:C10',
    `D10:${lastCol}10`,
    'B11:C11',
    `D11:${lastCol}11`,
    'B12:C12',
    `D12:${lastCol}12`,
    `A13:A${last}`,
  ];
  if (split) merges.push(`E3:${lastCol}3`, `E4:${lastCol}4`, `E5:${lastCol}5`);
  const validations: TemplateValidation[] = [
    {
      kind: 'list',
      range: 'E3',
      source: '"经常性项目,一次性项目"',
      error: { title: '项目类别', message: '请选择“经常性项目”或“一次性项目”。' },
    },
    ...tableValidations(spec, first, last),
  ];
  return {
    sheet: {
      name: TEMPLATE_SHEET_NAMES[split ? 'split' : 'declaration'],
      cells,
      merges,
      columnWidths: split ? [10, 14, 18, 32, 10, 12, 10, 8] : [10, 16, 20, 36, 24],
      rowHeights: { 1: 30, 12: 90 },
      validations,
      print: {
        paperSize: 'A4',
        orientation: split ? 'landscape' : 'portrait',
        fitToWidth: true,
        printTitleRows: `${headerRow}:${headerRow}`,
        printArea: `A1:${lastCol}${last}`,
      },
      hidden: false,
    },
    table: { headerRow, firstRow: first, lastRow: last, columns: rolesToLetters(spec) },
  };
}

function selfEvaluationSheet(year: number, n: number): { sheet: TemplateSheet; table: TemplateDefinition['table'] } {
  const spec = SELF_EVALUATION_TABLE;
  const headerRow = 12;
  const first = headerRow + 1;
  const last = headerRow + n;
  const totalRow = last + 1;
  const money = '#,##0.00';
  const cells: TemplateCell[] = [
    { cell: 'A1', value: '项目支出绩效自评表', style: 'title' },
    { cell: 'A2', value: `(${year}年度)`, style: 'subtitle' },
    { cell: 'A3', value: field('projectName'), style: 'label' },
    { cell: 'B3', value: null, style: 'input' },
    { cell: 'A4', value: field('department'), style: 'label' },
    { cell: 'B4', value: null, style: 'input' },
    { cell: 'D4', value: field('implementingUnit'), style: 'label' },
    { cell: 'E4', value: null, style: 'input' },
    { cell: 'A5', value: '项目资金（万元）', style: 'label' },
    ...['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].map((h, i): TemplateCell => ({
      cell: address(5, 3 + i),
      value: h,
      style: 'header',
    })),
    { cell: 'B6', value: '年度资金总额', style: 'label' },
    { cell: 'B7', value: `其中：${field('currentAppropriation')}`, style: 'label' },
    { cell: 'B8', value: field('carryOver'), style: 'label' },
    { cell: 'B9', value: field('otherFunds'), style: 'label' },
    { cell: 'F6', value: 10, style: 'input' },
    { cell: 'G6', value: null, formula: 'IF(D6>0,E6/D6,"")', style: 'input', numberFormat: '0.00%' },
    { cell: 'H6', value: null, style: 'input' },
  ];
  for (let r = 6; r <= 9; r++) {
    for (const col of ['C', 'D', 'E'])
      cells.push({ cell: `${col}${r}`, value: null, style: 'input', numberFormat: money });
    if (r > 6) cells.push({ cell: `F${r}`, value: '—', style: 'input' }, { cell: `H${r}`, value: '—', style: 'input' });
    if (r > 6)
      cells.push({
        cell: `G${r}`,
        value: null,
        formula: `IF(D${r}>0,E${r}/D${r},"")`,
        style: 'input',
        numberFormat: '0.00%',
      });
  }
  cells.push(
    { cell: 'A10', value: '年度总体目标', style: 'label' },
    { cell: 'B10', value: '预期目标', style: 'header' },
    { cell: 'E10', value: '实际完成情况', style: 'header' },
    { cell: 'B11', value: null, style: 'goal' },
    { cell: 'E11', value: null, style: 'goal' },
    ...tableCells(spec, headerRow, first, last),
    { cell: `A${totalRow}`, value: '总分', style: 'total' },
    { cell: `F${totalRow}`, value: null, formula: `SUM(F${first}:F${last})+F6`, style: 'total' },
    {
      cell: `G${totalRow}`,
      value: null,
      formula: `IF(COUNT(G${first}:G${last})=0,"",SUM(G${first}:G${last})+N(H6))`,
      style: 'total',
    },
  );
  const merges = [
    'A1:H1',
    'A2:H2',
    'B3:H3',
    'B4:C4',
    'E4:H4',
    'A5:B5',
    'A10:A11',
    'B10:D10',
    'E10:H10',
    'B11:D11',
    'E11:H11',
    `A${totalRow}:E${totalRow}`,
  ];
  return {
    sheet: {
      name: TEMPLATE_SHEET_NAMES['self-evaluation'],
      cells,
      merges,
      columnWidths: [12, 16, 30, 16, 16, 8, 8, 30],
      rowHeights: { 1: 30, 11: 80 },
      validations: tableValidations(spec, first, last).concat({
        kind: 'prompt',
        range: `E${first}:E${last}`,
        prompt: {
          title: '实际完成值',
          message: '按指标值的单位填写实际数值，如 186个、97.3%；定性指标填“达成”“部分达成”或“未达成”。',
        },
      }),
      print: {
        paperSize: 'A4',
        orientation: 'landscape',
        fitToWidth: true,
        printTitleRows: `${headerRow}:${headerRow}`,
        printArea: `A1:H${totalRow}`,
      },
      hidden: false,
    },
    table: { headerRow, firstRow: first, lastRow: last, columns: rolesToLetters(spec) },
  };
}

function rolesToLetters(spec: TableSpec): Record<string, string> {
  return Object.fromEntries(Object.entries(spec.roles).map(([role, col]) => [role, columnName(col)]));
}
