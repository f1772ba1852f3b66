/**
 * ESLint-RuleTester-style harness for the target rules: each case is a target text and/or a partial
 * context; valid cases must reach the rule and not produce its code, invalid ones must produce it with
 * the stated fix, and their whole list of findings is held exactly (see ruleTester).
 */
import { checkTarget } from '../../../src/core/target/check';
import type { TargetCellInput, TargetContext } from '../../../src/core/target/check';
import { TARGET_RULES } from '../../../src/core/target/rules';
import type { ExampleCell, RuleExample } from '../../../src/core/rule-docs';
import { fixCell } from '../../../src/core/form/cells';
import { type ExpectedFinding, type ReportedFinding, ROW_CELLS, ruleTesterFor } from '../../helpers/rule-tester';

export interface RuleCase {
  /** The 指标值 text (a string cell). */
  text?: string;
  /** Overrides of the default context (cell wins over text). */
  ctx?: Partial<TargetContext>;
  /** Split layout shorthand: 指标性质 and 度量单位 texts. */
  nature?: string;
  unit?: string;
}

/** fix: expected fix of the finding, exactly; null or absent = the finding has no fix. */
export interface InvalidCase extends RuleCase, ExpectedFinding {}

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

/** The cell as Excel shows it: an error value by its code, else its text. */
function shown(cell: TargetCellInput | null | undefined): string {
  if (!cell) return '';
  const v = cell.value;
  if (v !== null && typeof v === 'object' && 'error' in v) return String(v.error);
  return cell.text;
}

/**
 * The case for the rule's documentation: the 指标值 cell (with 指标性质 and 度量单位 in the split layout, and
 * the 指标值说明 when the case gives one), the indicator when the case sets it, and the funds on cost rows.
 */
function example(c: RuleCase): RuleExample {
  const ctx = contextOf(c);
  const split = c.nature !== undefined || c.unit !== undefined;
  const cells: ExampleCell[] = split
    ? [
        { label: '指标性质', text: shown(ctx.nature) },
        { label: '指标值', text: shown(ctx.cell) },
        { label: '度量单位', text: shown(ctx.unit) },
      ]
    : [{ label: null, text: shown(ctx.cell) }];
  if (c.ctx && 'note' in c.ctx) cells.push({ label: '指标值说明', text: c.ctx.note ?? '' });
  const parts: string[] = [];
  if (c.ctx && ('level1' in c.ctx || 'level2' in c.ctx || 'level3' in c.ctx)) {
    parts.push([ctx.level1, ctx.level2, ctx.level3].filter((x) => x).join('／'));
  }
  const cost = /成本/.test(`${ctx.level1 ?? ''}${ctx.level2 ?? ''}`);
  if (cost || (c.ctx && 'fundsLimit' in c.ctx))
    parts.push(ctx.fundsLimit === null ? '资金未填' : `资金${ctx.fundsLimit}元`);
  if (c.ctx?.options?.lowSatisfactionPercent !== undefined)
    parts.push(`满意度下限${c.ctx.options.lowSatisfactionPercent}%`);
  const out: RuleExample = { rows: [cells] };
  if (parts.length > 0) out.where = parts.join('；');
  return out;
}

/** The target check's findings, each on the cell of the row the engine places it on (analyze.ts). */
export function findingsFor(c: RuleCase): ReportedFinding[] {
  return checkTarget(contextOf(c)).findings.map((f) => ({
    ...f,
    cell: fixCell(f.fix?.cell, ROW_CELLS) ?? ROW_CELLS.target,
  }));
}

const RULE_INDEX = new Map(TARGET_RULES.map((r, i) => [r.code, i] as const));

/**
 * The rule that stopped the check before `code` could run, if any: a gate or pre-parse rule earlier in
 * the check order that found something (a valid case must reach the rule it is meant to test).
 */
export function stoppedBefore(code: string, findings: ReportedFinding[]): string | null {
  const at = RULE_INDEX.get(code) ?? -1;
  for (const f of findings) {
    const i = RULE_INDEX.get(f.code);
    if (i === undefined || i >= at) continue;
    const phase = TARGET_RULES[i].phase;
    if (phase === 'gate' || phase === 'pre-parse') return f.code;
  }
  return null;
}

/**
 * Valid cases: the check reaches the rule (no earlier gate stopped it) and the rule finds nothing.
 * Invalid cases: the rule's finding with its severity, its fix exactly (a fix the case does not state is
 * a failure: every fixed text is written in the table) and its safety as the rule's meta.fixable says;
 * and the whole list of findings for the case, every rule's, exactly as recorded in the snapshot beside
 * the table (a change in any finding of any case shows up there, to be reviewed). The harness is the
 * shared one of test/helpers/rule-tester.ts.
 */
export const ruleTester: (code: string, cases: { valid: RuleCase[]; invalid: InvalidCase[] }) => void =
  ruleTesterFor<RuleCase>({
    rules: TARGET_RULES,
    findingsFor,
    label,
    stoppedBefore,
    example,
  });

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
