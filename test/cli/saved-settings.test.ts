/**
 * The settings a workbook carries (the pane's 设置, in jixiao's very hidden sheet) travel to the command line:
 * `jixiao check` checks and scores a file with them, as the pane does, and says so per file (form.saved-settings).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import type { Report } from '../../src/core/report';
import { SETTINGS_CELL, SETTINGS_SHEET, type StoredSettings } from '../../src/core/settings-store';
import { DEFAULT_SCORING_OPTIONS } from '../../src/core/types';
import { saveWorkbookSettings } from '../../src/workbook/settings';
import { buildWorkbook } from '../helpers/build-workbook';
import { FIXTURES_DIR } from '../helpers/shared';
import { EVALUATION_LEVEL1_FORM, UNIT_AND_SATISFACTION_FORM } from '../helpers/local-template';
import { jixiao } from './run';

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-settings-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A local template's declaration: 决策指标 as a 一级 (the evaluation frameworks'), with settings saved or not. */
async function localTemplate(
  name: string,
  settings: StoredSettings | null,
  rows: string[][] = EVALUATION_LEVEL1_FORM,
): Promise<string> {
  const buffer = await buildWorkbook([
    {
      name: '绩效目标表',
      rows,
    },
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  if (settings) saveWorkbookSettings(wb, settings);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function check(file: string): Promise<Report['files'][number]> {
  const r = await jixiao(['check', file, '--format', 'json']);
  return (JSON.parse(r.stdout) as Report).files[0];
}

test('a workbook that accepts the evaluation frameworks’ 一级 is checked so, and the report says why', async () => {
  const plain = await check(await localTemplate('默认.xlsx', null));
  expect(plain.issues.filter((i) => i.code === 'hierarchy.unknown-level1').map((i) => i.cell)).toEqual(['A4']);
  expect(plain.issues.some((i) => i.code === 'form.saved-settings')).toBe(false);

  const accepting = await check(
    await localTemplate('接受评价类一级.xlsx', {
      scoring: DEFAULT_SCORING_OPTIONS,
      writeStatusColumn: false,
      acceptEvaluationLevel1: true,
    }),
  );
  expect(accepting.issues.filter((i) => i.code.startsWith('hierarchy.'))).toEqual([]);
  expect(accepting.issues.filter((i) => i.code === 'form.saved-settings').map((i) => i.message)).toEqual([
    '工作簿中保存了助手设置（接受评价类一级指标），按此检查和计分',
  ]);
});

test('saved settings that are the defaults, or damaged, change nothing and say nothing', async () => {
  const defaults = await check(
    await localTemplate('默认设置.xlsx', { scoring: DEFAULT_SCORING_OPTIONS, writeStatusColumn: true }),
  );
  expect(defaults.issues.some((i) => i.code === 'form.saved-settings')).toBe(false);
  expect(defaults.issues.filter((i) => i.code === 'hierarchy.unknown-level1')).toHaveLength(1);

  const file = await localTemplate('损坏.xlsx', { scoring: DEFAULT_SCORING_OPTIONS, writeStatusColumn: false });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.getWorksheet(SETTINGS_SHEET)!.getCell(SETTINGS_CELL).value = '{"scoring": oops';
  await wb.xlsx.writeFile(file);
  const damaged = await check(file);
  expect(damaged.error).toBeNull();
  expect(damaged.issues.some((i) => i.code === 'form.saved-settings')).toBe(false);
  expect(damaged.issues.filter((i) => i.code === 'hierarchy.unknown-level1')).toHaveLength(1);
});

test('a workbook whose settings make a missing unit an error and raise the 满意度 floor is checked so', async () => {
  const rows = UNIT_AND_SATISFACTION_FORM;
  const severityOf = (file: Report['files'][number], code: string) =>
    file.issues.filter((i) => i.code === code).map((i) => `${i.cell} ${i.severity}`);
  const plain = await check(await localTemplate('单位默认.xlsx', null, rows));
  expect(severityOf(plain, 'target.missing-unit')).toEqual(['D4 warning']);
  expect(severityOf(plain, 'target.low-satisfaction')).toEqual([]);
  const strict = await check(
    await localTemplate(
      '单位必录.xlsx',
      {
        scoring: DEFAULT_SCORING_OPTIONS,
        writeStatusColumn: false,
        missingUnitError: true,
        lowSatisfactionPercent: 90,
      },
      rows,
    ),
  );
  expect(severityOf(strict, 'target.missing-unit')).toEqual(['D4 error']);
  expect(severityOf(strict, 'target.low-satisfaction')).toEqual(['D6 info']);
  expect(strict.issues.filter((i) => i.code === 'form.saved-settings').map((i) => i.message)).toEqual([
    '工作簿中保存了助手设置（缺少计量单位视为错误，满意度目标提示线 90%），按此检查和计分',
  ]);
});

test('score names saved scoring only when it is not the default', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(FIXTURES_DIR, 'seed-2021-sfj-selfeval.xlsx'));
  saveWorkbookSettings(wb, {
    scoring: DEFAULT_SCORING_OPTIONS,
    writeStatusColumn: false,
    acceptEvaluationLevel1: true,
  });
  const file = path.join(dir, '只接受评价类一级.xlsx');
  await wb.xlsx.writeFile(file);
  const r = await jixiao(['score', file]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('总分');
  expect(r.stdout).not.toContain('保存的评分设置');
});

test('--ignore-saved-settings checks every file of a folder by the defaults, in the worker threads too', async () => {
  const folder = path.join(dir, '返回表');
  fs.mkdirSync(folder);
  const accepting = { scoring: DEFAULT_SCORING_OPTIONS, writeStatusColumn: false, acceptEvaluationLevel1: true };
  for (const name of ['甲.xlsx', '乙.xlsx'])
    fs.renameSync(await localTemplate(name, accepting), path.join(folder, name));
  const codes = async (args: string[]) => {
    const r = await jixiao(['check', folder, '--format', 'json', '--jobs', '2', ...args]);
    return (JSON.parse(r.stdout) as Report).files.map((f) =>
      f.issues.map((i) => i.code).filter((c) => /^(hierarchy|form\.saved)/.test(c)),
    );
  };
  expect(await codes([])).toEqual([['form.saved-settings'], ['form.saved-settings']]);
  expect(await codes(['--ignore-saved-settings'])).toEqual([
    ['hierarchy.unknown-level1'],
    ['hierarchy.unknown-level1'],
  ]);
});
