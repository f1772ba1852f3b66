/**
 * Every target of the shared fixtures' expected JSON through checkTarget:
 * 'error' rows must get verdict error, 'ok' rows must not, 'either' rows anything.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkTarget } from '../../../src/core/target/check';
import type { TargetContext } from '../../../src/core/target/check';

const FIXTURES = path.resolve(__dirname, '../../../../shared/fixtures');
const FILES = [
  'seed-2021-sfj.expected.json',
  'seed-2021-sfj-selfeval.expected.json',
  'malformed-targets.expected.json',
];

interface Indicator {
  sheet: string;
  cell: string;
  level1: string | null;
  level2: string | null;
  level3: string;
  target: string;
  verdict: 'ok' | 'error' | 'either';
}
interface Expected {
  forms: Array<{ sheet: string; totalFunds: number | null }>;
  indicators: Indicator[];
}

const rows: Array<[string, Indicator, number | null]> = [];
for (const file of FILES) {
  const data = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) as Expected;
  for (const ind of data.indicators) {
    const form = data.forms.find((f) => f.sheet === ind.sheet);
    rows.push([
      `${file} ${ind.sheet}!${ind.cell} ${ind.level3} ${JSON.stringify(ind.target)} → ${ind.verdict}`,
      ind,
      form?.totalFunds ?? null,
    ]);
  }
}

function contextOf(ind: Indicator, funds: number | null): TargetContext {
  const cell =
    ind.target === '#N/A' ? { value: { error: '#N/A' }, text: '#N/A' } : { value: ind.target, text: ind.target };
  return { cell, level1: ind.level1, level2: ind.level2, level3: ind.level3, year: 2021, fundsLimit: funds };
}

describe('fixture targets', () => {
  it('found the fixtures', () => {
    expect(rows.length).toBeGreaterThan(100);
  });

  it.each(rows)('%s', (_name, ind, funds) => {
    const result = checkTarget(contextOf(ind, funds));
    if (ind.verdict === 'error') expect(result.verdict).toBe('error');
    if (ind.verdict === 'ok') expect(result.verdict).not.toBe('error');
  });

  const specifics: Array<[string, string, string | null, string, string[]]> = [
    // [level3, target, level2, level1, codes expected among the findings]
    ['非工作时间热线律师咨询接答量', '>=29万', '数量指标', '产出指标', ['target.missing-unit']],
    ['法治文艺演出场次', '=12', '数量指标', '产出指标', ['target.missing-unit']],
    ['法律顾问履职考核优良率', '90%以上', '质量指标', '产出指标', ['target.word-operator']],
    ['二次上访率', '=80%', '质量指标', '产出指标', ['target.direction-suspect']],
    ['居（村）委会满意度', '120%', '服务对象满意度指标', '满意度指标', ['target.over-100-percent']],
    ['矛盾纠纷就地化解率', '≥八十五%', '社会效益指标', '效益指标', ['target.chinese-numeral']],
    ['服务台账规范率', '100%%', '质量指标', '产出指标', ['target.double-percent']],
    ['人民调解案件协助数量', '=>150件', '数量指标', '产出指标', ['target.reversed-operator']],
    ['法律顾问驻点服务时长', '>=', '数量指标', '产出指标', ['target.missing-number']],
    ['年度工作总结提交时间', '待定', '时效指标', '产出指标', ['target.placeholder']],
    ['出访经费成本合规性', '合规', '成本指标', '产出指标', ['target.qualitative']],
  ];
  it.each(specifics)('%s %s', (level3, target, level2, level1, codes) => {
    const r = checkTarget({
      cell: { value: target, text: target },
      level1,
      level2,
      level3,
      year: 2021,
      fundsLimit: 1280000,
    });
    for (const c of codes) expect(r.findings.map((f) => f.code)).toContain(c);
  });

  it('90%以上 offers ≥90%', () => {
    const r = checkTarget({
      cell: { value: '90%以上', text: '90%以上' },
      level1: '产出指标',
      level2: '质量指标',
      level3: '法律顾问履职考核优良率',
      year: 2021,
      fundsLimit: null,
    });
    expect(r.findings).toContainEqual({
      code: 'target.word-operator',
      severity: 'warning',
      params: { fix: '≥90%' },
      fix: { text: '≥90%', safety: 'safe', cell: 'value' },
    });
    expect(r.target).toMatchObject({ kind: 'quantitative', op: '>=', value: 90, unit: '%' });
  });

  it('=>150件 still yields ≥150件 and offers the fix', () => {
    const r = checkTarget({
      cell: { value: '=>150件', text: '=>150件' },
      level1: '产出指标',
      level2: '数量指标',
      level3: '人民调解案件协助数量',
      year: 2021,
      fundsLimit: null,
    });
    expect(r.target).toMatchObject({ kind: 'quantitative', op: '>=', value: 150, unit: '件' });
    expect(r.findings[0]).toEqual({
      code: 'target.reversed-operator',
      severity: 'error',
      fix: { text: '≥150件', safety: 'safe', cell: 'value' },
    });
    expect(r.verdict).toBe('error');
  });

  it('合规 under 成本指标 is info qualitative, not qualitative-in-quantity', () => {
    const r = checkTarget({
      cell: { value: '合规', text: '合规' },
      level1: '产出指标',
      level2: '成本指标',
      level3: '出访经费成本合规性',
      year: 2021,
      fundsLimit: 18631290,
    });
    expect(r.findings.map((f) => f.code)).toEqual(['target.qualitative']);
    expect(r.verdict).toBe('ok');
  });

  it('≤128万元 is not over 1,280,000 yuan', () => {
    const r = checkTarget({
      cell: { value: '≤128万元', text: '≤128万元' },
      level1: '产出指标',
      level2: '成本指标',
      level3: '项目总成本',
      year: 2021,
      fundsLimit: 1280000,
    });
    expect(r.findings).toEqual([]);
    expect(r.cost).toBe(true);
  });
});
