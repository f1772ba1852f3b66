/**
 * Property tests (fast-check):
 *  - checkTarget and parseValue never throw, on any string (full-width, CJK, digits, operators);
 *  - normalizeTarget is idempotent;
 *  - every fix offered is correct: re-checking with the fix applied leaves no error-severity finding;
 *  - every code emitted exists in the message catalog; the verdict is the worst non-info severity.
 */
import fc from 'fast-check';
import { checkTarget } from '../../../src/core/target/check';
import type { TargetContext } from '../../../src/core/target/check';
import { parseValue } from '../../../src/core/target/grammar';
import { normalizeTarget } from '../../../src/core/target/normalize';
import { parseTargetText } from '../../../src/core/target/parse';
import { hasMessage } from '../../../src/core/messages';
import type { Fix } from '../../../src/core/types';

const PIECES = [
  '≥',
  '≤',
  '>',
  '<',
  '=',
  '>=',
  '<=',
  '=>',
  '=<',
  '==',
  '≧',
  '≦',
  '＞',
  '＜',
  '＝',
  '＞＝',
  '0',
  '1',
  '2',
  '5',
  '9',
  '12',
  '95',
  '100',
  '120',
  '0.95',
  '1.2',
  '1,280,000',
  '2021',
  '１',
  '９５',
  '.',
  ',',
  '%',
  '%%',
  '％',
  '‰',
  '万',
  '亿',
  '千',
  '元',
  '万元',
  '亿元',
  '人',
  '人次',
  '个',
  '件',
  '场',
  '期',
  '个工作日',
  '天',
  '千米',
  '元/个',
  'km',
  '-',
  '~',
  '～',
  '至',
  '到',
  '—',
  '–',
  '〜',
  '年',
  '月',
  '日',
  '底',
  '末',
  '前',
  '后',
  '内',
  '以前',
  '以后',
  '之前',
  '完成',
  '年底',
  '年内',
  '上半年',
  '下半年',
  '年中',
  '第三季度',
  '第5季度',
  '2021年',
  '12月',
  '.01',
  '/',
  '不低于',
  '不少于',
  '以上',
  '以下',
  '及以上',
  '以内',
  '超过',
  '不满',
  '达到',
  '至少',
  '一',
  '二',
  '十',
  '百',
  '千',
  '零',
  '〇',
  '八十五',
  '百分之',
  '点',
  '两',
  '壹',
  '拾',
  '约',
  '近',
  '余',
  '多',
  '左右',
  '≈',
  '若干',
  '待定',
  '/',
  '\\',
  '*',
  '**',
  'X',
  'XX',
  '×',
  '?',
  'N/A',
  'TBD',
  '...',
  '…',
  '—',
  '提升',
  '及时',
  '合规',
  '完善',
  '不适用',
  '定性',
  '定量（其他）',
  '完成3项制度修订',
  '#N/A',
  '#DIV/0!',
  '(含)',
  '（含）',
  '。',
  '；',
  '，',
  ' ',
  '\u3000',
  '\u200B',
  '\uFEFF',
  '\n',
  '（',
  '）',
  '(',
  ')',
  '【',
  '】',
  'ａ',
  'Ａ',
  'e',
  'E',
];

const targetText = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  {
    weight: 1,
    arbitrary: fc
      .array(
        fc.integer({ min: 0x20, max: 0xffef }).map((c) => String.fromCharCode(c)),
        { maxLength: 8 },
      )
      .map((a) => a.join('')),
  },
);

const LEVELS: Array<[string | null, string | null]> = [
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '时效指标'],
  ['产出指标', '成本指标'],
  ['成本指标', '经济成本指标'],
  ['成本指标', '社会成本指标'],
  ['效益指标', '社会效益指标'],
  ['效益指标', '可持续影响指标'],
  ['满意度指标', '服务对象满意度指标'],
  [null, null],
];
const LEVEL3 = [
  '培训人数',
  '合格率',
  '服务对象满意度',
  '投诉率',
  '二次上访率',
  '项目总成本',
  '培训人数（人）',
  '成本（万元）',
  '完成时间',
  '收入增长率',
  '覆盖比例',
  '热线平均接答率（含律师咨询）',
];

const cellArb = fc.oneof(
  { weight: 4, arbitrary: targetText.map((t) => ({ value: t as string, text: t })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.constantFrom('General', '0%', '0.0%', '"≥"0"期"', 'yyyy/m/d', '#,##0'),
      )
      .map(([n, format]) => ({ value: n, text: '', format })),
  },
  { weight: 1, arbitrary: fc.constantFrom('#N/A', '#DIV/0!', '#REF!').map((e) => ({ value: { error: e }, text: e })) },
);

const contextArb: fc.Arbitrary<TargetContext> = fc
  .record({
    cell: fc.option(cellArb, { nil: null }),
    split: fc.boolean(),
    nature: fc.constantFrom(
      '',
      '≥',
      '≤',
      '>',
      '<',
      '=',
      '=>',
      '>=',
      '不低于',
      '以上',
      '定性',
      '定量（其他）',
      '不适用',
      '正',
      '≥≥',
    ),
    unit: fc.constantFrom('', '%', '%%', '个', '人次', '万元', '元', '天', '万'),
    levels: fc.constantFrom(...LEVELS),
    level3: fc.constantFrom(...LEVEL3),
    year: fc.constantFrom(2021, null),
    funds: fc.constantFrom(1280000, null, 0),
    note: fc.constantFrom(undefined, null, '', '说明'),
  })
  .map((r) => {
    const ctx: TargetContext = {
      cell: r.cell,
      level1: r.levels[0],
      level2: r.levels[1],
      level3: r.level3,
      year: r.year,
      fundsLimit: r.funds,
    };
    if (r.split) {
      ctx.nature = { value: r.nature, text: r.nature };
      ctx.unit = { value: r.unit, text: r.unit };
      ctx.note = r.note;
    }
    return ctx;
  });

function applyFix(ctx: TargetContext, fix: Fix): TargetContext {
  const cell = { value: fix.text, text: fix.text };
  if (fix.cell === 'nature') return { ...ctx, nature: cell };
  if (fix.cell === 'unit') return { ...ctx, unit: cell };
  return { ...ctx, cell };
}

const RUNS = { numRuns: 3000 };

describe('target properties', () => {
  it('parseValue never throws and always gives a kind', () => {
    fc.assert(
      fc.property(targetText, fc.constantFrom(2021, null), (t, year) => {
        const n = normalizeTarget(t).text;
        const p = parseValue(n, { year });
        expect(typeof p.kind).toBe('string');
        expect(p.normalized).toBe(n);
        parseValue(t, { year });
        parseTargetText(t, { year });
      }),
      RUNS,
    );
  });

  it('normalizeTarget is idempotent', () => {
    fc.assert(
      fc.property(targetText, (t) => {
        const once = normalizeTarget(t).text;
        const twice = normalizeTarget(once);
        expect(twice.text).toBe(once);
        expect(twice.reversedOperator).toBe(false);
        expect(twice.doublePercent).toBe(false);
      }),
      RUNS,
    );
  });

  it('checkTarget never throws; codes are catalogued; verdict is the worst non-info severity', () => {
    fc.assert(
      fc.property(contextArb, (ctx) => {
        const r = checkTarget(ctx);
        for (const f of r.findings) {
          expect(f.code.startsWith('target.')).toBe(true);
          expect(hasMessage(f.code)).toBe(true);
          if (f.params?.hint !== undefined) expect(hasMessage(String(f.params.hint))).toBe(true);
        }
        const worst = r.findings.some((f) => f.severity === 'error')
          ? 'error'
          : r.findings.some((f) => f.severity === 'warning')
            ? 'warning'
            : 'ok';
        expect(r.verdict).toBe(worst);
      }),
      RUNS,
    );
  });

  it('every fix offered leaves no error-severity finding once applied', () => {
    fc.assert(
      fc.property(contextArb, (ctx) => {
        const r = checkTarget(ctx);
        for (const f of r.findings) {
          if (!f.fix) continue;
          const after = checkTarget(applyFix(ctx, f.fix));
          const errors = after.findings.filter((x) => x.severity === 'error').map((x) => x.code);
          expect({ fix: f.fix, code: f.code, errors }).toEqual({ fix: f.fix, code: f.code, errors: [] });
        }
      }),
      RUNS,
    );
  });

  it('fixes are offered for the documented cases (the verification does not swallow them)', () => {
    const base = { level1: '产出指标', level2: '数量指标', level3: '培训人数', year: 2021, fundsLimit: null };
    for (const text of ['=>150件', '100%%', '二十九万人', '95%以上', '200人', '95%-90%']) {
      const r = checkTarget({ ...base, cell: { value: text, text } });
      expect(r.findings.filter((f) => f.fix).length).toBeGreaterThan(0);
    }
  });
});
