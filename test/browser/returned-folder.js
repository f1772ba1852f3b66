'use strict';
/**
 * The folder of returned workbooks the HTML report is made from — the same one for the report's browser test
 * (test/browser/report.test.ts) and for the README's picture (test/browser/screenshots.js): the seed declaration
 * and self-evaluation, the malformed-targets fixture under 区县/, and three departments' declaration forms.
 */
const fs = require('node:fs');
const path = require('node:path');
const { fixturesDir } = require('./harness');

/** Three departments' declaration forms: department, project, indicator rows (one-level 一级 | 二级 | 三级 | 目标值). */
const DEPARTMENTS = [
  [
    '上海市教育委员会',
    '教师培训',
    [
      ['产出指标', '数量指标', '培训人次', '≥2000人次'],
      ['效益指标', '社会效益指标', '家长知晓率', '≥90%'],
      ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
    ],
  ],
  [
    '上海市卫生健康委员会',
    '社区健康筛查',
    [
      ['产出指标', '数量指标', '筛查人数', '≥5万'],
      ['效益指标', '社会效益指标', '早诊率', '提高'],
      ['满意度指标', '服务对象满意度指标', '居民满意度', '≥85%%'],
    ],
  ],
  [
    '上海市民政局',
    '养老服务补贴',
    [
      ['产出指标', '数量指标', '补贴人数', '=>3000人'],
      ['产出指标', '时效指标', '发放及时率', '100%'],
      ['满意度指标', '服务对象满意度指标', '老人满意度', '≥90%'],
    ],
  ],
];

/** One declaration form of a department, as the returned workbooks of a finance office look. */
async function departmentWorkbook(file, department, project, targets) {
  const ExcelJS = require('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('申报表');
  const rows = [
    ['财政项目支出绩效目标申报表'],
    ['项目名称', project, '项目类别', '经常性项目'],
    ['主管部门', department, '实施单位', `${department}直属中心`],
    ['项目资金（万元）', '项目资金总额', 120],
    ['一级指标', '二级指标', '三级指标', '指标目标值'],
    ...targets,
  ];
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(file);
}

/**
 * Writes `<dir>/返回表` and returns its path. `brokenFile`: also a file named .xlsx that is not a workbook
 * (区县/普陀区.xlsx), which the report must list as unreadable.
 */
async function makeReturnedFolder(dir, options = {}) {
  const folder = path.join(dir, '返回表');
  fs.mkdirSync(path.join(folder, '区县'), { recursive: true });
  fs.copyFileSync(path.join(fixturesDir, 'seed-2021-sfj.xlsx'), path.join(folder, '市司法局.xlsx'));
  fs.copyFileSync(path.join(fixturesDir, 'seed-2021-sfj-selfeval.xlsx'), path.join(folder, '市司法局自评.xlsx'));
  fs.copyFileSync(path.join(fixturesDir, 'malformed-targets.xlsx'), path.join(folder, '区县', '徐汇区.xlsx'));
  if (options.brokenFile) fs.writeFileSync(path.join(folder, '区县', '普陀区.xlsx'), 'a,b,c\n1,2,3\n');
  for (const [department, project, targets] of DEPARTMENTS)
    await departmentWorkbook(path.join(folder, `${department}.xlsx`), department, project, targets);
  return folder;
}

module.exports = { makeReturnedFolder };
