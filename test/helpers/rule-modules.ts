/**
 * The rule modules of one rule folder (src/core/<family>/rules), for the families' metadata tests:
 * every .ts file but index.ts and types.ts, and the rules each module exports; and the checks every
 * rule of every family passes (describeRuleMeta).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hasMessage, messageOf } from '../../src/core/messages';

export const ROOT = path.resolve(__dirname, '../..');

export interface RuleFolder<R> {
  dir: string;
  modules: string[];
  rulesOf(file: string): R[];
}

export function ruleFolder<R>(family: string): RuleFolder<R> {
  const dir = path.join(ROOT, 'src/core', family, 'rules');
  const modules = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts')
    .sort();
  const rulesOf = (file: string): R[] => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports = require(path.join(dir, file)) as Record<string, unknown>;
    return Object.values(exports).filter(
      (v): v is R => typeof v === 'object' && v !== null && 'check' in v && 'phase' in v,
    );
  };
  return { dir, modules, rulesOf };
}

/** The metadata a rule carries, as the per-rule checks below read it. */
export interface RuleWithMeta {
  code: string;
  severity: string;
  meta: { code: string; severity: string; description: string; fixable: string | null; docs: string };
}

/**
 * The checks every rule of a family passes, one describe per rule: its meta agrees with the rule (code,
 * default severity, a fixable kind, a short description), its message is in the catalog in both
 * languages, its docs page is titled with its code, and — where the family has one file per rule — its
 * table test is there. `more` adds the family's own checks for a rule.
 */
export function describeRuleMeta<R extends RuleWithMeta>(
  rules: readonly R[],
  options: { tableTest?: (code: string) => string; more?: (rule: R) => void } = {},
): void {
  describe.each(rules.map((r) => [r.code, r] as const))('%s', (code, rule) => {
    it('meta agrees with the rule', () => {
      expect(Object.keys(rule.meta).sort()).toEqual(['code', 'description', 'docs', 'fixable', 'severity']);
      expect(rule.meta.code).toBe(code);
      expect(rule.meta.severity).toBe(rule.severity);
      expect([null, 'safe', 'confirm']).toContain(rule.meta.fixable);
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(rule.meta.description).not.toMatch(/\.$/);
      // a developer's one-liner in English: no Chinese (the catalog message says it to the user), one line
      expect(rule.meta.description).not.toMatch(/\p{Script=Han}/u);
      expect(rule.meta.description).not.toMatch(/\n/);
      expect(rule.meta.description.length).toBeLessThanOrEqual(140);
    });

    it('has a message in both languages', () => {
      expect(hasMessage(code)).toBe(true);
      expect(messageOf(code, 'zh')).not.toBe(code);
      expect(messageOf(code, 'en')).not.toBe(code);
    });

    it('has its docs page, titled with its code', () => {
      expect(rule.meta.docs).toBe(`docs/rules/${code}.md`);
      const page = fs.readFileSync(path.join(ROOT, rule.meta.docs), 'utf8');
      expect(page.split('\n')[0]).toBe(`# ${code}`);
      expect(page).toContain(`| severity | ${rule.meta.severity} |`);
    });

    const tableTest = options.tableTest;
    if (tableTest) {
      it('has its table test', () => {
        expect(fs.readFileSync(path.join(ROOT, tableTest(code)), 'utf8')).toContain(`ruleTester('${code}'`);
      });
    }

    options.more?.(rule);
  });
}

/**
 * The checks of a family's rule folder: every module exports exactly one rule, named after the file
 * (`<family>.<file>`) and listed in the family's list (`listName`, e.g. TARGET_RULES), which holds every
 * module once.
 */
export function describeRuleModules<R extends RuleWithMeta>(
  family: string,
  rules: readonly R[],
  listName: string,
): void {
  const { modules, rulesOf } = ruleFolder<R>(family);
  it.each(modules)(`%s exports exactly one rule, listed in ${listName}, named after the file`, (file) => {
    const exported = rulesOf(file);
    expect(exported).toHaveLength(1);
    expect(rules).toContain(exported[0]);
    expect(exported[0].meta.code).toBe(`${family}.${file.replace(/\.ts$/, '')}`);
  });

  it(`${listName} holds every module once`, () => {
    expect(rules).toHaveLength(modules.length);
    expect(new Set(rules.map((r) => r.code)).size).toBe(modules.length);
  });
}
