/**
 * `jixiao explain <code>`: the explanation the pane's 详情 gives too (src/core/rule-docs-explain.ts) —
 * name, what the rule checks, why it matters, how to fix it, the catalog message, group, default
 * severity and fix safety, cases from the rule's own test table, and the documentation page; unknown
 * codes and --list. The CLI runs need `npm run build:cli`.
 */
import { explain, explainList, findingCodes, resolveCode } from '../../src/cli/explain';
import { RULE_DOCS } from '../../src/core/rule-docs';
import { RULE_FACTS } from '../../src/core/rule-docs-facts';
import { TARGET_RULES } from '../../src/core/target/rules';
import { jixiao } from './run';

jest.setTimeout(60_000);

describe('jixiao explain (the command)', () => {
  test('a code, in Chinese: name, what, why, how, message, group, severity and fix, examples, page', async () => {
    const r = await jixiao(['explain', 'target.double-percent']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      'target.double-percent  百分号重复',
      `  检查什么：${RULE_DOCS.target['double-percent'].what.zh}`,
      `  为什么重要：${RULE_DOCS.target['double-percent'].why.zh}`,
      `  怎样修改：${RULE_DOCS.target['double-percent'].how.zh}`,
      '  报告中的文字：百分号重复',
      '  类别：指标值',
      '  严重程度：错误 · 修正：安全修正，可直接应用',
      '  通过本项检查：≥95%（产出指标／质量指标／合格率）；100%（产出指标／质量指标／合格率）',
      '  本项检查报告：100%%（产出指标／质量指标／合格率） → 修正为 100%；≥95%%（满意度指标／服务对象满意度指标／服务对象满意度） → 修正为 ≥95%；≥95％％（产出指标／质量指标／合格率） → 修正为 ≥95%',
      '  说明页：docs/rules/target.double-percent.md',
    ]);
  });

  test('in English, a name without its group', async () => {
    const r = await jixiao(['explain', 'double-percent', '--lang', 'en']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('target.double-percent  Doubled percent sign');
    expect(lines).toContain('  How to fix: Keep one sign: 100%% → 100%. The fix is safe.');
    expect(lines).toContain('  Severity: error · Fix: safe, may be applied as is');
    expect(lines).toContain('  Documentation: docs/rules/target.double-percent.md');
    expect(lines.find((l) => l.startsWith('  Reported by this check: '))).toContain(
      '100%% (产出指标／质量指标／合格率) → fixed to 100%',
    );
  });

  test('an unknown code: one line, the likely codes, exit 2', async () => {
    const r = await jixiao(['explain', 'percent']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('没有代码为“percent”的检查项');
    expect(r.stderr).toContain('target.double-percent');
  });

  test('--list: every finding code the engine can report', async () => {
    const r = await jixiao(['explain', '--list']);
    expect(r.code).toBe(0);
    const listed = r.stdout
      .trim()
      .split('\n')
      .map((l) => l.split(/\s+/)[0]);
    expect(listed).toEqual(findingCodes());
    for (const rule of TARGET_RULES) expect(listed).toContain(rule.code);
    expect(listed).toContain('file.csv');
    expect(listed).not.toContain('target.over-100-percent.scan-hint');
    expect(explainList('en').length).toBe(listed.length);
  });
});

describe('explain (the lines)', () => {
  test('codes resolve in any case, or by name alone when unambiguous', () => {
    expect(resolveCode('TARGET.EMPTY')).toBe('target.empty');
    expect(resolveCode(' double-percent ')).toBe('target.double-percent');
    expect(resolveCode('unknown-level1')).toBe('hierarchy.unknown-level1');
    expect(resolveCode('nothing-like-it')).toBeNull();
  });

  test('a finding with no next step in its message gets one: 指标值为Excel错误值', () => {
    const lines = explain('target.excel-error', 'zh');
    expect(lines[0]).toBe('target.excel-error  指标值为Excel错误值');
    const how = lines.find((l) => l.startsWith('  怎样修改：')) as string;
    expect(how).toContain('编辑栏');
    expect(how).toContain('#REF!');
    expect(lines).toContain('  严重程度：错误 · 修正：无自动修正');
    expect(lines.find((l) => l.startsWith('  本项检查报告：'))).toContain('#N/A');
  });

  test('a hierarchy code: the rows of its cases, merged cells as ↑, and the column a fix writes', () => {
    const lines = explain('hierarchy.misspelled', 'zh');
    expect(lines).toContain('  严重程度：错误 · 修正：需确认（会改变含义）');
    const reported = lines.find((l) => l.startsWith('  本项检查报告：')) as string;
    expect(reported).toContain('产出指标 | 数量指表 | a / ↑ | ↑ | b → 修正为 二级指标 数量指标');
  });

  test("a completion rule: its table's cases as the self-evaluation's cells, its severity and fix safety", () => {
    expect(RULE_FACTS['completion.weights-sum']?.module).toBe('src/core/completion/rules/weights-sum.ts');
    const lines = explain('completion.weights-sum', 'en');
    expect(lines[0]).toBe('completion.weights-sum  Weights do not add up');
    expect(lines).toContain('  As reported: The weights add up to …; they should add up to …');
    expect(lines).toContain('  Severity: warning · Fix: none');
    const reported = lines.find((l) => l.startsWith('  Reported by this check: ')) as string;
    expect(reported).toContain('指标值 ≥200个 | 实际完成值 210个 | 分值 80');
    expect(reported).not.toMatch(/budget \{|分值=/);
    expect(lines.at(-1)).toBe('  Documentation: docs/rules/completion.weights-sum.md');
  });

  test("a form rule: its severity and fix safety, its table's cases as the telling cells of the form", () => {
    expect(RULE_FACTS['form.missing-field']?.module).toBe('src/core/form/rules/missing-field.ts');
    const lines = explain('form.missing-field', 'zh');
    expect(lines[0]).toBe('form.missing-field  表头项目未填写');
    expect(lines).toContain('  严重程度：警告 · 修正：无自动修正');
    const reported = lines.find((l) => l.startsWith('  本项检查报告：')) as string;
    expect(reported).toContain('项目名称 （空白）');
    expect(reported).not.toContain('left blank');
  });

  test('a code with no rule module: what/why/how and message, no fix line, no examples', () => {
    expect(RULE_FACTS['file.csv']).toBeUndefined();
    const lines = explain('file.csv', 'en');
    expect(lines[0]).toBe('file.csv  Text/CSV file');
    expect(lines.some((l) => l.startsWith('  How to fix: '))).toBe(true);
    expect(lines.some((l) => l.includes('Fix: '))).toBe(false);
    expect(lines.some((l) => l.startsWith('  Passes this check') || l.startsWith('  Reported by this check'))).toBe(
      false,
    );
  });

  test('a file code: the file was not read, an error, and how to get a readable file', () => {
    const lines = explain('file.encrypted', 'zh');
    expect(lines[0]).toBe('file.encrypted  文件设置了打开密码');
    expect(lines).toContain('  严重程度：错误');
    expect(lines.find((l) => l.startsWith('  怎样修改：'))).toContain('用密码进行加密');
  });

  test('every finding code explains itself, with a next step, in both languages', () => {
    for (const code of findingCodes()) {
      expect(explain(code, 'zh').some((l) => l.startsWith('  怎样修改：'))).toBe(true);
      expect(explain(code, 'en').some((l) => l.startsWith('  How to fix: '))).toBe(true);
    }
  });
});
