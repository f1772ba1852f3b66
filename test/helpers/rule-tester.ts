/**
 * ESLint-RuleTester-style harness shared by the rule families (target rules: test/core/target/rule-tester.ts,
 * hierarchy rules: test/core/hierarchy/rule-tester.ts). A family says how a case becomes the findings the
 * engine reports (every rule's, through the engine's own entry point), how a case is labelled, and which
 * earlier rule may stop the check before the rule under test runs; the harness does the rest:
 * valid cases must reach the rule and not produce its code; invalid ones must produce it with the stated
 * severity, fix (exactly) and params, the fix's safety as the rule's meta.fixable says, and their whole
 * list of findings is held exactly in the snapshot beside the table.
 *
 * Collect mode (collectRuleTables): the same tables, loaded by the rule-docs generator
 * (test/docs/rule-docs.test.ts) with describe/it stubbed, are gathered instead of run — each code's
 * valid and invalid cases as a user would see the cells (the family's `example`, else its label), the
 * fix the case states and the params of the finding the engine reports — for docs/rules/<code>.md and
 * the examples of the pane's 详情 and of `jixiao explain`.
 */
import { hasMessage } from '../../src/core/messages';
import type { RuleExample } from '../../src/core/rule-docs';
import type { IndicatorCells } from '../../src/core/model';
import type { RuleMeta } from '../../src/core/rule-meta';
import type { Finding, Fix, Severity } from '../../src/core/types';

export interface RuleUnderTest {
  meta: RuleMeta;
  code: string;
  severity: Severity;
}

/** What an invalid case states about the rule's finding. */
export interface ExpectedFinding {
  /** Expected fix of the finding, exactly; null or absent = the finding has no fix. */
  fix?: Fix | null;
  params?: Record<string, string | number>;
  severity?: Severity;
}

/**
 * A finding as reported, placed on a table row where the family has rows, and on the cell the engine
 * places it on where the family knows it: an A1 address (form family) or, in the row families, which cell
 * of the indicator row (ROW_CELLS: 'level1' … 'target', 'actual', 'weight' …; 'budget' / 'total' for the
 * completion findings of the budget block and of the whole form).
 */
export type ReportedFinding = Finding & { row?: number; cell?: string | null };

/**
 * An indicator row's cells named by their role instead of their address: the engine's own placement
 * (fixCell, hierarchyCell over these cells) then says which cell of the row a finding lands on.
 */
export const ROW_CELLS: Required<IndicatorCells> = {
  level1: 'level1',
  level2: 'level2',
  level3: 'level3',
  target: 'target',
  nature: 'nature',
  unit: 'unit',
  actual: 'actual',
  weight: 'weight',
  score: 'score',
  reason: 'reason',
};

export interface RuleFamily<C> {
  rules: readonly RuleUnderTest[];
  findingsFor(c: C): ReportedFinding[];
  label(c: C): string;
  /** The rule that stopped the check before `code` could run, if any (valid cases must reach the rule). */
  stoppedBefore?(code: string, findings: ReportedFinding[]): string | null;
  /** The finding of the rule the case states (default: the first with the code). */
  pick?(c: C, withCode: ReportedFinding[]): ReportedFinding | undefined;
  /** The case as the cells would show it, for the rule's documentation (default: its label as one cell). */
  example?(c: C): RuleExample;
}

/** One rule's table as the docs generator sees it. */
export interface CollectedTable {
  code: string;
  /** The test file that holds the table, from the repository root. */
  file: string;
  valid: RuleExample[];
  invalid: RuleExample[];
}

const REGISTRY = Symbol.for('jixiao.rule-tables');
type Registry = { tables: CollectedTable[]; file: string };
const registry = (): Registry | undefined => (globalThis as { [REGISTRY]?: Registry })[REGISTRY];

/** A stand-in for describe/it/test while tables are collected: the files' other tests are not run. */
function inert(): unknown {
  const fn = (): void => undefined;
  return Object.assign(fn, { each: () => fn, skip: fn, only: fn, todo: fn, concurrent: fn, failing: fn });
}

/**
 * Loads each rule table file (absolute paths; `rel` names it from the repository root) with describe, it,
 * test and the hooks stubbed, and returns the tables its ruleTester calls declared, in file order. Each
 * file is loaded in isolation (jest.isolateModules), so a file already loaded is read afresh.
 */
export function collectRuleTables(files: Array<{ abs: string; rel: string }>): CollectedTable[] {
  const g = globalThis as unknown as Record<string | symbol, unknown>;
  const names = ['describe', 'it', 'test', 'beforeAll', 'afterAll', 'beforeEach', 'afterEach'];
  const saved = names.map((n) => g[n]);
  const reg: Registry = { tables: [], file: '' };
  g[REGISTRY] = reg;
  for (const n of names) g[n] = inert();
  try {
    for (const f of files) {
      reg.file = f.rel;
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require(f.abs);
      });
    }
  } finally {
    names.forEach((n, i) => (g[n] = saved[i]));
    delete g[REGISTRY];
  }
  return reg.tables;
}

function collect<C>(
  family: RuleFamily<C>,
  code: string,
  cases: { valid: C[]; invalid: Array<C & ExpectedFinding> },
  file: string,
): CollectedTable {
  const show = (c: C): RuleExample =>
    family.example ? family.example(c) : { rows: [[{ label: null, text: family.label(c) }]] };
  const invalid = cases.invalid.map((c) => {
    const ex = show(c);
    let found: ReportedFinding | undefined;
    try {
      const withCode = family.findingsFor(c).filter((f) => f.code === code);
      found = family.pick ? family.pick(c, withCode) : withCode[0];
    } catch {
      found = undefined; // the table's own test says what went wrong
    }
    const out: RuleExample = { ...ex };
    if (found?.params && Object.keys(found.params).length > 0) out.params = found.params;
    if (c.fix) out.fix = { text: c.fix.text, cell: c.fix.cell ?? 'value' };
    return out;
  });
  const valid = cases.valid.map((c) => {
    const out: RuleExample = { ...show(c) };
    try {
      const others = [...new Set(family.findingsFor(c).map((f) => f.code))].filter((x) => x !== code);
      if (others.length > 0) out.others = others;
    } catch {
      // the table's own test says what went wrong
    }
    return out;
  });
  return { code, file, valid, invalid };
}

/**
 * A finding as the exact-findings mode compares it: every field — its code, severity, row and cell where
 * the family knows them, params — and the fix's text, safety and cell.
 */
export function exact(f: ReportedFinding): ReportedFinding {
  const out: ReportedFinding = { code: f.code, severity: f.severity };
  if (f.row !== undefined) out.row = f.row;
  if (f.cell !== undefined) out.cell = f.cell;
  if (f.params !== undefined) out.params = f.params;
  if (f.fix !== undefined) out.fix = { text: f.fix.text, safety: f.fix.safety, cell: f.fix.cell ?? 'value' };
  return out;
}

export function ruleTesterFor<C>(
  family: RuleFamily<C>,
): (code: string, cases: { valid: C[]; invalid: Array<C & ExpectedFinding> }) => void {
  return (code, cases) => {
    const collecting = registry();
    if (collecting) {
      collecting.tables.push(collect(family, code, cases, collecting.file));
      return;
    }
    describe(code, () => {
      const rule = family.rules.find((r) => r.code === code);
      it('is a rule module with metadata and a catalogued message', () => {
        expect(rule?.meta.code).toBe(code);
        expect(hasMessage(code)).toBe(true);
      });
      if (cases.valid.length > 0) {
        it.each(cases.valid.map((c) => [family.label(c), c] as const))('valid: %s', (_l, c) => {
          const findings = family.findingsFor(c);
          if (family.stoppedBefore) expect(family.stoppedBefore(code, findings)).toBeNull();
          expect(findings.map((f) => f.code)).not.toContain(code);
        });
      }
      it.each(cases.invalid.map((c) => [family.label(c), c] as const))('invalid: %s', (_l, c) => {
        const findings = family.findingsFor(c);
        const withCode = findings.filter((f) => f.code === code);
        const found = family.pick ? family.pick(c, withCode) : withCode[0];
        expect(findings.map((f) => f.code)).toContain(code);
        expect(found).toBeDefined();
        if (!found) return;
        expect(found.severity).toBe(c.severity ?? rule?.severity);
        if (c.fix === null || c.fix === undefined) expect(found.fix).toBeUndefined();
        else expect(found.fix).toMatchObject(c.fix); // value/format: core's fixedCellWrite, tested in test/core/fixed-cell.test.ts
        if (found.fix) expect(found.fix.safety).toBe(rule?.meta.fixable);
        if (c.params !== undefined) expect(found.params).toEqual(c.params);
        expect(findings.map(exact)).toMatchSnapshot();
      });
    });
  };
}
