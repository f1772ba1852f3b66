/**
 * ESLint-RuleTester-style harness shared by the rule families (target rules: test/core/target/rule-tester.ts,
 * hierarchy rules: test/core/hierarchy/rule-tester.ts). A family says how a case becomes the findings the
 * engine reports (every rule's, through the engine's own entry point), how a case is labelled, and which
 * earlier rule may stop the check before the rule under test runs; the harness does the rest:
 * valid cases must reach the rule and not produce its code; invalid ones must produce it with the stated
 * severity, fix (exactly) and params, the fix's safety as the rule's meta.fixable says, and their whole
 * list of findings is held exactly in the snapshot beside the table.
 */
import { hasMessage } from '../../src/core/messages';
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

/** A finding as reported, placed on a table row where the family has rows. */
export type ReportedFinding = Finding & { row?: number };

export interface RuleFamily<C> {
  rules: readonly RuleUnderTest[];
  findingsFor(c: C): ReportedFinding[];
  label(c: C): string;
  /** The rule that stopped the check before `code` could run, if any (valid cases must reach the rule). */
  stoppedBefore?(code: string, findings: ReportedFinding[]): string | null;
  /** The finding of the rule the case states (default: the first with the code). */
  pick?(c: C, withCode: ReportedFinding[]): ReportedFinding | undefined;
}

/** A finding as the exact-findings mode compares it: every field, the fix's text, safety and cell included. */
export function exact(f: ReportedFinding): ReportedFinding {
  const out: ReportedFinding = { code: f.code, severity: f.severity };
  if (f.row !== undefined) out.row = f.row;
  if (f.params !== undefined) out.params = f.params;
  if (f.fix !== undefined) out.fix = { text: f.fix.text, safety: f.fix.safety, cell: f.fix.cell ?? 'value' };
  return out;
}

export function ruleTesterFor<C>(
  family: RuleFamily<C>,
): (code: string, cases: { valid: C[]; invalid: Array<C & ExpectedFinding> }) => void {
  return (code, cases) => {
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
