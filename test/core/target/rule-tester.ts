/**
 * ESLint-RuleTester-style harness for the target rules: each case is a target text and/or a partial
 * context; valid cases must not produce the rule's code, invalid ones must (with the given fix/params).
 */
import { checkTarget } from '../../../src/core/target/check';
import type { TargetCellInput, TargetContext } from '../../../src/core/target/check';
import { TARGET_RULES } from '../../../src/core/target/rules';
import type { Finding, Fix, Severity } from '../../../src/core/types';
import { hasMessage } from '../../../src/core/messages';

export interface RuleCase {
  /** The 指标值 text (a string cell). */
  text?: string;
  /** Overrides of the default context (cell wins over text). */
  ctx?: Partial<TargetContext>;
  /** Split layout shorthand: 指标性质 and 度量单位 texts. */
  nature?: string;
  unit?: string;
}

export interface InvalidCase extends RuleCase {
  /** Expected fix of the finding; null = no fix; undefined = not checked. */
  fix?: Fix | null;
  params?: Record<string, string | number>;
  severity?: Severity;
}

export const BASE_CONTEXT: TargetContext = {
  cell: null,
  level1: '产出指标',
  level2: '数量指标',
  level3: '服务人数',
  year: 2021,
  fundsLimit: 1280000,
};

export const cellOf = (text: string): TargetCellInput => ({ value: text, text });

export function contextOf(c: RuleCase): TargetContext {
  const ctx: TargetContext = { ...BASE_CONTEXT, ...(c.text !== undefined ? { cell: cellOf(c.text) } : {}), ...c.ctx };
  if (c.nature !== undefined) ctx.nature = cellOf(c.nature);
  if (c.unit !== undefined) ctx.unit = cellOf(c.unit);
  if ((c.nature !== undefined || c.unit !== undefined) && ctx.unit === undefined) ctx.unit = null;
  if ((c.nature !== undefined || c.unit !== undefined) && ctx.nature === undefined) ctx.nature = null;
  return ctx;
}

function label(c: RuleCase): string {
  const parts = [JSON.stringify(c.text ?? c.ctx?.cell?.text ?? null)];
  if (c.nature !== undefined) parts.push(`性质=${JSON.stringify(c.nature)}`);
  if (c.unit !== undefined) parts.push(`单位=${JSON.stringify(c.unit)}`);
  if (c.ctx?.level3) parts.push(c.ctx.level3);
  if (c.ctx?.level2) parts.push(c.ctx.level2);
  if (c.ctx?.level1) parts.push(c.ctx.level1);
  return parts.join(' ');
}

export function findingsFor(c: RuleCase): Finding[] {
  return checkTarget(contextOf(c)).findings;
}

export function ruleTester(code: string, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(code, () => {
    it('is a rule module with a catalogued message', () => {
      expect(TARGET_RULES.some((r) => r.code === code)).toBe(true);
      expect(hasMessage(code)).toBe(true);
    });
    if (cases.valid.length > 0) {
      it.each(cases.valid.map((c) => [label(c), c] as const))('valid: %s', (_l, c) => {
        expect(findingsFor(c).map((f) => f.code)).not.toContain(code);
      });
    }
    it.each(cases.invalid.map((c) => [label(c), c] as const))('invalid: %s', (_l, c) => {
      const findings = findingsFor(c);
      const found = findings.find((f) => f.code === code);
      expect(findings.map((f) => f.code)).toContain(code);
      if (!found) return;
      const rule = TARGET_RULES.find((r) => r.code === code);
      expect(found.severity).toBe(c.severity ?? rule?.severity);
      if (c.fix === null) expect(found.fix).toBeUndefined();
      else if (c.fix !== undefined) expect(found.fix).toMatchObject(c.fix); // value/format: fixedCellWrite, tested in patch tests
      if (c.params !== undefined) expect(found.params).toEqual(c.params);
    });
  });
}

/** Common row contexts. */
export const ROWS = {
  quantity: { level1: '产出指标', level2: '数量指标', level3: '培训人数' },
  quality: { level1: '产出指标', level2: '质量指标', level3: '验收质量' },
  rate: { level1: '产出指标', level2: '质量指标', level3: '合格率' },
  time: { level1: '产出指标', level2: '时效指标', level3: '完成时间' },
  cost: { level1: '产出指标', level2: '成本指标', level3: '项目总成本' },
  econCost: { level1: '成本指标', level2: '经济成本指标', level3: '设备购置成本' },
  socialCost: { level1: '成本指标', level2: '社会成本指标', level3: '社会影响' },
  benefit: { level1: '效益指标', level2: '社会效益指标', level3: '群众获得感' },
  satisfaction: { level1: '满意度指标', level2: '服务对象满意度指标', level3: '服务对象满意度' },
  complaints: { level1: '产出指标', level2: '质量指标', level3: '投诉率' },
  rePetition: { level1: '产出指标', level2: '质量指标', level3: '二次上访率' },
} satisfies Record<string, Partial<TargetContext>>;
