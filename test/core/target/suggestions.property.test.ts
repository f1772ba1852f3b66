/**
 * "A suggestion is a real fix or nothing" (issue #9 §3): every value fix the checker offers parses as a
 * well-formed target, with no error-severity finding, and keeps the number and unit the cell meant.
 * Inputs are built the way departments write targets (operators in symbols or words, Arabic or Chinese
 * numerals, multipliers, units, years) on every kind of row.
 */
import fc from 'fast-check';
import { checkTarget, type TargetContext } from '../../../src/core/target/check';

const ROWS: Pick<TargetContext, 'level1' | 'level2' | 'level3'>[] = [
  { level1: '产出指标', level2: '数量指标', level3: '培训人数' },
  { level1: '产出指标', level2: '质量指标', level3: '验收合格率' },
  { level1: '产出指标', level2: '时效指标', level3: '完成时间' },
  { level1: '产出指标', level2: '成本指标', level3: '项目总成本' },
  { level1: '效益指标', level2: '社会效益指标', level3: '群众知晓率' },
  { level1: '满意度指标', level2: '服务对象满意度指标', level3: '服务对象满意度' },
];

const OPS = [
  '',
  '≥',
  '≤',
  '>',
  '<',
  '=',
  '>=',
  '=>',
  '=<',
  '==',
  '≧',
  '≦',
  '═',
  '＝',
  '不低于',
  '不少于',
  '大于等于',
  '不超过',
  '达到',
];
const NUMBERS = [
  '90',
  '95',
  '100',
  '0.95',
  '1,280',
  '3',
  '24',
  '2021',
  '九十',
  '九十五',
  '百分之九十',
  '一百',
  '三',
  '二十四',
];
const UNITS = [
  '',
  '%',
  '%%',
  '人',
  '人次',
  '人/次',
  '个',
  '件',
  '万元',
  '元',
  '个工作日',
  '天',
  '年',
  '年度',
  '年全年',
  '年实际实现值',
  '万人次',
];
const AFTER = ['', '以上', '及以上', '以内', '以下', '左右', '。'];

const target = fc
  .tuple(
    fc.constantFrom(...OPS),
    fc.constantFrom(...NUMBERS),
    fc.constantFrom(...UNITS),
    fc.constantFrom(...AFTER),
    fc.boolean(),
  )
  .map(([op, n, unit, after, space]) => (space ? `${op} ${n} ${unit}${after}` : `${op}${n}${unit}${after}`));

const ctxOf = (text: string, row: (typeof ROWS)[number], format?: string): TargetContext => ({
  cell: { value: text, text, format },
  ...row,
  year: 2022,
  fundsLimit: null,
});

test('every value suggestion parses with no error and keeps the number and unit', () => {
  fc.assert(
    fc.property(
      target,
      fc.constantFrom(...ROWS),
      fc.constantFrom(undefined, '0%', 'General', '@'),
      (text, row, format) => {
        const before = checkTarget(ctxOf(text, row, format));
        for (const f of before.findings) {
          if (!f.fix || (f.fix.cell ?? 'value') !== 'value') continue;
          const after = checkTarget(ctxOf(f.fix.text, row));
          // parses as a well-formed target
          expect([f.code, f.fix.text, after.findings.filter((x) => x.severity === 'error').map((x) => x.code)]).toEqual(
            [f.code, f.fix.text, []],
          );
          expect(['quantitative', 'range', 'date', 'qualitative']).toContain(after.target.kind);
          // keeps the number and unit (a rate row may gain its %; the operator may change — that is the fix)
          if (before.target.kind === 'quantitative' && after.target.kind === 'quantitative') {
            const b = before.target.value as number;
            const a = after.target.value as number;
            // 0.95 → 95% is the same number written as a percentage
            const sameNumber =
              a === b || (before.target.unit === '' && after.target.unit === '%' && Math.abs(a - b * 100) < 1e-9);
            const sameUnit =
              after.target.unit === before.target.unit || (before.target.unit === '' && after.target.unit === '%');
            expect([f.code, text, f.fix.text, sameNumber, sameUnit]).toEqual([f.code, text, f.fix.text, true, true]);
          }
          // never a "fix" that carries header or sentence words as a unit; 全年 only as a year (a date target)
          expect(f.fix.text).not.toMatch(/实际|实现值/);
          if (/全年/.test(f.fix.text)) expect(after.target.kind).toBe('date');
        }
      },
    ),
    { numRuns: 3000 },
  );
});

test.each([
  ['≥2021年全年', '2021年全年'],
  ['≥2021年实际实现值', '2021年实际实现值'],
])('no suggestion such as %s', (bad, text) => {
  for (const row of ROWS) {
    const fixes = checkTarget(ctxOf(text, row)).findings.map((f) => f.fix?.text);
    expect(fixes).not.toContain(bad);
  }
});

test.each([
  // the operator and the % are both missing: one suggestion that fixes both, the % finding keeps its message
  ['100', '合格率', '质量指标', ['target.bare-number ≥100%', 'target.rate-missing-percent']],
  ['95', '验收合格率', '质量指标', ['target.bare-number ≥95%', 'target.rate-missing-percent']],
  // one concern, one suggestion
  ['1000', '培训人数', '数量指标', ['target.bare-number ≥1000', 'target.missing-unit']],
])('one cell, one suggestion: %s (%s)', (text, level3, level2, expected) => {
  const r = checkTarget({
    cell: { value: text, text },
    level1: '产出指标',
    level2,
    level3,
    year: 2022,
    fundsLimit: null,
  });
  expect(r.findings.map((f) => `${f.code}${f.fix ? ` ${f.fix.text}` : ''}`)).toEqual(expected);
});

test('property: at most one meaning-changing suggestion per value cell', () => {
  fc.assert(
    fc.property(target, fc.constantFrom(...ROWS), (text, row) => {
      const fixes = checkTarget(ctxOf(text, row)).findings.filter(
        (f) => f.fix && (f.fix.cell ?? 'value') === 'value' && f.fix.safety === 'confirm',
      );
      return new Set(fixes.map((f) => f.fix?.text)).size <= 1;
    }),
    { numRuns: 2000 },
  );
});
