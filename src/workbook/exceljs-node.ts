/**
 * Node-only: the parts of exceljs the command line uses, each loaded when first needed.
 *
 * `require('exceljs')` loads the whole package — the document model, and also the streaming reader
 * (unzipper and its dependencies) and the streaming writer (archiver) — ≈ 60 % of exceljs's load
 * time goes to the two streaming halves. Reading a workbook needs the document model alone
 * (`lib/doc/workbook`, the very class the package exports as `Workbook`); the streaming writer is
 * loaded only by the commands that write a summary. exceljs is pinned (package.json); should a
 * version move those files, the package's own entry is used instead.
 */
import type * as ExcelJS from 'exceljs';

/* eslint-disable @typescript-eslint/no-require-imports */

export type WorkbookClass = new () => ExcelJS.Workbook;
export type StreamWriterClass = typeof ExcelJS.stream.xlsx.WorkbookWriter;

let workbookClass: WorkbookClass | null = null;
let writerClass: StreamWriterClass | null = null;

function isClass(c: unknown): boolean {
  return typeof c === 'function';
}

/** exceljs's Workbook class, without the streaming reader and writer. */
export function excelWorkbookClass(): WorkbookClass {
  if (!workbookClass) {
    let c: unknown;
    try {
      c = require('exceljs/lib/doc/workbook');
    } catch {
      c = null;
    }
    workbookClass = (isClass(c) ? c : (require('exceljs') as typeof ExcelJS).Workbook) as WorkbookClass;
  }
  return workbookClass;
}

/** exceljs's streaming workbook writer (ExcelJS.stream.xlsx.WorkbookWriter), without the streaming reader. */
export function excelStreamWriterClass(): StreamWriterClass {
  if (!writerClass) {
    let c: unknown;
    try {
      c = require('exceljs/lib/stream/xlsx/workbook-writer');
    } catch {
      c = null;
    }
    writerClass = (
      isClass(c) ? c : (require('exceljs') as typeof ExcelJS).stream.xlsx.WorkbookWriter
    ) as StreamWriterClass;
  }
  return writerClass;
}
