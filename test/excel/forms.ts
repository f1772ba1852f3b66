/**
 * Declaration forms written into the fake Excel for the adapter tests, of any length.
 */
import { address } from '../../src/core/grid';
import { blankCell, setCell, type FakeExcel, type FakeSheet } from './fake-excel';

const ROWS: [string, string, string, string][] = [
  ['产出指标', '数量指标', '培训人次', '≥200人次'],
  ['产出指标', '质量指标', '合格率', '95%'], // no comparison sign: a finding
  ['产出指标', '时效指标', '完成时间', '2026年12月底前'],
  ['效益指标', '社会效益指标', '知晓率', '待定'], // placeholder: an error
  ['满意度指标', '服务对象满意度指标', '满意度', '≥90%'],
];

/**
 * A standard declaration form (header block, table header on row `top + 12`) with `n` indicator
 * rows, starting at column `left` (1 = A) and row `top`.
 */
export function writeDeclaration(
  excel: FakeExcel,
  sheetName: string,
  n: number,
  opts: { top?: number; left?: number } = {},
): FakeSheet {
  const sheet = excel.findSheet(sheetName) ?? excel.addSheet(sheetName);
  const top = opts.top ?? 1;
  const left = opts.left ?? 1;
  const at = (r: number, c: number) => address(top + r - 1, left + c - 1);
  const put = (r: number, c: number, v: string | number, extra = {}) => setCell(sheet, at(r, c), v, extra);
  put(1, 1, '财政项目支出绩效目标申报表');
  put(2, 1, '(2026年度)');
  put(3, 1, '项目名称');
  put(3, 2, '测试项目');
  put(3, 4, '项目类别');
  put(3, 5, '经常性项目');
  put(4, 1, '主管部门');
  put(4, 2, '某局');
  put(4, 4, '实施单位');
  put(4, 5, '某中心');
  put(6, 1, '项目资金（万元）');
  put(6, 2, '项目资金总额');
  put(6, 3, 128, { numberFormat: '#,##0.00', text: '128.00' });
  put(13, 1, '绩效指标');
  ['一级指标', '二级指标', '三级指标', '指标目标值'].forEach((h, i) => put(13, 2 + i, h));
  for (let i = 0; i < n; i++) {
    const row = ROWS[i % ROWS.length];
    row.forEach((v, j) => put(14 + i, 2 + j, j === 2 ? `${v}${i + 1}` : v));
  }
  sheet.merges.push(`${at(1, 1)}:${at(1, 5)}`, `${at(13, 1)}:${at(13 + n, 1)}`);
  return sheet;
}

const BLANK = JSON.stringify(blankCell());

/** A deep copy of everything painting could touch: cells (fill, font, borders, values), notes. */
export function snapshotSheet(sheet: FakeSheet): unknown {
  return JSON.parse(
    JSON.stringify({
      cells: [...sheet.cells.entries()]
        .filter(([, c]) => JSON.stringify(c) !== BLANK) // a cell touched and restored to blank is no change
        .sort(([a], [b]) => a.localeCompare(b)),
      notes: [...sheet.notes.entries()].sort(([a], [b]) => a.localeCompare(b)),
      merges: sheet.merges,
    }),
  );
}
