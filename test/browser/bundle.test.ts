/**
 * What Excel loads: the task pane's entry chunks stay under 350 KB of gzip'd JavaScript and never
 * include exceljs (the preview's in-browser workbook, loaded on demand outside Office only).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureBuild, webDir } from './harness';

interface SizeReport {
  [entry: string]: { files: string[]; raw: number; gzip: number } | unknown;
  lazy: { file: string; raw: number; gzip: number }[];
  onDemand: Record<string, { files: string[]; gzip: number }>;
}

let report: SizeReport;
beforeAll(() => {
  ensureBuild();
  report = JSON.parse(fs.readFileSync(path.join(webDir, 'bundle-size.json'), 'utf8')) as SizeReport;
}, 600_000);

const entry = (name: string) => report[name] as { files: string[]; raw: number; gzip: number };

test('inside Excel the pane loads at most 350 KB of gzip’d JavaScript (entry + the Excel adapter)', () => {
  expect(entry('taskpane').gzip + report.onDemand.excel.gzip).toBeLessThanOrEqual(350 * 1024);
  expect(report.onDemand.excel.files.some((f) => f.startsWith('exceljs.'))).toBe(false);
});

test('exceljs is a chunk of its own that neither Excel page loads at start', () => {
  const exceljs = report.lazy.find((l) => l.file.startsWith('exceljs.'));
  expect(exceljs).toBeDefined();
  for (const name of ['taskpane', 'commands']) {
    if (!report[name]) continue;
    for (const file of entry(name).files) {
      expect(file.startsWith('exceljs.')).toBe(false);
      const text = fs.readFileSync(path.join(webDir, file), 'utf8');
      // exceljs's own markers
      expect(text.includes('xl/workbook.xml')).toBe(false);
    }
  }
});

test('the pages and the manifest are in the build', () => {
  for (const f of [
    'index.html',
    'taskpane.html',
    'manifest.xml',
    'assets/icon-32.png',
    'assets/samples/示例-绩效目标申报表.xlsx',
  ]) {
    expect(fs.existsSync(path.join(webDir, f))).toBe(true);
  }
});
