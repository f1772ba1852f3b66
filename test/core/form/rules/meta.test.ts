/**
 * Every form rule module is a rule with metadata, as the target and hierarchy rules are
 * (test/core/hierarchy/rules/meta.test.ts): one exported rule per module, named after the file and listed
 * once in FORM_RULES, its meta agreeing with the rule, a message in the catalog for its code in both
 * languages, a docs page and a table test of its own; and every form.* / file.* code the engine raises
 * (written in src/core) is one of them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FORM_RULES, formRulesOf, type FormRule } from '../../../../src/core/form/rules';
import { allMessageCodes, hasMessage, messageOf } from '../../../../src/core/messages';
import { ROOT, ruleFolder } from '../../../helpers/rule-modules';

const { modules, rulesOf } = ruleFolder<FormRule>('form');

/** form.* codes of the catalog that are not the engine's: the workbook reader's (src/workbook/read.ts). */
const NOT_THE_ENGINES = ['form.sheet-oversized', 'form.hidden-sheet', 'form.saved-settings'];

function coreFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'messages' ? [] : coreFiles(full);
    return e.name.endsWith('.ts') && e.name !== 'messages.ts' ? [full] : [];
  });
}

describe('form rule modules', () => {
  it.each(modules)('%s exports exactly one rule, listed in FORM_RULES, named after the file', (file) => {
    const rules = rulesOf(file);
    expect(rules).toHaveLength(1);
    expect(FORM_RULES).toContain(rules[0]);
    expect([`form.${file.replace(/\.ts$/, '')}`, `file.${file.replace(/\.ts$/, '')}`]).toContain(rules[0].meta.code);
  });

  it('FORM_RULES holds every module once', () => {
    expect(FORM_RULES).toHaveLength(modules.length);
    expect(new Set(FORM_RULES.map((r) => r.code)).size).toBe(modules.length);
  });

  it('every form.* code of the catalog the engine can raise is a rule', () => {
    const catalogued = allMessageCodes()
      .filter((c) => c.startsWith('form.') && !NOT_THE_ENGINES.includes(c))
      .sort();
    expect(
      FORM_RULES.map((r) => r.code)
        .filter((c) => c.startsWith('form.'))
        .sort(),
    ).toEqual(catalogued);
  });

  it('every form.* and file.* code written in src/core is a rule', () => {
    const codes = new Set(FORM_RULES.map((r) => r.code));
    const written = coreFiles(path.join(ROOT, 'src/core')).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/['"`]((?:form|file)\.[a-z0-9-]+)['"`]/g)].map((m) => m[1]),
    );
    expect(written.length).toBeGreaterThan(0);
    expect([...new Set(written)].filter((c) => !codes.has(c))).toEqual([]);
  });

  it('runs phase by phase: reader, header, tables, coverage, then the workbook', () => {
    const order = ['reader', 'header', 'tables', 'coverage', 'workbook'];
    const phases = FORM_RULES.map((r) => order.indexOf(r.phase));
    expect(phases).not.toContain(-1);
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
    expect(formRulesOf('coverage').map((r) => r.code)).toEqual([
      'form.no-output-indicator',
      'form.no-benefit-indicator',
      'form.no-satisfaction-indicator',
    ]);
  });

  describe.each(FORM_RULES.map((r) => [r.code, r] as const))('%s', (code, rule) => {
    it('meta agrees with the rule', () => {
      expect(Object.keys(rule.meta).sort()).toEqual(['code', 'description', 'docs', 'fixable', 'severity']);
      expect(rule.meta.code).toBe(code);
      expect(rule.meta.severity).toBe(rule.severity);
      expect([null, 'safe', 'confirm']).toContain(rule.meta.fixable);
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(rule.meta.description).not.toMatch(/\.$/);
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

    it('has its table test', () => {
      const file = path.join(ROOT, 'test/core/form/rules', `${code.replace(/^(form|file)\./, '')}.test.ts`);
      expect(fs.readFileSync(file, 'utf8')).toContain(`ruleTester('${code}'`);
    });
  });
});
