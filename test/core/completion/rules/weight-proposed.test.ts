import type { RowSpec } from '../rule-tester';
import { ruleTester } from '../rule-tester';

const OUTPUT: RowSpec = { actual: '210个' };
const BENEFIT: RowSpec = {
  level1: '效益指标',
  level2: '社会效益指标',
  level3: '群众获得感',
  target: '提升',
  actual: '已提升',
};
const SATISFACTION: RowSpec = {
  level1: '满意度指标',
  level2: '服务对象满意度指标',
  level3: '服务对象满意度',
  target: '≥90%',
  actual: '95%',
};

ruleTester('completion.weight-proposed', {
  valid: [
    { actual: '210个' },
    {
      rows: [
        { ...OUTPUT, weight: 50 },
        { ...BENEFIT, weight: 30 },
        { ...SATISFACTION, weight: 10 },
      ],
    },
    // filled 分值 that make up the whole form: the blank one is meant blank
    { rows: [{ ...OUTPUT, weight: 60 }, { ...BENEFIT, weight: 30 }, SATISFACTION] },
  ],
  invalid: [
    { rows: [OUTPUT, BENEFIT, SATISFACTION], params: { split: '产出50/效益30/满意度10' } },
    {
      rows: [OUTPUT, { ...BENEFIT, weight: 20 }, BENEFIT],
      params: { split: '产出50/效益10', hint: 'completion.weight-proposed.partial' },
    },
    { rows: [OUTPUT, BENEFIT, SATISFACTION], split: true, params: { split: '90' } },
    { rows: [{ ...OUTPUT, heading: 40 }, BENEFIT], params: { split: '产出40/效益30' } },
  ],
});
