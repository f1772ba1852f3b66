/**
 * Reading sheets through office-js: grid snapshots for the core.
 *
 *   readSheet    1 sync: values, text, number formats, value types and (1.13) merged areas of the
 *                whole used range in one load.
 * When that one request is refused — more than 512 merged areas (Excel throws, or on some builds
 * answers an empty/null result), or a used range beyond the request caps (5 MB per response on the
 * web, a cell-count cap per get) — the sheet is read again in row bands: the used range's size
 * first, then bands of at most BAND_CELLS cells each in a sync of their own (halved while a band
 * is still refused), then the merged areas
 * by bands of MERGE_BAND_ROWS rows of the used range in one request (if those still fail, the snapshot has no merges and the core
 * infers what it can). A form of up to a few thousand rows stays in the first case.
 */
import type { GridCell, GridSnapshot, RawValue } from '../core/types';
import { MARKS_SHEET } from '../core/marks';
import { SETTINGS_SHEET } from '../core/settings-store';
import { HostError } from '../host/types';
import { parseRange, rangeAddress, type CellRange } from '../core/grid';
import { splitAreas } from './addresses';
import { errorCode, run } from './batch';
import type { ExcelFeatures } from './capabilities';

/** Rows per getMergedAreasOrNullObject call when the whole sheet holds more than Excel returns at once. */
const MERGE_BAND_ROWS = 100;
/** Cells per band (× 4 properties) when a used range is read in bands: well under 5 MB of JSON. */
const BAND_CELLS = 20000;

type Features = Pick<ExcelFeatures, 'mergedAreas' | 'undoGrouping'>;
/** Batches of a live re-check wait while the user types in a cell (see batch.ts). */
type Wait = { wait?: boolean };

export async function listSheets(features: Features): Promise<{ names: string[]; active: string }> {
  return run(features, async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name, items/visibility');
    const active = sheets.getActiveWorksheet();
    active.load('name');
    await context.sync();
    const names = sheets.items
      .filter((s) => s.visibility === 'Visible' && s.name !== MARKS_SHEET && s.name !== SETTINGS_SHEET)
      .map((s) => s.name);
    return { names, active: active.name };
  });
}

function worksheet(context: Excel.RequestContext, name: string | undefined): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  return name === undefined ? sheets.getActiveWorksheet() : sheets.getItem(name);
}

/** Errors that are not about the size of the request: reading again in bands would not help. */
function notAboutSize(e: unknown): boolean {
  const code = errorCode(e);
  return code === 'ItemNotFound' || e instanceof HostError;
}

export async function readSheet(features: Features, name?: string, wait: Wait = {}): Promise<GridSnapshot> {
  let attempt: Awaited<ReturnType<typeof readWhole>>;
  try {
    attempt = await readWhole(features, name, features.mergedAreas, wait);
  } catch (e) {
    if (notAboutSize(e)) throw e;
    // refused: the merged areas (more than 512) or the size. Values alone first, then bands.
    try {
      attempt = await readWhole(features, name, false, wait);
      attempt.suspicious = features.mergedAreas;
    } catch (again) {
      if (notAboutSize(again)) throw again;
      return readSheetInBands(features, name, wait);
    }
  }
  const { snapshot, suspicious, top, rows } = attempt;
  if (!suspicious) return snapshot;
  return { ...snapshot, merges: await readMergesByBands(features, snapshot.sheet, top, rows, wait) };
}

/** The whole used range in one request (and, with `merges`, the sheet's merged areas). */
async function readWhole(features: Features, name: string | undefined, merges: boolean, wait: Wait) {
  return run(
    features,
    async (context) => {
      const ws = worksheet(context, name);
      ws.load('name');
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('values, text, numberFormat, valueTypes, rowIndex, columnIndex');
      let merged: Excel.RangeAreas | null = null;
      if (merges) {
        merged = ws.getRange().getMergedAreasOrNullObject();
        merged.load('address');
      }
      await context.sync();
      const cells = used.isNullObject
        ? []
        : gridCells(used.values, used.text, used.numberFormat, used.valueTypes, used.rowIndex, used.columnIndex);
      const areas = merged && !merged.isNullObject && merged.address ? splitAreas(merged.address) : [];
      const rows = used.isNullObject ? 0 : used.values.length;
      // an empty answer over a long sheet may be Excel's way of refusing more than 512 areas
      const suspicious = merges && areas.length === 0 && rows > MERGE_BAND_ROWS;
      return {
        snapshot: { sheet: ws.name, cells, merges: areas } as GridSnapshot,
        suspicious,
        top: used.isNullObject ? 0 : used.rowIndex,
        rows,
      };
    },
    wait,
  );
}

/** The used range in row bands, each its own request; merged areas by bands after. */
async function readSheetInBands(features: Features, name: string | undefined, wait: Wait): Promise<GridSnapshot> {
  const shape = await run(
    features,
    async (context) => {
      const ws = worksheet(context, name);
      ws.load('name');
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex, columnIndex, rowCount, columnCount');
      await context.sync();
      return used.isNullObject
        ? { sheet: ws.name, rows: 0, cols: 0, top: 0, left: 0 }
        : { sheet: ws.name, rows: used.rowCount, cols: used.columnCount, top: used.rowIndex, left: used.columnIndex };
    },
    wait,
  );
  const cells: GridCell[] = [];
  let bandRows = Math.max(1, Math.floor(BAND_CELLS / Math.max(1, shape.cols)));
  for (let first = 0; first < shape.rows;) {
    const count = Math.min(bandRows, shape.rows - first);
    try {
      // one request per band on purpose: a band is sized to stay under Excel's request caps
      const band = await run(
        features,
        async (context) => {
          const range = context.workbook.worksheets
            .getItem(shape.sheet)
            .getRangeByIndexes(shape.top + first, shape.left, count, shape.cols);
          range.load('values, text, numberFormat, valueTypes');
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per band, bounded by the caps
          await context.sync();
          return gridCells(
            range.values,
            range.text,
            range.numberFormat,
            range.valueTypes,
            shape.top + first,
            shape.left,
          );
        },
        wait,
      );
      for (const c of band) cells.push(c);
      first += count;
    } catch (e) {
      if (notAboutSize(e)) throw e;
      // still over a cap: halve the band and try again, down to one row
      if (count > 1) bandRows = Math.max(1, Math.floor(count / 2));
      else
        throw new HostError(
          'too-large',
          `the sheet is too large to read (${shape.rows} × ${shape.cols} cells)`,
          shape.sheet,
        );
    }
  }
  const merges = features.mergedAreas
    ? await readMergesByBands(features, shape.sheet, shape.top, shape.rows, wait)
    : [];
  return { sheet: shape.sheet, cells, merges };
}

/**
 * The merged areas of a sheet by bands of MERGE_BAND_ROWS whole rows of its used range, in one
 * request. Bands share their boundary row, so an area clipped by two bands is stitched whole again.
 */
async function readMergesByBands(
  features: Features,
  sheet: string,
  top: number,
  rows: number,
  wait: Wait,
): Promise<string[]> {
  if (rows === 0) return [];
  try {
    return await run(
      features,
      async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        const last = top + rows;
        const bands: Excel.RangeAreas[] = [];
        for (let first = top + 1; first <= last; first += MERGE_BAND_ROWS) {
          const m = ws.getRange(`${first}:${Math.min(first + MERGE_BAND_ROWS, last)}`).getMergedAreasOrNullObject();
          m.load('address');
          bands.push(m);
        }
        await context.sync();
        return stitchBands(bands.map((m) => (!m.isNullObject && m.address ? splitAreas(m.address) : [])));
      },
      wait,
    );
  } catch (e) {
    if (e instanceof HostError) throw e;
    return []; // still too many merged areas in a band: the core infers what it can
  }
}

function gridCells(
  values: unknown[][],
  text: unknown[][],
  numberFormat: unknown[][],
  valueTypes: unknown[][],
  rowIndex: number,
  columnIndex: number,
): GridCell[] {
  const cells: GridCell[] = [];
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      const type = String(valueTypes[r][c]);
      const shown = String(text[r][c] ?? '');
      if (type === 'Empty' && shown === '') continue;
      const cell: GridCell = {
        row: rowIndex + r + 1,
        col: columnIndex + c + 1,
        value: rawValue(values[r][c], type, shown),
        text: shown,
      };
      const format = numberFormat[r][c];
      if (typeof format === 'string' && format !== '') cell.format = format;
      cells.push(cell);
    }
  }
  return cells;
}

/**
 * Merged areas read by overlapping row bands, made whole again. Bands share their boundary row, so
 * an area Excel reports clipped to each band comes back as pieces that overlap on that row, and
 * merged areas never overlap one another: overlapping pieces with the same columns are one area.
 * An area reported whole by two bands is kept once.
 */
export function stitchBands(bands: string[][]): string[] {
  const rects = [...new Set(bands.flat())].map((a) => parseRange(a));
  rects.sort((x, y) => x.left - y.left || x.right - y.right || x.top - y.top);
  const out: CellRange[] = [];
  for (const r of rects) {
    const prev = out[out.length - 1];
    if (prev && prev.left === r.left && prev.right === r.right && r.top <= prev.bottom)
      prev.bottom = Math.max(prev.bottom, r.bottom);
    else out.push({ ...r });
  }
  return out.map((r) => rangeAddress(r));
}

/** The raw value the core expects from office-js's value and value type. */
function rawValue(value: unknown, type: string, text: string): RawValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: typeof value === 'string' && value ? value : text };
    case 'Boolean':
      return Boolean(value);
    case 'Integer':
    case 'Double':
      return typeof value === 'number' ? value : Number(value);
    case 'String':
      return String(value ?? '');
    default:
      // RichValue / Unknown: what Excel shows
      return typeof value === 'number' || typeof value === 'boolean' ? value : text;
  }
}
