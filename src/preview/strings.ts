/** The preview layout's own words (the pane's come from the message catalog). */
import type { Lang } from '../core/types';

const STRINGS = {
  title: { zh: '绩效目标表助手 · 浏览器预览', en: 'Performance Target Form Assistant · browser preview' },
  open: { zh: '打开 .xlsx 文件', en: 'Open an .xlsx file' },
  samples: { zh: '示例：', en: 'Samples:' },
  sampleDeclaration: { zh: '申报表', en: 'declaration' },
  sampleSelfEvaluation: { zh: '自评表', en: 'self-evaluation' },
  downloadChecked: { zh: '下载已检查的工作簿', en: 'Download the checked workbook' },
  downloadFixed: { zh: '下载修正后的副本', en: 'Download a fixed copy' },
  dropHere: { zh: '松开鼠标以打开此文件', en: 'Drop to open this file' },
  dropHint: { zh: '也可把 .xlsx 文件拖到表格上打开', en: 'or drop an .xlsx file on the sheet' },
  loading: { zh: '正在打开…', en: 'Opening…' },
  sheetTabs: { zh: '工作表', en: 'Sheets' },
  sheetGrid: { zh: '工作表“{sheet}”', en: 'Sheet “{sheet}”' },
  sheetArea: { zh: '工作表预览', en: 'Sheet preview' },
  paneArea: { zh: '任务窗格', en: 'Task pane' },
  truncated: {
    zh: '此表有 {rows} 行 × {cols} 列，预览只显示前 {shownRows} 行、{shownCols} 列；检查覆盖整张表。',
    en: 'This sheet has {rows} rows × {cols} columns; the preview shows the first {shownRows} rows and {shownCols} columns. The check covers the whole sheet.',
  },
  editHint: { zh: '双击单元格可编辑', en: 'Double-click a cell to edit it' },
  editLabel: { zh: '编辑 {cell}', en: 'Edit {cell}' },
  fixedNone: {
    zh: '没有可自动修正的内容，副本与原表相同。',
    en: 'Nothing to fix automatically; the copy equals the original.',
  },
  fixedSome: { zh: '已在副本中应用 {n} 处安全修正。', en: '{n} safe fixes applied in the copy.' },
  offline: {
    zh: '离线预览：文件只在本浏览器中处理，不会上传。',
    en: 'Offline preview: files are processed in this browser only and never uploaded.',
  },
} as const;

/** File names: the shipped samples, and the suffixes of the downloaded copies (Chinese whatever the language). */
export const FILE_NAMES = {
  samples: { declaration: '示例-绩效目标申报表.xlsx', 'self-evaluation': '示例-绩效自评表.xlsx' },
  checkedSuffix: '-已检查.xlsx',
  fixedSuffix: '-已修正.xlsx',
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}
