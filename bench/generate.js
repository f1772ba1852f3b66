#!/usr/bin/env node
'use strict';
/**
 * Deterministic generator of a large workbook of 财政项目支出绩效目标申报表 for benchmarks.
 *
 *   node bench/generate.js [forms=300] [seed=1] [file=bench/out/bench-<forms>.xlsx]
 *   require('./generate').generate({ forms: 300, seed: 1, file })  // -> Promise<manifest>
 *
 * Every form follows the classic layout of the shared seed fixture (title, (2021年度), header block,
 * 项目资金 with #,##0 amounts, 项目总目标/年度总目标, then a 绩效指标 label column merged down the
 * table and 一级指标 | 二级指标 | 三级指标 | 指标目标值). The 一级/二级 columns come in three layouts:
 *   merged    — vertical merges, text in the top cell only (as in the fixture)
 *   repeated  — 一级/二级 written on every row
 *   once      — written on the group's first row, continuation cells left blank (not merged)
 * Sheets 1..SINGLE hold one form each; the rest stack FORMS_PER_STACK forms per sheet, two blank rows apart.
 * Targets are realistic (≥200个, ≥95%, ≤128万元, 提升, 及时, 2021年12月底前, …), a few are malformed
 * (100%%, 待定, =>150件, empty, …) and a few are numbers shown through "0%" (0.95 → 95%).
 *
 * Only a seeded PRNG (mulberry32) is used, so the same options give the same cells.
 * A manifest (<file>.json) records what was written: forms, indicators, sheets, layouts.
 */
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

const FORMS_PER_STACK = 5;

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

const DEPARTMENTS = [
  '上海市司法局',
  '上海市徐汇区司法局',
  '上海市教育委员会',
  '上海市卫生健康委员会',
  '上海市民政局',
  '上海市生态环境局',
  '上海市文化和旅游局',
  '上海市体育局',
  '上海市商务委员会',
  '上海市农业农村委员会',
];
const UNITS = ['本级', '信息中心', '执法总队', '事务中心', '培训中心', '宣传中心', '研究所', '服务中心'];
const SUBJECTS = [
  '公共法律服务',
  '社区矫正',
  '人民调解',
  '法治宣传',
  '法律援助',
  '司法鉴定',
  '信息化运维',
  '档案数字化',
  '业务培训',
  '督查考核',
  '垃圾分类',
  '社区卫生',
  '养老服务',
  '体育赛事',
  '文化惠民',
  '农业技术推广',
  '职业教育',
  '数据共享平台',
];
const ACTIONS = [
  '平台运维',
  '政府购买服务',
  '专项经费',
  '能力建设',
  '设备购置',
  '系统升级改造',
  '宣传推广',
  '工作经费',
  '项目建设',
  '服务保障',
];

// 一级 → 二级 → [三级 stems, target makers]
const Q = (rnd, n) => Math.round((rnd() * 0.9 + 0.1) * n);
const QUANTITY = [
  ['案例制作数量', (r) => `>=${Q(r, 300)}个`],
  ['培训人次', (r) => `≥${Q(r, 5000)}人次`],
  ['宣传活动场次', (r) => `=${Q(r, 60)}场`],
  ['证书制作数量', (r) => `=${Q(r, 8000)}本`],
  ['节目期数', (r) => `=${Q(r, 52)}期`],
  ['服务对象覆盖户数', (r) => `>=${Q(r, 20000)}户`],
  ['设备采购台数', (r) => `≥${Q(r, 40)}台`],
  ['咨询接答量', (r) => `>=${Q(r, 40)}万件`],
  ['巡查次数', (r) => `≥${Q(r, 120)}次`],
];
const QUALITY = [
  ['验收通过率', () => '=100%'],
  ['回复率', () => '>=95%'],
  ['案件办结率', (r) => `≥${90 + Math.floor(r() * 10)}%`],
  ['数据准确率', (r) => ({ value: 0.9 + Math.floor(r() * 10) / 100, numFmt: '0%' })],
  ['设备完好率', () => '≥98%'],
  ['工作质量', () => '提升'],
  ['档案规范性', () => '规范'],
];
const TIMELINESS = [
  ['完成及时性', () => '及时'],
  ['项目完成时间', () => '2021年12月底前'],
  ['按期受理率', () => '=100%'],
  ['信息发布时效', () => '及时'],
  ['办结时限', (r) => `<=${5 + Math.floor(r() * 25)}个工作日`],
];
const COST = [
  ['项目总成本', (r) => `≤${Q(r, 200)}万元`],
  ['成本控制率', () => '<=100%'],
  ['经费使用合规性', () => '合规'],
  ['单位服务成本', (r) => `<=${Q(r, 500)}元/人次`],
];
const SOCIAL = [
  ['社会公众知晓率', () => '提升'],
  ['群众获得感', () => '提升'],
  ['矛盾纠纷化解率', (r) => `>=${85 + Math.floor(r() * 15)}%`],
  ['服务覆盖面', () => '扩大'],
  ['法治意识', () => '有所提高'],
];
const ECONOMIC = [
  ['节约行政成本', (r) => `>=${Q(r, 50)}万元`],
  ['带动就业人数', (r) => `≥${Q(r, 300)}人`],
];
const ECOLOGICAL = [
  ['环境质量改善', () => '改善'],
  ['垃圾分类达标率', () => '≥95%'],
];
const SUSTAIN = [
  ['运行管理机制', () => '完善'],
  ['长效机制建设', () => '健全'],
  ['服务体系建设', () => '完善'],
];
const SATISFACTION = [
  ['服务对象满意度', () => '>=90%'],
  ['群众满意度', () => '≥95%'],
  ['培训人员满意度', (r) => `>=${80 + Math.floor(r() * 15)}%`],
  ['使用单位满意度', () => ({ value: 0.9, numFmt: '0%' })],
];
const MALFORMED = ['100%%', '待定', '=>150件', '', '见附件', '≥95%%', '/'];

const FRAMEWORK = [
  [
    '产出指标',
    [
      ['数量指标', QUANTITY, 4],
      ['质量指标', QUALITY, 3],
      ['时效指标', TIMELINESS, 2],
      ['成本指标', COST, 1],
    ],
  ],
  [
    '效益指标',
    [
      ['社会效益指标', SOCIAL, 3],
      ['经济效益指标', ECONOMIC, 1],
      ['生态效益指标', ECOLOGICAL, 1],
      ['可持续影响指标', SUSTAIN, 2],
    ],
  ],
  ['满意度指标', [['服务对象满意度指标', SATISFACTION, 1]]],
];

function pick(rnd, list) {
  return list[Math.floor(rnd() * list.length)];
}

function weightedPick(rnd, entries) {
  const total = entries.reduce((s, e) => s + e[2], 0);
  let x = rnd() * total;
  for (const e of entries) {
    x -= e[2];
    if (x < 0) return e;
  }
  return entries[entries.length - 1];
}

/** The indicator rows of one form, grouped by 一级 then 二级, in framework order. */
function makeIndicators(rnd, count) {
  // At least one 产出, one 效益 and one 满意度; the rest split about 55/30/15.
  const perLevel1 = [1, 1, 1];
  for (let i = 3; i < count; i++) {
    const x = rnd();
    perLevel1[x < 0.55 ? 0 : x < 0.85 ? 1 : 2]++;
  }
  const rows = [];
  FRAMEWORK.forEach(([level1, level2s], li) => {
    const byLevel2 = new Map();
    for (let k = 0; k < perLevel1[li]; k++) {
      const l2 = weightedPick(rnd, level2s);
      if (!byLevel2.has(l2[0])) byLevel2.set(l2[0], []);
      byLevel2.get(l2[0]).push(l2);
    }
    for (const [level2] of level2s) {
      const group = byLevel2.get(level2);
      if (!group) continue;
      for (const l2 of group) {
        const [stem, make] = pick(rnd, l2[1]);
        const prefix = pick(rnd, SUBJECTS);
        let target = make(rnd);
        const malformed = rnd() < 0.05;
        if (malformed) target = pick(rnd, MALFORMED);
        rows.push({ level1, level2, level3: `${prefix}${stem}`, target, malformed });
      }
    }
  });
  return rows;
}

// ---------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------

const LAYOUTS = ['merged', 'repeated', 'once'];

function setCell(ws, row, col, spec) {
  if (spec === null || spec === undefined || spec === '') return;
  const cell = ws.getCell(row, col);
  if (typeof spec === 'object' && !(spec instanceof Date)) {
    if (spec.numFmt) cell.numFmt = spec.numFmt;
    cell.value = spec.value;
  } else {
    cell.value = spec;
  }
}

function merge(ws, top, left, bottom, right) {
  if (top === bottom && left === right) return;
  ws.mergeCells(top, left, bottom, right);
}

/** Writes one form at row r0 (columns A–E); returns { nextRow, indicators }. */
function writeForm(ws, r0, rnd, formIndex, layout) {
  const dept = pick(rnd, DEPARTMENTS);
  const name = `${pick(rnd, SUBJECTS)}${pick(rnd, ACTIONS)}（${String(formIndex + 1).padStart(3, '0')}）`;
  const total = Math.round(((rnd() * 19.5 + 0.5) * 1e6) / 10) * 10; // 0.5–20 million yuan, #,##0
  const fiscal = rnd() < 0.8 ? total : Math.round((total * 0.8) / 10) * 10;

  let r = r0;
  setCell(ws, r, 1, '财政项目支出绩效目标申报表');
  merge(ws, r, 1, r, 5);
  r++;
  setCell(ws, r, 1, '(2021年度)');
  merge(ws, r, 1, r, 5);
  r++;
  const header = [
    ['项目名称', name, '项目类别', rnd() < 0.6 ? '经常性项目' : '一次性项目'],
    ['主管部门', dept, '实施单位', `${dept}${pick(rnd, UNITS)}`],
    ['计划开始日期', '2021-01-01', '计划完成日期', '2021-12-31'],
  ];
  for (const [a, b, d, e] of header) {
    setCell(ws, r, 1, a);
    setCell(ws, r, 2, b);
    merge(ws, r, 2, r, 3);
    setCell(ws, r, 4, d);
    setCell(ws, r, 5, e);
    r++;
  }
  const money = (v) => ({ value: v, numFmt: '#,##0' });
  setCell(ws, r, 1, '项目资金');
  merge(ws, r, 1, r + 3, 1);
  setCell(ws, r, 2, '项目资金总额');
  setCell(ws, r, 3, money(total));
  setCell(ws, r, 4, '年度资金申请总额');
  setCell(ws, r, 5, money(total));
  setCell(ws, r + 1, 2, '其中：财政资金');
  setCell(ws, r + 1, 3, money(fiscal));
  setCell(ws, r + 1, 4, '其中：当年财政拨款');
  setCell(ws, r + 1, 5, money(fiscal));
  setCell(ws, r + 2, 4, '上年结转资金');
  setCell(ws, r + 3, 2, '其他资金');
  if (fiscal !== total) setCell(ws, r + 3, 3, money(total - fiscal));
  setCell(ws, r + 3, 4, '其他资金');
  if (fiscal !== total) setCell(ws, r + 3, 5, money(total - fiscal));
  r += 4;
  setCell(ws, r, 1, '项目绩效目标');
  merge(ws, r, 1, r + 2, 1);
  setCell(ws, r, 2, '项目总目标');
  merge(ws, r, 2, r, 3);
  setCell(ws, r, 4, '年度总目标');
  merge(ws, r, 4, r, 5);
  setCell(ws, r + 1, 2, '(2021年 - 2021年)');
  merge(ws, r + 1, 2, r + 1, 3);
  merge(ws, r + 1, 4, r + 1, 5);
  const goal = `围绕${name.replace(/（.*$/, '')}，完成年度各项工作任务，提升服务质量和群众满意度。`;
  setCell(ws, r + 2, 2, goal);
  merge(ws, r + 2, 2, r + 2, 3);
  setCell(ws, r + 2, 4, `按计划完成${name.replace(/（.*$/, '')}年度目标。`);
  merge(ws, r + 2, 4, r + 2, 5);
  r += 3;

  const headerRow = r;
  setCell(ws, r, 1, '绩效指标');
  setCell(ws, r, 2, '一级指标');
  setCell(ws, r, 3, '二级指标');
  setCell(ws, r, 4, '三级指标');
  setCell(ws, r, 5, '指标目标值');
  r++;

  const n = 8 + Math.floor(rnd() * 8); // 8–15
  const rows = makeIndicators(rnd, n);
  let l1Start = r;
  let l2Start = r;
  rows.forEach((ind, i) => {
    const prev = rows[i - 1];
    const newL1 = !prev || prev.level1 !== ind.level1;
    const newL2 = newL1 || prev.level2 !== ind.level2;
    if (newL1 && i > 0 && layout === 'merged') merge(ws, l1Start, 2, r - 1, 2);
    if (newL2 && i > 0 && layout === 'merged') merge(ws, l2Start, 3, r - 1, 3);
    if (newL1) l1Start = r;
    if (newL2) l2Start = r;
    if (layout === 'repeated' || newL1) setCell(ws, r, 2, ind.level1);
    if (layout === 'repeated' || newL2) setCell(ws, r, 3, ind.level2);
    setCell(ws, r, 4, ind.level3);
    setCell(ws, r, 5, ind.target);
    r++;
  });
  if (layout === 'merged') {
    merge(ws, l1Start, 2, r - 1, 2);
    merge(ws, l2Start, 3, r - 1, 3);
  }
  merge(ws, headerRow, 1, r - 1, 1); // the 绩效指标 label column
  return { nextRow: r, indicators: rows.length, malformed: rows.filter((x) => x.malformed).length };
}

/**
 * Writes the benchmark workbook. Options: forms (300), seed (1), file, single (sheets with one form;
 * default 10% of the forms, rounded to leave a multiple of FORMS_PER_STACK for the stacked sheets).
 * Resolves to the manifest, also written next to the file as <file>.json.
 */
async function generate(options = {}) {
  const forms = options.forms ?? 300;
  const seed = options.seed ?? 1;
  const file = options.file ?? path.join(__dirname, 'out', `bench-${forms}.xlsx`);
  let single = options.single ?? Math.round(forms * 0.1);
  single = Math.min(forms, single + ((forms - single) % FORMS_PER_STACK));
  const rnd = mulberry32(seed);

  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao bench';
  wb.created = new Date(Date.UTC(2021, 0, 1));
  wb.modified = new Date(Date.UTC(2021, 0, 1));

  const manifest = {
    file: path.basename(file),
    seed,
    forms: 0,
    indicators: 0,
    malformed: 0,
    sheets: 0,
    layouts: { merged: 0, repeated: 0, once: 0 },
    singleFormSheets: 0,
    stackedSheets: 0,
  };
  let formIndex = 0;
  let sheetIndex = 0;
  while (formIndex < forms) {
    const perSheet = formIndex < single ? 1 : FORMS_PER_STACK;
    sheetIndex++;
    const ws = wb.addWorksheet(`表${String(sheetIndex).padStart(3, '0')}${perSheet === 1 ? '单表' : '多表'}`);
    ws.columns = [{ width: 10 }, { width: 14 }, { width: 18 }, { width: 38 }, { width: 16 }];
    let row = 1;
    for (let k = 0; k < perSheet && formIndex < forms; k++) {
      const layout = LAYOUTS[formIndex % LAYOUTS.length];
      const res = writeForm(ws, row, rnd, formIndex, layout);
      row = res.nextRow + 2;
      manifest.forms++;
      manifest.indicators += res.indicators;
      manifest.malformed += res.malformed;
      manifest.layouts[layout]++;
      formIndex++;
    }
    if (perSheet === 1) manifest.singleFormSheets++;
    else manifest.stackedSheets++;
  }
  manifest.sheets = sheetIndex;

  fs.mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
  manifest.bytes = fs.statSync(file).size;
  fs.writeFileSync(`${file}.json`, JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

module.exports = { generate, mulberry32 };

if (require.main === module) {
  const [forms, seed, file] = process.argv.slice(2);
  generate({ forms: forms ? Number(forms) : undefined, seed: seed ? Number(seed) : undefined, file }).then(
    (m) => console.log(JSON.stringify(m)),
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
