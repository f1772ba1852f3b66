import { findingsFor, fixL1, ruleTester, type HierarchyCase } from '../rule-tester';

ruleTester('hierarchy.missing-level1', {
  valid: [
    {
      rows: [
        ['产出指标', '数量指标', 'a'],
        ['', '', 'b'],
      ],
    },
    {
      rows: [
        ['产出指标', '数量指标', 'a'],
        ['', '质量指标', 'b'],
      ],
      layout: 'merged',
    },
    { rows: [['一、产出指标（50分）', '数量指标', 'a']] },
  ],
  invalid: [
    {
      rows: [
        ['', '数量指标', 'a'],
        ['', '', 'b'],
        ['产出指标', '质量指标', 'c'],
      ],
      fix: fixL1('产出指标'),
    },
    {
      rows: [
        ['', '数量指标', 'a'],
        ['', '', 'b'],
      ],
      row: 15,
      fix: fixL1('产出指标'),
    },
    { rows: [['', '', 'a']], fix: null },
    {
      rows: [
        ['产出指标', '数量指标', 'a'],
        ['', '社会效益指标', 'b'],
        ['', '', 'c'],
      ],
      row: 15,
      fix: fixL1('效益指标'),
    },
    {
      rows: [
        ['效益指标', '社会效益指标', 'a'],
        ['', '经济成本指标', 'b'],
      ],
      fix: fixL1('成本指标'),
    },
    { rows: [['（50分）', '数量指标', 'a']], fix: fixL1('产出指标(50分)') },
    // one "(50分)" cell shared by a group of rows (inherited through blanks, or merged down): one finding, on
    // the row that holds the cell (the others are covered; exactness below and in the snapshot)
    {
      rows: [
        ['（50分）', '数量指标', 'a'],
        ['', '', 'b'],
        ['', '质量指标', 'c'],
      ],
      fix: fixL1('产出指标(50分)'),
    },
    {
      rows: [
        ['（50分）', '数量指标', 'a'],
        ['', '', 'b'],
        ['', '质量指标', 'c'],
      ],
      layout: 'merged',
      fix: fixL1('产出指标(50分)'),
    },
    // the same text in every row's own cell: each cell is a mistake of its own
    {
      rows: [
        ['（50分）', '数量指标', 'a'],
        ['（50分）', '', 'b'],
      ],
      layout: 'repeated',
      row: 15,
      fix: fixL1('产出指标(50分)'),
    },
    {
      rows: [
        ['产出指标', '数量指标', 'a'],
        ['绩效指标(90分)', '', '', false],
        ['', '', 'b'],
      ],
      fix: null,
    },
  ],
});

describe('a "(50分)" 一级 cell shared by several rows', () => {
  const rows: HierarchyCase['rows'] = [
    ['（50分）', '数量指标', 'a'],
    ['', '', 'b'],
    ['', '质量指标', 'c'],
    ['', '时效指标', 'd'],
    ['效益指标', '社会效益指标', 'e'],
  ];
  it.each(['written', 'merged'] as const)(
    '%s: one finding for the group, no unknown-name finding on the rows sharing it',
    (layout) => {
      expect(findingsFor({ rows, layout }).map((f) => [f.row, f.code])).toEqual([[14, 'hierarchy.missing-level1']]);
    },
  );
  it("repeated in every row's own cell: one finding per cell", () => {
    const repeated: HierarchyCase['rows'] = rows.map(([l1, l2, l3], i) => [i < 4 ? '（50分）' : l1, l2, l3]);
    expect(findingsFor({ rows: repeated, layout: 'repeated' }).map((f) => [f.row, f.code])).toEqual([
      [14, 'hierarchy.missing-level1'],
      [15, 'hierarchy.missing-level1'],
      [16, 'hierarchy.missing-level1'],
      [17, 'hierarchy.missing-level1'],
    ]);
  });
});
