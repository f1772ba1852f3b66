import { LEVEL1, LEVEL2 } from '../../../src/core/glossary/framework';
import { hasMessage } from '../../../src/core/messages';
import {
  type HierarchyRowInput,
  type HierarchyRowResult,
  formCoverageFindings,
  resolveHierarchy,
} from '../../../src/core/hierarchy/resolve';
import type { Finding } from '../../../src/core/types';

// ---------------------------------------------------------------------------
// Row builders. A spec is [一级, 二级, 三级, value?]; value true/non-empty string = the row has a value.
// Rows are numbered from 14 (the first row under a header on row 13).
// ---------------------------------------------------------------------------

type Spec = [string, string, string, (boolean | string)?];

/** Cells exactly as given: blanks stay blank (written once with blank continuation). */
function written(specs: Spec[], start = 14): HierarchyRowInput[] {
  return specs.map(([l1, l2, l3, v], i) => ({
    row: start + i,
    level1: l1,
    level2: l2,
    level3: l3,
    hasValue: v === undefined ? l3 !== '' : v === true || (typeof v === 'string' && v !== ''),
  }));
}

/**
 * Merged layout: a blank 一级 continues the merge above (text repeated, flagged merged);
 * a blank 二级 continues the 二级 merge above within the same 一级 merge.
 */
function merged(specs: Spec[], start = 14): HierarchyRowInput[] {
  let l1 = '';
  let l2 = '';
  return written(specs, start).map((r) => {
    const out = { ...r };
    if (r.level1) {
      l1 = r.level1;
      l2 = '';
    } else if (l1) {
      out.level1 = l1;
      out.level1Merged = true;
    }
    if (r.level2) l2 = r.level2;
    else if (l2) {
      out.level2 = l2;
      out.level2Merged = true;
    }
    return out;
  });
}

/** Repeated-on-every-row layout: like merged, but every cell holds its own text. */
function repeated(specs: Spec[], start = 14): HierarchyRowInput[] {
  return merged(specs, start).map(({ level1Merged: _a, level2Merged: _b, ...r }) => r);
}

interface Expected {
  row: number;
  code: string;
  params?: Record<string, string | number>;
  /** null: the finding must have no fix. */
  fix?: Finding['fix'] | null;
}

function flatten(results: HierarchyRowResult[]): Array<Finding & { row: number }> {
  return results.flatMap((r) => r.findings.map((f) => ({ ...f, row: r.row })));
}

function expectFindings(results: HierarchyRowResult[], expected: Expected[]): void {
  const got = flatten(results);
  expect(got.map((f) => `${f.row} ${f.code}`)).toEqual(expected.map((e) => `${e.row} ${e.code}`));
  expected.forEach((e, i) => {
    if (e.params !== undefined) expect(got[i].params).toEqual(e.params);
    if (e.fix === null) expect(got[i].fix).toBeUndefined();
    else if (e.fix !== undefined) expect(got[i].fix).toEqual(e.fix);
  });
}

// A well-formed 88号-style table (the shape of seed-2021-sfj, sheet 2).
const SFJ: Spec[] = [
  ['产出指标', '数量指标', '派员访学交流培训完成率'],
  ['', '', '警衔证书发放人数'],
  ['', '质量指标', '案件解决率'],
  ['', '', '二次上访率'],
  ['', '时效指标', '按期受理率'],
  ['', '成本指标', '出访经费成本合规性'],
  ['效益指标', '社会效益指标', '仲裁知晓率'],
  ['', '', '积案攻坚化解率'],
  ['', '可持续影响指标', '公共法律服务体系建设'],
  ['满意度指标', '服务对象满意度指标', '培训人员满意度'],
  ['', '', '服务对象满意度'],
];

// ---------------------------------------------------------------------------
// RuleTester-style tables
// ---------------------------------------------------------------------------

interface ValidCase {
  name: string;
  rows: HierarchyRowInput[];
  opts?: { acceptEvaluationLevel1?: boolean };
}

const valid: ValidCase[] = [
  { name: 'merged layout', rows: merged(SFJ) },
  { name: 'repeated-on-every-row layout', rows: repeated(SFJ) },
  { name: 'written once with blank continuation', rows: written(SFJ) },
  { name: '成本指标 under 产出指标 (财预〔2015〕88号)', rows: written([['产出指标', '成本指标', '项目总成本']]) },
  {
    name: '经济/社会/生态环境成本指标 under 成本指标 (财预〔2021〕101号)',
    rows: written([
      ['成本指标', '经济成本指标', '项目总成本'],
      ['', '社会成本指标', '社会成本'],
      ['', '生态环境成本指标', '生态环境成本'],
    ]),
  },
  {
    name: 'mixed pairs: 经济成本指标 under 产出指标, 成本指标 under 成本指标',
    rows: written([
      ['产出指标', '经济成本指标', '项目总成本'],
      ['成本指标', '成本指标', '人均成本'],
    ]),
  },
  {
    name: 'enumerators and heading scores',
    rows: written([
      ['一、产出指标（50分）', '（一）数量指标', '培训人数'],
      ['', '(二)质量指标(10分)', '合格率'],
      ['二、效益指标(30分)', '1.社会效益指标', '知晓率'],
      ['三、满意度指标（10分）', '(7)服务对象满意度指标', '满意度'],
    ]),
  },
  {
    name: 'synonyms: 产出/数量, 进度, 效果/环境效益, 满意度 as 二级',
    rows: written([
      ['产出', '数量', '培训人数'],
      ['', '进度', '完成时间'],
      ['效果', '环境效益', '减排量'],
      ['', '社会效益', '知晓率'],
      ['满意度', '满意度', '满意度'],
      ['满意度指标', '满意度指标', '群众满意度'],
      ['', '社会公众或服务对象满意度指标', '群众满意度'],
    ]),
  },
  {
    name: 'evaluation 一级 accepted with the option (any 二级 under it)',
    rows: written([
      ['决策指标', '项目立项', '立项依据充分性'],
      ['过程', '资金管理', '资金到位率'],
    ]),
    opts: { acceptEvaluationLevel1: true },
  },
  {
    name: '一级 repeated on every row, 二级 written once: the blanks still inherit',
    rows: written([
      ['产出指标', '数量指标', 'a'],
      ['产出指标', '', 'b'],
      ['产出指标', '', 'c'],
      ['效益指标', '社会效益指标', 'd'],
      ['效益指标', '', 'e'],
    ]),
  },
  {
    name: 'label rows are skipped silently',
    rows: written([
      ['预算执行率', '预算执行率', '预算执行率', '100%'],
      ['绩效指标(90分)', '', '', false],
      ['产出指标', '数量指标', 'a'],
      ['', '预算执行情况', '', true],
      ['', '质量指标', 'b'],
    ]),
  },
  {
    name: 'a 三级 named 预算执行率 inside a block is an indicator',
    rows: written([['产出指标', '时效指标', '预算执行率']]),
  },
  {
    name: 'placeholder rows under a 二级 with indicators: no empty-level2',
    rows: written([
      ['产出指标', '数量指标', 'a'],
      ['', '', '……', false],
      ['', '', '指标1', false],
      ['', '', '', false],
    ]),
  },
  {
    name: 'three-char and 100-char 三级 names are fine',
    rows: written([['产出指标', '数量指标', '人'.repeat(100)]]),
  },
  {
    name: 'the same 二级 repeated on every row of a merged 一级',
    rows: merged([
      ['产出指标', '数量指标', 'a'],
      ['', '数量指标', 'b'],
      ['', '质量指标', 'c'],
    ]),
  },
];

interface InvalidCase {
  name: string;
  rows: HierarchyRowInput[];
  opts?: { acceptEvaluationLevel1?: boolean };
  errors: Expected[];
}

const fixL1 = (text: string): Finding['fix'] => ({ text, safety: 'confirm', cell: 'level1' });
const fixL2 = (text: string): Finding['fix'] => ({ text, safety: 'confirm', cell: 'level2' });

const invalid: InvalidCase[] = [
  // ---- missing-level1 ----
  {
    name: 'blank 一级 at the top of the table: the 一级 implied by the 二级',
    rows: written([
      ['', '数量指标', 'a'],
      ['', '', 'b'],
      ['产出指标', '质量指标', 'c'],
    ]),
    errors: [
      { row: 14, code: 'hierarchy.missing-level1', fix: fixL1(LEVEL1.output) },
      { row: 15, code: 'hierarchy.missing-level1', fix: fixL1(LEVEL1.output) },
    ],
  },
  {
    name: 'blank 一级 and 二级 at the top: no fix',
    rows: written([['', '', 'a']]),
    errors: [{ row: 14, code: 'hierarchy.missing-level1', fix: null }],
  },
  {
    name: 'blank 一级 whose inherited 一级 cannot hold the 二级 (written once)',
    rows: written([
      ['产出指标', '数量指标', 'a'],
      ['', '社会效益指标', 'b'],
      ['', '', 'c'],
      ['', '质量指标', 'd'],
    ]),
    errors: [
      { row: 15, code: 'hierarchy.missing-level1', fix: fixL1(LEVEL1.benefit) },
      { row: 16, code: 'hierarchy.missing-level1', fix: fixL1(LEVEL1.benefit) },
    ],
  },
  {
    name: '经济成本指标 with a blank 一级 under 效益指标: home is 成本指标',
    rows: written([
      ['效益指标', '社会效益指标', 'a'],
      ['', '经济成本指标', 'b'],
    ]),
    errors: [{ row: 15, code: 'hierarchy.missing-level1', fix: fixL1(LEVEL1.cost) }],
  },
  // ---- level2-mismatch ----
  {
    name: '社会效益指标 under a merged 产出指标',
    rows: merged([
      ['产出指标', '数量指标', 'a'],
      ['', '社会效益指标', 'b'],
      ['', '', 'c'],
    ]),
    errors: [
      { row: 15, code: 'hierarchy.level2-mismatch', params: { a: '产出指标', b: '社会效益指标' }, fix: null },
      { row: 16, code: 'hierarchy.level2-mismatch', params: { a: '产出指标', b: '社会效益指标' } },
    ],
  },
  {
    name: '社会效益指标 under 产出指标 repeated on every row',
    rows: repeated([
      ['产出指标', '社会效益指标', 'a'],
      ['', '', 'b'],
    ]),
    errors: [
      { row: 14, code: 'hierarchy.level2-mismatch', params: { a: '产出指标', b: '社会效益指标' } },
      { row: 15, code: 'hierarchy.level2-mismatch', params: { a: '产出指标', b: '社会效益指标' } },
    ],
  },
  {
    name: '数量指标 under 成本指标, 满意度 under 效益指标',
    rows: written([
      ['成本指标', '数量指标', 'a'],
      ['效益', '满意度', 'b'],
    ]),
    errors: [
      { row: 14, code: 'hierarchy.level2-mismatch', params: { a: '成本指标', b: '数量指标' } },
      // the old templates' 满意度 under 效益指标 is valid (domain.md §2): an info, not an error
      { row: 15, code: 'hierarchy.legacy-framework' },
    ],
  },
  // ---- misspelled ----
  {
    name: '数量指表 written once: the fix is on the row where it is written',
    rows: written([
      ['产出指标', '数量指表', 'a'],
      ['', '', 'b'],
    ]),
    errors: [
      { row: 14, code: 'hierarchy.misspelled', params: { x: '数量指表', y: '数量指标' }, fix: fixL2('数量指标') },
      { row: 15, code: 'hierarchy.misspelled', params: { x: '数量指表', y: '数量指标' }, fix: null },
    ],
  },
  {
    name: '数量指表 merged: every row of the merge carries the fix',
    rows: merged([
      ['产出指标', '数量指表', 'a'],
      ['', '', 'b'],
    ]),
    errors: [
      { row: 14, code: 'hierarchy.misspelled', fix: fixL2('数量指标') },
      { row: 15, code: 'hierarchy.misspelled', fix: fixL2('数量指标') },
    ],
  },
  {
    name: '产出指表（50分）: the fix keeps the enumerator and the score',
    rows: written([['一、产出指表（50分）', '数量指标', 'a']]),
    errors: [
      {
        row: 14,
        code: 'hierarchy.misspelled',
        params: { x: '产出指表', y: '产出指标' },
        fix: fixL1('一、产出指标(50分)'),
      },
    ],
  },
  {
    name: '效益指票 as 一级',
    rows: written([['效益指票', '社会效益指标', 'a']]),
    errors: [
      { row: 14, code: 'hierarchy.misspelled', params: { x: '效益指票', y: '效益指标' }, fix: fixL1('效益指标') },
    ],
  },
  {
    name: 'a misspelled 一级 comes before a missing 三级 (one error per row)',
    rows: written([['产出指表', '数量指标', '', true]]),
    errors: [{ row: 14, code: 'hierarchy.misspelled' }],
  },
  // ---- unknown ----
  {
    name: 'evaluation 一级 is unknown by default',
    rows: written([
      ['投入指标', '资金投入', 'a'],
      ['', '', 'b'],
    ]),
    errors: [
      { row: 14, code: 'hierarchy.unknown-level1', params: { x: '投入指标' }, fix: null },
      { row: 15, code: 'hierarchy.unknown-level1', params: { x: '投入指标' } },
    ],
  },
  {
    name: 'unknown 二级',
    rows: written([['产出指标', '产出数量', 'a']]),
    errors: [{ row: 14, code: 'hierarchy.unknown-level2', params: { x: '产出数量' }, fix: null }],
  },
  {
    name: 'ambiguous misspelling is unknown',
    rows: written([['产出指标', '产量指标', 'a']]),
    errors: [{ row: 14, code: 'hierarchy.unknown-level2', params: { x: '产量指标' } }],
  },
  // ---- missing-level2 ----
  {
    name: 'blank 二级 under 满意度指标: fix 服务对象满意度指标',
    rows: written([['满意度指标', '', '满意度']]),
    errors: [{ row: 14, code: 'hierarchy.missing-level2', fix: fixL2(LEVEL2.serviceSatisfaction) }],
  },
  {
    name: 'a newly written 一级 resets the 二级',
    rows: written([
      ['产出指标', '数量指标', 'a'],
      ['效益指标', '', 'b'],
      ['', '', 'c'],
    ]),
    errors: [
      { row: 15, code: 'hierarchy.missing-level2', fix: null },
      { row: 16, code: 'hierarchy.missing-level2', fix: null },
    ],
  },
  // ---- missing-level3 ----
  {
    name: 'a target with no 三级',
    rows: written([
      ['产出指标', '数量指标', 'a'],
      ['', '', '', '≥10个'],
      ['', '', '指标1', '≥10个'],
      ['', '', '……', '≥10个'],
    ]),
    errors: [
      { row: 15, code: 'hierarchy.missing-level3' },
      { row: 16, code: 'hierarchy.missing-level3' },
      { row: 17, code: 'hierarchy.missing-level3' },
    ],
  },
  // ---- name-too-long ----
  {
    name: 'a 三级 of 101 characters (line breaks do not count)',
    rows: written([['产出指标', '数量指标', '人'.repeat(50) + '\n' + '人'.repeat(51)]]),
    errors: [{ row: 14, code: 'hierarchy.name-too-long' }],
  },
  // ---- empty-level2 ----
  {
    name: 'a 二级 with no 三级 under it',
    rows: written([
      ['产出指标', '数量指标', 'a'],
      ['', '质量指标', '', false],
      ['', '时效指标', 'b'],
      ['效益指标', '经济效益指标', '……', false],
      ['', '', '指标1', false],
      ['', '社会效益指标', 'c'],
    ]),
    errors: [
      { row: 15, code: 'hierarchy.empty-level2' },
      { row: 17, code: 'hierarchy.empty-level2' },
    ],
  },
  {
    name: 'a placeholder 二级 with a bad name gets only the info (placeholders carry no errors)',
    rows: written([
      ['产出指标', '社会效益指标', '', false],
      ['', '数量指标', 'a'],
    ]),
    errors: [{ row: 14, code: 'hierarchy.empty-level2' }],
  },
  // ---- labels reset ----
  {
    name: 'a 绩效指标 heading row resets the inheritance',
    rows: written([
      ['产出指标', '数量指标', 'a'],
      ['绩效指标(90分)', '', '', false],
      ['', '', 'b'],
    ]),
    errors: [{ row: 16, code: 'hierarchy.missing-level1', fix: null }],
  },
];

describe('resolveHierarchy: valid', () => {
  it.each(valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expectFindings(resolveHierarchy(c.rows, c.opts), []);
  });
});

describe('resolveHierarchy: invalid', () => {
  it.each(invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const results = resolveHierarchy(c.rows, c.opts);
    expectFindings(results, c.errors);
    for (const f of flatten(results)) expect(hasMessage(f.code)).toBe(true);
    // At most one error per row.
    for (const r of results) expect(r.findings.filter((f) => f.severity === 'error').length).toBeLessThanOrEqual(1);
  });
});

describe('resolveHierarchy: resolved values', () => {
  it('inherits and canonicalises in the three layouts alike', () => {
    for (const build of [merged, repeated, written]) {
      const res = resolveHierarchy(build(SFJ));
      expect(res.map((r) => [r.level1, r.level2])).toEqual([
        ['产出指标', '数量指标'],
        ['产出指标', '数量指标'],
        ['产出指标', '质量指标'],
        ['产出指标', '质量指标'],
        ['产出指标', '时效指标'],
        ['产出指标', '成本指标'],
        ['效益指标', '社会效益指标'],
        ['效益指标', '社会效益指标'],
        ['效益指标', '可持续影响指标'],
        ['满意度指标', '服务对象满意度指标'],
        ['满意度指标', '服务对象满意度指标'],
      ]);
      expect(res.every((r) => r.kind === 'indicator')).toBe(true);
      expect(res.map((r) => r.level1Canonical)).toEqual(res.map((r) => r.level1));
    }
  });

  it('removes line breaks and spaces from the 三级', () => {
    const [r] = resolveHierarchy(written([['产出指标', '数量指标', '非工作时间热线律师咨询接\n答量']]));
    expect(r.level3).toBe('非工作时间热线律师咨询接答量');
    const [s] = resolveHierarchy(
      written([['产出指标', '数量指标', ' 热线平均接答率（含律师咨询、\r\n投诉建议线路） ']]),
    );
    expect(s.level3).toBe('热线平均接答率（含律师咨询、投诉建议线路）');
  });

  it('strips a leading 指标1 label from the 三级', () => {
    const res = resolveHierarchy(
      written([
        ['产出指标', '数量指标', '指标1：培训人数'],
        ['', '', '指标12 合格率'],
      ]),
    );
    expect(res.map((r) => r.level3)).toEqual(['培训人数', '合格率']);
  });

  it('removes whitespace from 一级/二级 but keeps them as written', () => {
    const [r] = resolveHierarchy(written([['一、产出\n指标（50分）', ' 数量 指标', 'a']]));
    expect(r.level1).toBe('一、产出指标（50分）');
    expect(r.level2).toBe('数量指标');
    expect(r.level1Canonical).toBe(LEVEL1.output);
    expect(r.level2Canonical).toBe(LEVEL2.quantity);
  });

  it('reports the heading weight of the 一级 that applies, inherited too', () => {
    const res = resolveHierarchy(
      written([
        ['产出指标（50分）', '数量指标', 'a'],
        ['', '', 'b'],
        ['效益指标', '社会效益指标', 'c'],
      ]),
    );
    expect(res.map((r) => r.level1HeadingWeight)).toEqual([50, 50, null]);
  });

  it('classifies kinds', () => {
    const res = resolveHierarchy(
      written([
        ['绩效指标', '', '', false],
        ['产出指标', '数量指标', '培训人数'],
        ['', '', '……', false],
        ['', '', '指标1', false],
        ['', '', '', false],
        ['', '', '宣传册', false], // a 三级 with an empty target is an indicator (target.empty is reported elsewhere)
        ['', '', '', '100'],
      ]),
    );
    expect(res.map((r) => r.kind)).toEqual([
      'label',
      'indicator',
      'placeholder',
      'placeholder',
      'placeholder',
      'indicator',
      'indicator',
    ]);
  });

  it('infers the 一级 from the 二级 when it is missing or misplaced', () => {
    const res = resolveHierarchy(
      written([
        ['', '数量指标', 'a'],
        ['产出指标', '数量指标', 'b'],
        ['', '社会效益指标', 'c'],
        ['投入指标', '质量指标', 'd'],
      ]),
    );
    expect(res.map((r) => r.level1Canonical)).toEqual([LEVEL1.output, LEVEL1.output, LEVEL1.benefit, LEVEL1.output]);
  });

  it('infers misspelled names and the 满意度 二级', () => {
    const res = resolveHierarchy(
      written([
        ['产出指表', '数量指标', 'a'],
        ['产出指标', '数量指表', 'b'],
        ['满意度指标', '', 'c'],
      ]),
    );
    expect(res.map((r) => [r.level1Canonical, r.level2Canonical])).toEqual([
      [LEVEL1.output, LEVEL2.quantity],
      [LEVEL1.output, LEVEL2.quantity],
      [LEVEL1.satisfaction, LEVEL2.serviceSatisfaction],
    ]);
  });

  it('handles an empty table', () => {
    expect(resolveHierarchy([])).toEqual([]);
  });
});

describe('formCoverageFindings', () => {
  const codes = (specs: Spec[]): string[] =>
    formCoverageFindings(resolveHierarchy(written(specs))).map((f) => `${f.code} ${f.severity}`);

  it('is silent on a complete form', () => {
    expect(codes(SFJ)).toEqual([]);
  });
  it('reports missing 产出, 效益 and 满意度', () => {
    expect(codes([['成本指标', '经济成本指标', 'a']])).toEqual([
      'form.no-output-indicator warning',
      'form.no-benefit-indicator warning',
      'form.no-satisfaction-indicator info',
    ]);
  });
  it('counts indicator rows only, by inferred 一级', () => {
    expect(
      codes([
        ['产出指标', '数量指标', 'a'],
        ['', '社会效益指标', 'b'], // missing-level1, inferred 效益指标
        ['满意度指标', '服务对象满意度指标', '', false], // placeholder
      ]),
    ).toEqual(['form.no-satisfaction-indicator info']);
  });
  it('says nothing when there are no indicators at all', () => {
    expect(codes([])).toEqual([]);
  });
  it('uses only catalog codes', () => {
    for (const f of formCoverageFindings(resolveHierarchy(written([['成本指标', '成本指标', 'a']])))) {
      expect(hasMessage(f.code)).toBe(true);
    }
  });
});
