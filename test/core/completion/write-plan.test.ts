/**
 * The completion write plan (issue #12): what 填写完成情况 writes and on what basis, before it writes.
 * Tables of forms in → cells to write, to offer for overwriting, to keep, and the notes out.
 */
import { analyzeSheet } from '../../../src/core/analyze';
import {
  buildWritePlan,
  formWritePlan,
  isEmptyPlan,
  plannedCells,
  planPatch,
  statusColumn,
  typedScore,
  type FormWritePlan,
} from '../../../src/core/completion/write-plan';
import { DEFAULT_SCORING_OPTIONS } from '../../../src/core/types';
import { gridFromRows, type CellSpec } from '../../helpers/grid';

const SHEET = '自评表';

interface Spec {
  /** 分值 per row (null: blank). */
  weights?: (number | null)[];
  /** 实际完成值 per row. */
  actuals?: CellSpec[];
  /** 得分 per row as typed. */
  scores?: CellSpec[];
  budgetScore?: CellSpec;
  /** The funds block's 分值 (default 10; null: blank). */
  budgetWeight?: number | null;
  totalLabel?: string;
  printedTotal?: number | null;
  totalScore?: CellSpec;
  /** Extra cells by [row, col] (1-based). */
  extra?: [number, number, CellSpec][];
  merges?: string[];
  noTotalRow?: boolean;
}

const INDICATORS: [string, string, string, string][] = [
  ['产出指标', '数量指标', '案例数', '≥200个'],
  ['产出指标', '质量指标', '合格率', '≥95%'],
  ['效益指标', '社会效益指标', '知晓率', '提升'],
  ['满意度指标', '服务对象满意度指标', '满意度', '≥90%'],
];

/** A classic self-evaluation: funds block (row 6 its total row, H6 its 得分), indicators rows 8–11, 总分 row 12 (G12 its 得分). */
function selfEvaluation(spec: Spec = {}) {
  const actuals = spec.actuals ?? ['210个', '97%', '达成', '95%'];
  const rows: CellSpec[][] = [
    ['项目支出绩效自评表'],
    ['(2021年度)'],
    ['项目名称', '社区法律服务'],
    ['主管部门', '某局', null, '实施单位', '某中心'],
    ['项目资金（元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [
      '项目资金（元）',
      '年度资金总额',
      1000,
      1000,
      950,
      spec.budgetWeight === undefined ? 10 : spec.budgetWeight,
      { value: 0.95, text: '95%', format: '0%' },
      spec.budgetScore ?? null,
    ],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ...INDICATORS.map(([l1, l2, l3, target], i): CellSpec[] => [
      l1,
      l2,
      l3,
      target,
      actuals[i] ?? null,
      spec.weights?.[i] ?? null,
      spec.scores?.[i] ?? null,
    ]),
  ];
  if (!spec.noTotalRow)
    rows.push([spec.totalLabel ?? '总分', null, null, null, null, spec.printedTotal ?? null, spec.totalScore ?? null]);
  for (const [r, c, v] of spec.extra ?? []) {
    while (rows.length < r) rows.push([]);
    rows[r - 1][c - 1] = v;
  }
  return gridFromRows(rows, { sheet: SHEET, merges: spec.merges ?? ['A5:A6'] });
}

function plan(spec: Spec = {}, options: { statusColumn?: boolean; lang?: 'zh' | 'en' } = {}): FormWritePlan {
  const grid = selfEvaluation(spec);
  const forms = analyzeSheet(grid);
  expect(forms).toHaveLength(1);
  return formWritePlan(forms[0], grid, { statusColumn: options.statusColumn ?? false, lang: options.lang ?? 'zh' });
}

const cells = (list: { cell: string; text: string }[]) => list.map((c) => [c.cell, c.text]);

describe('what it writes', () => {
  test('a blank 分值 on the budget row: the default 10 is used and the plan says it is proposed, not filled', () => {
    const blank = plan({ budgetWeight: null });
    expect(blank.basis.budget).toEqual({ rate: 0.95, weight: 10, proposed: true, score: 9.5 });
    const write = blank.writes.find((w) => w.role === 'budget-score');
    expect([write?.cell, write?.text, write?.weight, write?.proposed]).toEqual(['H6', '9.5', 10, true]);
    const filled = plan({ budgetWeight: 20 });
    expect(filled.basis.budget).toEqual({ rate: 0.95, weight: 20, proposed: false, score: 19 });
    expect(filled.writes.find((w) => w.role === 'budget-score')?.proposed).toBe(false);
  });

  test('a complete form with nothing filled: each row 得分, the 预算执行率 得分 and the total, on proposed weights', () => {
    const p = plan();
    expect(p.basis.weightSource).toBe('proposed');
    // 产出 50 over two rows, 效益 30, 满意度 10 (domain.md §5 defaults)
    expect(p.basis.weights.map((w) => [w.label, w.weight, w.proposed])).toEqual([
      ['案例数', 25, true],
      ['合格率', 25, true],
      ['知晓率', 30, true],
      ['满意度', 10, true],
    ]);
    expect(p.basis.budget).toEqual({ rate: 0.95, weight: 10, proposed: false, score: 9.5 });
    expect(p.basis.complete).toBe(true);
    expect(p.basis.total).toBe(99.5);
    expect(p.basis.grade).toBe('优');
    expect(cells(p.writes)).toEqual([
      ['H6', '9.5'],
      ['G8', '25'],
      ['G9', '25'],
      ['G10', '30'],
      ['G11', '10'],
      ['G12', '99.5'],
    ]);
    expect(p.writes.map((w) => w.role)).toEqual(['budget-score', 'score', 'score', 'score', 'score', 'total']);
    expect(p.writes.every((w) => w.current === '' && typeof w.value === 'number')).toBe(true);
    expect(p.writes.find((w) => w.cell === 'G8')).toMatchObject({ weight: 25, proposed: true, label: '案例数' });
    expect(p.overwrites).toEqual([]);
    expect(p.kept).toEqual([]);
    expect(p.notes).toEqual([]);
  });

  test.each([
    ['every 分值 filled', [20, 30, 30, 10], 'filled'],
    ['some 分值 filled, the blanks proposed', [20, null, 30, 10], 'mixed'],
    ['no 分值 filled', [null, null, null, null], 'proposed'],
  ] as const)('the weights it says it uses: %s → %s', (_name, weights, source) => {
    const p = plan({ weights: [...weights], printedTotal: 100 });
    expect(p.basis.weightSource).toBe(source);
    const filled = p.basis.weights.filter((w) => !w.proposed).map((w) => w.weight);
    expect(filled).toEqual((weights as readonly (number | null)[]).filter((w) => w !== null));
  });

  test('filled weights are the scores’ basis: 得分 = 分值 × completion', () => {
    const p = plan({ weights: [20, 30, 30, 10], actuals: ['100个', '97%', '达成', '95%'], printedTotal: 100 });
    // 100/200 of 20 → 10
    expect(p.writes.find((w) => w.cell === 'G8')).toMatchObject({ text: '10', weight: 20, proposed: false });
    expect(p.basis.weightSum).toBe(90);
    expect(p.writes.find((w) => w.role === 'total')?.value).toBe(p.basis.total);
  });
});

describe('never a surprise', () => {
  test('an incomplete form: row scores are written, the total is not (with the reason and the count)', () => {
    const p = plan({ actuals: ['210个', null, '达成', '95%'] });
    expect(p.basis.complete).toBe(false);
    expect(p.basis.pending).toBe(1);
    expect(p.basis.grade).toBeNull();
    expect(p.writes.some((w) => w.role === 'total')).toBe(false);
    expect(p.writes.some((w) => w.cell === 'G9')).toBe(false); // pending: no score
    expect(p.notes).toEqual([{ code: 'total-incomplete', cell: 'G12', pending: 1 }]);
  });

  test.each([
    ['a number', 24, 'kept'],
    ['a number with 分', '25分', 'kept'],
    ['a dash', '—', 'overwrites'],
    ['a word', '待定', 'overwrites'],
  ] as const)('a 得分 cell holding %s (%p) goes to %s', (_name, typed, list) => {
    const p = plan({ scores: [typed] });
    const where = (l: FormWritePlan['writes']) => l.some((c) => c.cell === 'G8');
    expect(where(p.writes)).toBe(false);
    expect(where(p[list])).toBe(true);
    expect(p[list].find((c) => c.cell === 'G8')?.current).toBe(String(typed));
  });

  test('a typed score equal to the computed one is kept and the total still written', () => {
    const p = plan({ scores: [{ value: 25, text: '25.00', format: '0.00' }] });
    expect(p.kept.map((c) => [c.cell, c.current, c.text])).toEqual([['G8', '25.00', '25']]);
    expect(p.writes.find((w) => w.role === 'total')?.text).toBe('99.5');
  });

  test('typed scores that differ from the computed ones: the total is not written, the cells are named', () => {
    const p = plan({ scores: [18], budgetScore: 8 });
    expect(p.kept.map((c) => c.cell)).toEqual(['H6', 'G8']);
    expect(p.writes.some((w) => w.role === 'total' || w.role === 'budget-score')).toBe(false);
    expect(p.notes).toEqual([{ code: 'total-mismatch', cell: 'G12', cells: ['G8', 'H6'] }]);
  });

  test('a total already typed is kept; a total already equal is left out', () => {
    expect(cells(plan({ totalScore: 95 }).kept)).toEqual([['G12', '99.5']]);
    const same = plan({ totalScore: 99.5 });
    expect([...same.writes, ...same.kept, ...same.overwrites].some((c) => c.cell === 'G12')).toBe(false);
  });

  test('a form with no 总分 row: nothing for the total, and it says so', () => {
    const p = plan({ noTotalRow: true });
    expect(p.writes.some((w) => w.role === 'total')).toBe(false);
    expect(p.notes).toEqual([{ code: 'no-total-cell' }]);
  });

  test('a total 得分 cell inside a merged range is not written (it would land in the label)', () => {
    const p = plan({ merges: ['A5:A6', 'A12:G12'] });
    expect(p.writes.some((w) => w.cell === 'G12')).toBe(false);
    expect(p.notes).toContainEqual({ code: 'merged', cell: 'G12' });
  });
});

describe('the status column', () => {
  test('a status per row and a header right of the form, in the user’s language', () => {
    const p = plan({}, { statusColumn: true, lang: 'en' });
    const status = p.writes.filter((w) => w.role === 'status' || w.role === 'status-header');
    expect(cells(status)).toEqual([
      ['I7', 'Completion status'],
      ['I8', 'met'],
      ['I9', 'met'],
      ['I10', 'met'],
      ['I11', 'met'],
    ]);
  });

  test('a status already there is left out; other text there is offered for overwriting, never written', () => {
    // a column an earlier fill wrote (its header on the header row), one cell since edited by the user
    const p = plan(
      {
        extra: [
          [7, 9, '完成状态'],
          [8, 9, '达成'],
          [9, 9, '我的备注'],
        ],
      },
      { statusColumn: true },
    );
    expect(p.writes.some((w) => w.cell === 'I7' || w.cell === 'I8')).toBe(false);
    expect(p.writes.some((w) => w.cell.startsWith('J'))).toBe(false); // never a second status column
    expect(cells(p.writes.filter((w) => w.role === 'status'))).toEqual([
      ['I10', '达成'],
      ['I11', '达成'],
    ]);
    expect(p.overwrites.map((c) => [c.cell, c.current, c.text])).toEqual([['I9', '我的备注', '达成']]);
  });

  test('an English header from an earlier fill is found too', () => {
    const p = plan({ extra: [[7, 9, 'Completion status']] }, { statusColumn: true });
    expect(p.writes.filter((w) => w.role === 'status').map((w) => w.cell)).toEqual(['I8', 'I9', 'I10', 'I11']);
  });

  test('statusColumn is the column right of the form', () => {
    const grid = selfEvaluation();
    expect(statusColumn(analyzeSheet(grid)[0])).toBe(9);
  });
});

describe('split forms', () => {
  /** 预算执行情况(10分) funds block and a 绩效指标(90分) table whose 合计 covers the indicators (权重 90) or the form (100). */
  function split(printed: number) {
    return gridFromRows(
      [
        ['项目支出绩效自评表'],
        ['项目名称', '网格化管理'],
        [
          '预算执行情况(10分)',
          '年度预算数(万元)',
          '年初预算',
          '调整后预算数',
          '预算执行数',
          '预算执行率',
          '权重',
          '得分',
        ],
        [null, '总额', 100, 100, 100, { value: 1, text: '100%', format: '0%' }, 10, null],
        [
          '绩效指标(90分)',
          '一级指标',
          '二级指标',
          '三级指标',
          '指标性质',
          '指标值',
          '度量单位',
          '完成值',
          '权重',
          '得分',
          '未完成原因分析',
        ],
        [null, '产出指标', '数量指标', '巡查次数', '≥', 100, '次', 120, 45, null],
        [null, '效益指标', '社会效益指标', '问题处置率', '≥', 90, '%', 81, 45, null],
        ['合计', null, null, null, null, null, null, null, printed, null],
      ],
      { sheet: 'split' },
    );
  }

  test.each([
    [90, 'indicators', 85.5],
    [100, 'form', 95.5],
  ] as const)('合计 权重 %d: the 合计 得分 covers the %s (%d)', (printed, scope, value) => {
    const grid = split(printed);
    const [form] = analyzeSheet(grid);
    expect(form.layout).toBe('self-evaluation-split');
    expect(form.score?.cells?.totalScope).toBe(scope);
    const p = formWritePlan(form, grid, { statusColumn: false, lang: 'zh' });
    expect(p.basis.weightSource).toBe('filled');
    expect(cells(p.writes)).toEqual([
      ['H4', '10'],
      ['J6', '45'],
      ['J7', '40.5'],
      ['J8', String(value)],
    ]);
  });
});

describe('the workbook’s plan', () => {
  test('only self-evaluation forms have one; empty when there is nothing to write', () => {
    const declaration = gridFromRows(
      [
        ['财政项目支出绩效目标申报表'],
        ['项目名称', '某项目'],
        ['一级指标', '二级指标', '三级指标', '指标目标值'],
        ['产出指标', '数量指标', '培训人次', '≥200人次'],
      ],
      { sheet: 'decl' },
    );
    const self = selfEvaluation();
    const forms = [...analyzeSheet(declaration), ...analyzeSheet(self)];
    const snapshots = new Map([
      ['decl', declaration],
      [SHEET, self],
    ]);
    const whole = buildWritePlan(forms, snapshots, {
      statusColumn: false,
      lang: 'zh',
      rounding: DEFAULT_SCORING_OPTIONS.rounding,
    });
    expect(whole.forms.map((f) => f.sheet)).toEqual([SHEET]);
    expect(plannedCells(whole, 'writes')).toHaveLength(6);
    expect(isEmptyPlan(whole)).toBe(false);

    // the same form once filled in: nothing left to write
    const filled = { ...self, cells: [...self.cells] };
    for (const c of plannedCells(whole, 'writes')) {
      const at = /^([A-Z]+)(\d+)$/.exec(c.cell) as RegExpExecArray;
      filled.cells.push({ row: Number(at[2]), col: at[1].charCodeAt(0) - 64, value: c.value ?? c.text, text: c.text });
    }
    const again = buildWritePlan(analyzeSheet(filled), new Map([[SHEET, filled]]), { statusColumn: false, lang: 'zh' });
    expect(isEmptyPlan(again)).toBe(true);
    expect(again.forms[0].notes).toEqual([]);
  });

  test('planPatch (jixiao score --out): exactly the cells to write, numbers, never a cell it would overwrite', () => {
    // G12 holds text: the pane offers it for overwriting; the patch leaves it out
    const grid = selfEvaluation({ totalScore: '见附件', weights: [20, 20, 30, 20] });
    const forms = analyzeSheet(grid);
    const whole = buildWritePlan(forms, new Map([[SHEET, grid]]), { statusColumn: true, lang: 'zh' });
    expect(plannedCells(whole, 'overwrites').length).toBeGreaterThan(0);
    const { ops } = planPatch(whole);
    expect(ops).toEqual(
      plannedCells(whole, 'writes').map((c) => ({
        kind: 'value',
        sheet: SHEET,
        cell: c.cell,
        text: c.text,
        onlyIfEmpty: true,
        reason: 'score',
        ...(c.value !== undefined ? { value: c.value } : {}),
      })),
    );
    const at = new Set(ops.map((o) => o.cell));
    for (const c of [...plannedCells(whole, 'overwrites'), ...whole.forms[0].kept]) expect(at.has(c.cell)).toBe(false);
    expect(at.has('G12')).toBe(false);
    expect(
      planPatch(buildWritePlan(forms, new Map([[SHEET, grid]]), { statusColumn: false, lang: 'zh' })).ops.map(
        (o) => o.cell,
      ),
    ).toEqual(['H6', 'G8', 'G9', 'G10', 'G11']);
  });

  test.each([
    ['18', 18],
    [' 18.5 ', 18.5],
    ['18分', 18],
    ['-1', -1],
    ['—', null],
    ['待定', null],
    ['18%', null],
    ['', null],
  ] as const)('typedScore(%p) = %p', (text, n) => {
    expect(typedScore(text)).toBe(n);
  });
});
