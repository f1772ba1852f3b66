/**
 * The ribbon's function command: registered under the manifest's FunctionName, checks and paints
 * the active sheet without the pane, and always completes the event.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MARKS_SHEET } from '../../src/core/marks';
import { COMMAND_ID, checkActiveSheet, registerCommands, runCheck } from '../../src/excel/commands';
import { createExcelHost } from '../../src/excel/excel-host';
import { getCell, installFakeExcel, type Installed } from './fake-excel';
import { writeDeclaration } from './forms';

let fx: Installed;
afterEach(() => fx?.uninstall());

test('the command id is the manifest FunctionName', () => {
  const manifest = fs.readFileSync(path.resolve(__dirname, '../../manifest.xml'), 'utf8');
  expect(manifest).toContain(`<FunctionName>${COMMAND_ID}</FunctionName>`);
});

test('registerCommands associates runCheck', () => {
  fx = installFakeExcel();
  registerCommands();
  expect(fx.actions.get(COMMAND_ID)).toBe(runCheck);
});

test('checkActiveSheet paints the findings of the active sheet, replacing its old marks', async () => {
  fx = installFakeExcel();
  const sheet = writeDeclaration(fx.excel, 'Sheet1', 10);
  const host = await createExcelHost();
  const first = await checkActiveSheet(host);
  expect(first).toMatchObject({ sheet: 'Sheet1', forms: 1 });
  expect(first.painted).toBeGreaterThan(0);
  expect(getCell(sheet, 'E17')!.fill.pattern).toBe('Solid');
  // the user fixes E17; running the command again leaves it unpainted
  getCell(sheet, 'E17')!.value = '≥80%';
  const second = await checkActiveSheet(host);
  expect(second.painted).toBe(first.painted - 1);
  expect(getCell(sheet, 'E17')!.fill.pattern).toBe('None');
  expect((await host.paintedCells()).some((c) => c.cell === 'E17')).toBe(false);
});

test('runCheck completes the event, also when the check fails', async () => {
  fx = installFakeExcel();
  writeDeclaration(fx.excel, 'Sheet1', 5);
  const completed = jest.fn();
  await runCheck({ completed });
  expect(completed).toHaveBeenCalledTimes(1);
  expect(fx.excel.findSheet(MARKS_SHEET)).toBeDefined();

  fx.excel.workbook.active = 'no such sheet';
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const failed = jest.fn();
  await runCheck({ completed: failed });
  expect(failed).toHaveBeenCalledTimes(1);
  expect(error).toHaveBeenCalled();
  error.mockRestore();
});
