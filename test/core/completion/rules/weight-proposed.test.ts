import { ROWS, ruleTester } from '../rule-tester';

const { output: OUTPUT, benefit: BENEFIT, satisfaction: SATISFACTION } = ROWS;

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
