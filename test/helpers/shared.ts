/**
 * Locations of the shared material that sits beside the repository (../shared).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SHARED_DIR = path.resolve(__dirname, '../../../shared');
export const FIXTURES_DIR = path.join(SHARED_DIR, 'fixtures');

export interface ExpectedForm {
  sheet: string;
  projectName: string;
  totalFunds: number;
  category?: string;
  department?: string;
  implementingUnit?: string;
  startDate?: string;
  endDate?: string;
  titleCell?: string;
  projectNameCell?: string;
  totalFundsCell?: string;
  layout: string;
  headerRow: number;
  indicatorCount: number;
  executedFunds?: number;
}

export interface ExpectedIndicator {
  sheet: string;
  cell: string;
  row: number;
  level1: string;
  level2: string;
  level3: string;
  target: string;
  verdict: 'ok' | 'error' | 'either';
  actual: string | null;
  actualCell?: string;
  completion: string | null;
  weight?: number;
  note?: string;
}

export interface Expected {
  file: string;
  forms: ExpectedForm[];
  indicators: ExpectedIndicator[];
  hierarchyErrors: { sheet: string; row: number; why: string }[];
  mergedRanges: { sheet: string; range: string }[];
  counts: {
    forms: number;
    indicators: number;
    hierarchyErrors: number;
    completion: Record<string, number>;
    verdicts: Record<string, number>;
  };
}

/** Every fixture workbook with its expected answers. */
export function loadFixtures(): { name: string; xlsx: string; expected: Expected }[] {
  return fs
    .readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.expected\.json$/, '');
      return {
        name,
        xlsx: path.join(FIXTURES_DIR, `${name}.xlsx`),
        expected: JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, f), 'utf8')) as Expected,
      };
    });
}
