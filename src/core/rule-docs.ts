/**
 * What every finding code means, for a budget officer: what it checks, why it matters and how to fix it
 * (a concrete next step for every code), in Chinese and English. One entry per finding code of the
 * message catalog (target.*, hierarchy.*, completion.*, form.*, file.*; test/docs/rule-docs.test.ts fails
 * when one is missing). The pane's 详情, `jixiao explain <code>` and docs/rules/<code>.md are all built
 * from these entries (src/core/rule-docs-explain.ts; the pages by `npm run docs:rules`), with the
 * severity, fix safety and examples taken from the rule module and its test table
 * (src/core/rule-docs-facts.ts, generated).
 */
import type { MessageCode } from './messages';
import type { FixTarget } from './types';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface RuleDoc {
  /** A short name of the finding (the page's and the 详情's title). */
  name: Bilingual;
  /** What the rule looks at and when it reports. */
  what: Bilingual;
  /** Why it matters to the form (who rejects it, what goes wrong). */
  why: Bilingual;
  /** The next step: what to write, where. */
  how: Bilingual;
}

/** The groups of codes a report can hold (issues and file errors). */
export const FINDING_GROUPS = ['target', 'hierarchy', 'completion', 'form', 'file'] as const;
export type FindingGroup = (typeof FINDING_GROUPS)[number];

/** A finding code of the catalog: `<group>.<name>`, without sub-entries such as `….scan-hint`. */
export type FindingCode = MessageCode extends infer C
  ? C extends `${FindingGroup}.${infer N}`
    ? N extends `${string}.${string}`
      ? never
      : C
    : never
  : never;

/** The name part of the finding codes of one group: `NameOf<'file'>` = 'not-found' | 'empty' | …. */
export type NameOf<G extends FindingGroup> = FindingCode extends infer C
  ? C extends `${G}.${infer N}`
    ? N
    : never
  : never;

/**
 * The catalog's shape: entries by group, then by name (the code is `<group>.<name>`). Written this way, no
 * finding code appears as a literal here: scans of src/core for the codes the engine raises (e.g. the form
 * rules' meta test) see only the engine's own.
 */
type DocsByGroup = { [G in FindingGroup]: { [N in NameOf<G>]?: RuleDoc } };

/** One cell of an example as Excel shows it; `label` is its column (指标性质…) when the case is not the value cell alone. */
export interface ExampleCell {
  label: string | null;
  text: string;
  /** A blank cell inside a merge: it shows the text of the merge above. */
  merged?: boolean;
}

/** A case of a rule's test table, as the cells would show it. */
export interface RuleExample {
  /** The cells, row by row. */
  rows: ExampleCell[][];
  /** The indicator the row is under (一级／二级／三级), when the case depends on it. */
  where?: string;
  /** The fix the table states: the text written and the cell it goes to. */
  fix?: { text: string; cell: FixTarget };
  /** The params of the finding the engine reports, to render its message. */
  params?: Record<string, string | number>;
  /** A case that passes this rule: the codes other rules report for it (it passes this check, not every check). */
  others?: string[];
}

const d = (name: [string, string], what: [string, string], why: [string, string], how: [string, string]): RuleDoc => ({
  name: { zh: name[0], en: name[1] },
  what: { zh: what[0], en: what[1] },
  why: { zh: why[0], en: why[1] },
  how: { zh: how[0], en: how[1] },
});

export const RULE_DOCS = {
  // ---- target values (指标值) ----
  target: {
    empty: d(
      ['指标值为空', 'Empty target value'],
      [
        '三级指标已填写，但指标值单元格为空（或只有空格、标点）。分列表式中，指标性质为“不适用”时不算。',
        'The level-3 indicator is named but its target cell is empty (or holds only spaces or punctuation). In the split layout a 不适用 指标性质 is exempt.',
      ],
      [
        '每个三级指标都要有目标值，申报系统把指标值列为必填项，空着的行无法提交，也无法在年终自评中打分。',
        'Every indicator needs a target: budget systems require the value, a blank row cannot be submitted and cannot be scored in the self-evaluation.',
      ],
      [
        '在指标值单元格写上“符号+数值+单位”，如“≥95%”“≥200人次”；定性指标写“提升”“及时”等；确实不适用就写“不适用”。',
        'Write "sign + number + unit" in the value cell, e.g. ≥95% or ≥200人次; a qualitative indicator takes words such as 提升 or 及时; if it truly does not apply, write 不适用.',
      ],
    ),
    'excel-error': d(
      ['指标值为Excel错误值', 'Excel error in the target'],
      [
        '指标值单元格是 Excel 错误值（#N/A、#REF!、#DIV/0! 等），或者正好写成了这样的错误代码。',
        'The target cell holds an Excel error value (#N/A, #REF!, #DIV/0! …) or text that is exactly such an error code.',
      ],
      [
        '错误值通常来自公式引用了被删除或移动的单元格、除以零或查不到数据。报送后只会显示错误代码，审核人看不到真正的目标值。',
        'An error value usually comes from a formula whose source was deleted or moved, a division by zero or a failed lookup. The submitted form shows only the error code, never the target.',
      ],
      [
        '选中该单元格，看编辑栏里的公式：修正公式引用的单元格（#REF! 多为引用被删除，#N/A 多为查找不到），或删除公式，直接键入目标值，如“≥95%”。',
        'Select the cell and look at the formula bar: repair the reference the formula uses (#REF! usually means a deleted cell, #N/A a failed lookup), or delete the formula and type the target itself, e.g. ≥95%.',
      ],
    ),
    placeholder: d(
      ['指标值为占位内容', 'Placeholder instead of a target'],
      [
        '整个指标值是占位内容：待定、待补充、暂无、无、略、同上、见附件、/、-、XX、*、N/A 等。',
        'The whole target is a placeholder: 待定, 待补充, 暂无, 无, 略, 同上, 见附件, /, -, XX, *, N/A and the like.',
      ],
      [
        '占位内容不是目标，无法据以评价完成情况；预算系统会以“不符合规范，请重新填写”退回含 *、-、/ 的指标值。',
        'A placeholder is not a target and nothing can be measured against it; budget systems reject values with *, - or / as 不符合规范，请重新填写.',
      ],
      [
        '填写真实的目标值（如“≥95%”“≤30个工作日”）；若该指标本年度确实不适用，写“不适用”；若内容在附件中，把其中的目标值抄到单元格里。',
        'Enter the real target (e.g. ≥95% or ≤30个工作日); if the indicator truly does not apply this year, write 不适用; if the target is in an attachment, copy it into the cell.',
      ],
    ),
    'not-applicable': d(
      ['不适用的指标', 'Not applicable'],
      [
        '指标值或指标性质写的是“不适用”：这一行不参与评分。',
        'The target or the 指标性质 says 不适用: the row is not applicable and is not scored.',
      ],
      [
        '只是提示：不适用的行在自评时不打分，也不分配分值。请确认这是有意为之，而不是还没有填写。',
        'A note only: a not-applicable row gets no weight and no score in the self-evaluation. Make sure it is intended and not simply unfilled.',
      ],
      [
        '如果本年度确实不适用，无需修改；否则把“不适用”换成目标值，如“≥90%”。',
        'If the indicator truly does not apply this year, leave it; otherwise replace 不适用 with a target such as ≥90%.',
      ],
    ),
    vague: d(
      ['指标值含模糊表述', 'Vague target'],
      [
        '数值前有“约、大约、大概、近”，数值后有“左右、上下、余、多”，含“≈”，或整个指标值是“若干、一些、适量、大量、较多”。',
        'The number is hedged: 约, 大约, 大概 or 近 before it, 左右, 上下, 余 or 多 after it, a ≈, or the whole target is 若干, 一些, 适量, 大量 or 较多.',
      ],
      [
        '“约1200人次”无法判定是否完成：实际1150算不算达到？绩效目标必须可衡量，审核会要求改成明确的数值。',
        'With 约1200人次 nobody can tell whether 1150 meets it; a performance target must be measurable, and reviewers send vague ones back.',
      ],
      [
        '去掉模糊用词，写成明确的下限或区间：“约1200人次”改为“≥1200人次”，“300余人”改为“≥300人”，“若干”改为具体数量。',
        'Drop the hedge and write a definite bound or range: 约1200人次 → ≥1200人次, 300余人 → ≥300人, 若干 → a number.',
      ],
    ),
    'missing-number': d(
      ['指标值缺少数值', 'No number in the target'],
      [
        '有比较符号或单位，却没有数值（如“≥”“≥XX场”“≥**%”），数值的位置是 XX、*、_ 之类的占位符号。',
        'There is a sign or a unit but no number (≥, ≥XX场, ≥**%): the number is a filler such as XX, * or _.',
      ],
      [
        '缺了数值，目标就无法衡量；含 *、_ 的指标值会被预算系统拒收。',
        'Without the number the target cannot be measured, and budget systems reject values containing * or _.',
      ],
      [
        '把占位符号换成实际数值，如“≥XX场”改为“≥12场”。',
        'Replace the filler with the actual number, e.g. ≥XX场 → ≥12场.',
      ],
    ),
    'reversed-operator': d(
      ['比较符号书写错误', 'Reversed comparison sign'],
      ['比较符号写成了“=>”或“=<”。', 'The comparison is written => or =<.'],
      [
        '“=>”“=<”不是规范符号，系统和读表的人都可能误读；规范写法是“≥”“≤”。',
        '=> and =< are not standard signs and may be misread by systems and readers; the standard signs are ≥ and ≤.',
      ],
      [
        '改为“≥”或“≤”：“=>150件”改为“≥150件”。这是安全修正，可以直接应用。',
        'Write ≥ or ≤: =>150件 becomes ≥150件. The fix is safe and may be applied as is.',
      ],
    ),
    'double-percent': d(
      ['百分号重复', 'Doubled percent sign'],
      ['指标值或度量单位里有两个百分号（%%）。', 'The target or the unit has two percent signs (%%).'],
      [
        '“100%%”是笔误，系统无法把它读成百分比，评分时可能出错。',
        '100%% is a typo: systems cannot read it as a percentage, and scoring may go wrong.',
      ],
      ['保留一个百分号：“100%%”改为“100%”。这是安全修正。', 'Keep one sign: 100%% → 100%. The fix is safe.'],
    ),
    'chinese-numeral': d(
      ['数值用了汉字数字', 'Number in Chinese numerals'],
      [
        '数值用汉字书写，如“二十九万”“≥八十五%”“百分之九十五”“三十场”；“一网通办”“万无一失”这类词语不算。',
        'A number is written in Chinese numerals: 二十九万, ≥八十五%, 百分之九十五, 三十场; words such as 一网通办 or 万无一失 are not numbers.',
      ],
      [
        '系统和评分公式只认阿拉伯数字，汉字数字无法比较大小，也无法计算完成比例。',
        'Systems and scoring formulas read Arabic digits only: a number in Chinese numerals cannot be compared or scored.',
      ],
      [
        '改用阿拉伯数字：“二十九万”改为“29万”，“百分之九十五”改为“95%”。这是安全修正。',
        'Write Arabic digits: 二十九万 → 29万, 百分之九十五 → 95%. The fix is safe.',
      ],
    ),
    'word-operator': d(
      ['比较符号写成了文字', 'Comparison written in words'],
      [
        '比较关系用文字表达：“不低于95%”“95%以上”“3个工作日内”“不超过”等。',
        'The comparison is in words: 不低于95%, 95%以上, 3个工作日内, 不超过 and the like.',
      ],
      [
        '规范写法是“符号+数值+单位”，便于系统读取和评分；“以上、以下、以内”含本数，“超过、不满”不含，写成符号后含义一目了然。',
        'The standard form is "sign + number + unit", which systems read and score; 以上/以下/以内 include the number and 超过/不满 exclude it, which a sign makes plain.',
      ],
      [
        '改成符号：“不低于95%”“95%以上”改为“≥95%”，“3个工作日内”改为“≤3个工作日”。分列表式中符号写进指标性质。这是安全修正。',
        'Write the sign: 不低于95% and 95%以上 → ≥95%, 3个工作日内 → ≤3个工作日. In the split layout the sign goes into 指标性质. The fix is safe.',
      ],
    ),
    'unknown-operator': d(
      ['无法识别的指标性质', 'Unknown 指标性质'],
      [
        '分列表式中，指标性质既不是比较符号（≥、≤、=、>、<），也不是“定性”“定量（其他）”“不适用”。',
        'In the split layout the 指标性质 is neither a sign (≥, ≤, =, >, <) nor 定性, 定量（其他） or 不适用.',
      ],
      [
        '指标性质决定了目标值怎样比较和评分；系统读不懂的性质会让这一行无法评价。',
        'The 指标性质 says how the target is compared and scored; one the system cannot read leaves the row unscorable.',
      ],
      [
        '从下拉选项中选择，或改写为“≥”“≤”“=”“定性”“定量（其他）”“不适用”之一，如“正”改为“≥”。',
        'Pick from the list, or write one of ≥, ≤, =, 定性, 定量（其他） or 不适用; e.g. 正 → ≥.',
      ],
    ),
    'text-in-value': d(
      ['指标值应为数值', 'Text where a number belongs'],
      [
        '分列表式中，指标性质是比较符号（如“≥”），指标值却是文字（如“完成”）。',
        'In the split layout the 指标性质 is a sign (such as ≥) but the value is text (such as 完成).',
      ],
      [
        '符号要求一个可比较的数值：“≥完成”无法衡量，评分时会失败。',
        'A sign needs a number to compare with: ≥ 完成 cannot be measured and fails scoring.',
      ],
      [
        '在指标值中填写数值（单位写在度量单位列），如“100”配“%”；若本来就是文字目标，把指标性质改为“定性”。',
        'Enter a number in the value (its unit in the 度量单位 column), e.g. 100 with %; if the target really is words, set the 指标性质 to 定性.',
      ],
    ),
    unparseable: d(
      ['指标值格式无法识别', 'Unreadable target'],
      [
        '指标值含数字，但不符合任何目标写法（如“≥≥95%”“95%-”“1,5”），也不是一段说明文字。',
        'The target has a digit but matches no target notation (≥≥95%, 95%-, 1,5) and is not descriptive text.',
      ],
      [
        '读不懂的目标无法比较实际完成值，自评时这一行无法计分。',
        'A target that cannot be read cannot be compared with the actual, so the row cannot be scored.',
      ],
      [
        '改写成“符号+数值+单位”（如“≥95%”）、区间（如“90%至95%”）或日期（如“2021年12月底前”）。',
        'Rewrite it as "sign + number + unit" (≥95%), a range (90%至95%) or a date (2021年12月底前).',
      ],
    ),
    'over-100-percent': d(
      ['比率超过100%', 'Rate above 100%'],
      [
        '比率类指标（合格率、满意度、覆盖率等）的目标值超过100%。',
        'A rate indicator (合格率, 满意度, 覆盖率 …) has a target above 100%.',
      ],
      [
        '比率最高为100%，超过通常是笔误；扫描件转录时“≥”常被识别成“2”，“≥95%”就成了“295%”。',
        'A rate cannot exceed 100%, so this is usually a typo; in scanned copies ≥ is often read as 2, turning ≥95% into 295%.',
      ],
      [
        '核对原意并改正：如“120%”改为“100%”或“≥95%”；首位“2”是误识别的“≥”时，“295%”改为“≥95%”。',
        'Check what was meant and correct it: 120% → 100% or ≥95%; a leading 2 that was a mis-scanned ≥: 295% → ≥95%.',
      ],
    ),
    'bare-number': d(
      ['指标值缺少比较符号', 'No comparison sign'],
      [
        '数量目标只有数值和单位，没有比较符号（如“200”“10个”）；分列表式中指标性质为空。',
        'A quantity has a number and unit but no sign (200, 10个); in the split layout the 指标性质 is blank.',
      ],
      [
        '没有符号，不知道是“至少”还是“最多”：评分时按“≥”理解（成本和反向指标按“≤”），可能与原意不符。',
        'Without a sign nobody knows whether it is a minimum or a maximum: scoring reads it as ≥ (≤ on cost and reverse rows), which may not be what was meant.',
      ],
      [
        '加上符号：一般指标写“≥200”，成本和反向指标（投诉率、事故数等）写“≤”。修正会改变含义，请确认后应用。',
        'Add the sign: ≥200 for most indicators, ≤ for costs and reverse indicators (投诉率, 事故数 …). The fix changes the meaning: confirm it before applying.',
      ],
    ),
    'rate-missing-percent': d(
      ['比率类指标值缺少%', 'Rate without %'],
      [
        '比率类指标（名称含“率”“满意度”等）的目标值没有百分号，如“≥95”。',
        'A rate indicator (its name has 率, 满意度 …) has no percent sign: ≥95.',
      ],
      [
        '“≥95”可能是95%，也可能是0.95或95个；缺少%会让比较和评分出错。',
        '≥95 could mean 95%, 0.95 or 95 of something; without % comparison and scoring go wrong.',
      ],
      [
        '加上百分号：“≥95”改为“≥95%”；小数“0.95”改为“95%”。修正会改变含义，请确认后应用。',
        'Add the sign: ≥95 → ≥95%; a fraction 0.95 → 95%. The fix changes the meaning: confirm it before applying.',
      ],
    ),
    'missing-unit': d(
      ['指标值缺少计量单位', 'No unit'],
      [
        '数量目标（不是比率）没有计量单位：单元格、度量单位列和指标名称里都找不到，如“=2500”“>=29万”。“定性”“定量（其他）”“不适用”不检查。',
        'A quantity that is not a rate has no unit in the cell, the 度量单位 column or the name (=2500, >=29万). 定性, 定量（其他） and 不适用 rows are not checked.',
      ],
      [
        '预算系统要求除定性、定量（其他）、不适用外的每个三级指标都填写计量单位（“第N行的计量单位为必录项”）；没有单位，2500 是人、次还是元无从得知。',
        'Budget systems require a unit on every level-3 indicator except 定性, 定量（其他） and 不适用 (第N行的计量单位为必录项); without it, 2500 of what is unknown.',
      ],
      [
        '写上单位：“=2500”改为“=2500人次”；分列表式中填写度量单位列。',
        'Add the unit: =2500 → =2500人次; in the split layout fill in the 度量单位 column.',
      ],
    ),
    'qualitative-in-quantity': d(
      ['该类指标应为定量目标', 'Quantity indicator with a qualitative target'],
      [
        '数量指标、服务对象满意度指标、成本指标或经济成本指标下写了文字目标（如数量指标写“提升”）。成本指标下的合规表述（“不超预算”等）只作提示。',
        'Words where a quantity belongs: under 数量指标, 服务对象满意度指标, 成本指标 or 经济成本指标 (e.g. 提升 under 数量). Compliance wording under 成本 (不超预算 …) is only a note.',
      ],
      [
        '这几类指标按规定应量化：数量要写数目，满意度写百分比，成本写金额，否则无法衡量和评分。',
        'These indicators are meant to be quantified: a count, a percentage, an amount; words cannot be measured or scored.',
      ],
      [
        '改写为定量目标：数量指标写“≥50场”，满意度写“≥90%”，成本写“≤128万元”。',
        'Write a quantity: ≥50场 under 数量, ≥90% for satisfaction, ≤128万元 for a cost.',
      ],
    ),
    'direction-suspect': d(
      ['反向指标的符号方向可疑', 'Sign points the wrong way'],
      [
        '反向指标（投诉率、事故数、上访率等，越低越好）用了“≥”“>”或非零的“=”；或成本金额用了“≥”“>”。',
        'A reverse indicator (投诉率, 事故数, 上访率 … where lower is better) uses ≥, > or = other than 0; or a cost amount uses ≥ or >.',
      ],
      [
        '“二次上访率≥80%”的意思是上访越多越好，几乎一定是写反了；评分时会把坏结果算成完成。',
        '二次上访率 ≥80% says more repeat petitions are better, which is almost surely backwards, and scoring would count a bad result as met.',
      ],
      [
        '改用“≤”或“<”：“投诉率≥5%”改为“≤5%”，成本“≥100万元”改为“≤100万元”；若确是正向指标，无需修改。',
        'Use ≤ or <: 投诉率 ≥5% → ≤5%, a cost ≥100万元 → ≤100万元; if the indicator really is positive, leave it.',
      ],
    ),
    'cost-over-budget': d(
      ['成本目标超过项目资金', 'Cost above the funds'],
      [
        '成本指标的金额目标（元、万元、亿元）大于本表的年度资金申请总额（自评表为全年预算数）。',
        "A cost target in 元/万元/亿元 is larger than the form's funds (年度资金申请总额; 全年预算数 in a self-evaluation).",
      ],
      [
        '项目的成本不可能超过它的全部资金；多半是单位写错（元与万元混淆）或数字多了一位。',
        'A project cannot cost more than all its funds; usually the unit is wrong (元 for 万元) or a digit too many.',
      ],
      [
        '核对单位和数值：如资金为128万元，“≤200万元”应改为不超过128万元的金额，或把误写的“元”“万元”改正。',
        'Check the unit and the number: with funds of 128万元, ≤200万元 must become an amount within 128万元, or the wrong 元/万元 be corrected.',
      ],
    ),
    'range-reversed': d(
      ['区间上下限颠倒', 'Range bounds reversed'],
      ['区间的下限大于上限，如“95%-90%”。', "The range's lower bound is above its upper bound: 95%-90%."],
      [
        '颠倒的区间里没有任何值，实际完成值永远落不进去。',
        'A reversed range contains no value, so no actual can ever fall inside it.',
      ],
      ['交换上下限：“95%-90%”改为“90%至95%”。这是安全修正。', 'Swap the bounds: 95%-90% → 90%至95%. The fix is safe.'],
    ),
    'embedded-number': d(
      ['数值嵌在说明文字中', 'Number inside a sentence'],
      [
        '指标值是一段说明文字，数值嵌在其中，如“完成3项制度修订”。',
        'The target is a sentence with a number in it: 完成3项制度修订.',
      ],
      [
        '系统只能把它当作定性目标，无法比较实际完成的数量，也无法按比例计分。',
        'Systems can only treat it as qualitative: the actual count cannot be compared or scored in proportion.',
      ],
      [
        '把说明移到三级指标名称，指标值只写“符号+数值+单位”：三级指标“制度修订”，指标值“≥3项”。',
        'Move the words into the level-3 name and keep "sign + number + unit" in the value: 制度修订 with ≥3项.',
      ],
    ),
    'missing-note': d(
      ['定量（其他）缺少指标值说明', '定量（其他） without a note'],
      ['指标性质为“定量（其他）”，但指标值说明为空。', 'The 指标性质 is 定量（其他） but the 指标值说明 is blank.'],
      [
        '预算系统要求“定量（其他）”的指标填写指标值说明，否则无法提交。',
        'Budget systems require a 指标值说明 for a 定量（其他） indicator and refuse the form without it.',
      ],
      [
        '在同一行的指标值说明列写明目标值的含义和计算口径，如“按季度统计的平均值”。',
        'Fill in the 指标值说明 of the row: what the value means and how it is counted, e.g. 按季度统计的平均值.',
      ],
    ),
    qualitative: d(
      ['定性目标，建议量化', 'Qualitative target'],
      [
        '质量、时效、效益等指标写的是文字目标，如“提升”“有效改善”。',
        'A quality, timeliness or benefit indicator has a target in words: 提升, 有效改善.',
      ],
      [
        '只是提示：定性目标是允许的，但“能量化的尽量量化”，量化后的目标更容易评价，自评得分也更有依据。',
        'A note only: qualitative targets are allowed, but the rule is to quantify where possible; a number is easier to assess and to score.',
      ],
      [
        '能量化的写成数值，如“提升”改为“满意度≥90%”“覆盖率≥95%”；无法量化的，写明可判断的标准，如“按期完成并通过验收”。',
        'Where you can, give a number: 提升 → ≥90% satisfaction or ≥95% coverage; otherwise state a checkable standard, e.g. 按期完成并通过验收.',
      ],
    ),
    'low-satisfaction': d(
      ['满意度目标偏低', 'Low satisfaction target'],
      [
        '满意度指标的目标值低于设定的下限（默认80%）。',
        'A satisfaction target is below the configured minimum (80% by default).',
      ],
      [
        '只是提示：常见的满意度目标为≥85%、≥90%或≥95%，目标过低会被认为缺乏挑战性。',
        'A note only: satisfaction targets are usually ≥85%, ≥90% or ≥95%; a low one looks unambitious to reviewers.',
      ],
      [
        '确认目标值是否合理；一般改为“≥85%”或更高。下限可在设置中调整。',
        'Check that the target is meant; usually raise it to ≥85% or more. The minimum is set in the settings.',
      ],
    ),
    'timeliness-format': d(
      ['时效指标写法不规范', 'Timeliness target not a date or period'],
      [
        '时效指标的目标不是日期、期限、时长或比率，也不是“及时”“按时”“按期”。',
        'A timeliness target is not a date, period, duration or rate, nor 及时, 按时 or 按期.',
      ],
      [
        '只是提示：时效目标要能判断是否按时，如“2021年12月底前”“≤3个工作日”“及时率≥95%”。',
        'A note only: a timeliness target must say when, so that it can be checked: 2021年12月底前, ≤3个工作日, 及时率 ≥95%.',
      ],
      [
        '改写为日期、期限或比率，如“年底完成”改为“2021年12月31日前”。',
        'Write a date, period or rate: 年底完成 → 2021年12月31日前.',
      ],
    ),
    'dash-separator': d(
      ['区间用“-”分隔', 'Range separated by "-"'],
      ['区间或期间用“-”分隔，如“90%-95%”“1-6月”。', 'A range or period is separated by "-": 90%-95%, 1-6月.'],
      [
        '只是提示：部分预算系统拒收含“-”的指标值，也容易与负号混淆。',
        'A note only: some budget systems reject a value with "-", and it is easily taken for a minus sign.',
      ],
      ['用“至”分隔：“90%-95%”改为“90%至95%”。这是安全修正。', 'Separate with 至: 90%-95% → 90%至95%. The fix is safe.'],
    ),
  },
  // ---- hierarchy (一级／二级／三级指标) ----
  hierarchy: {
    'missing-level1': d(
      ['缺少一级指标', 'No level-1 indicator'],
      [
        '这一行没有适用的一级指标：单元格为空且上方没有可继承的，或只写了分值“(50分)”，或继承来的一级不能包含本行的二级。',
        'No level-1 indicator applies to the row: the cell is blank with nothing above to inherit, holds only a score such as (50分), or the inherited one cannot hold this level-2.',
      ],
      [
        '一级指标决定指标归属（产出、效益、满意度、成本）和分值，缺了它，这一行无法归类和计分，审核会退回。',
        'The level-1 says what the indicator is (output, benefit, satisfaction, cost) and its weight; without it the row cannot be classified or scored, and reviewers send it back.',
      ],
      [
        '在一级指标列写上名称，如“产出指标”“效益指标”，或把上方的一级指标单元格合并到这一行。修正会写入本行二级指标所属的一级（保留分值），请确认。',
        "Write the level-1 name (产出指标, 效益指标 …) or extend the merged level-1 cell above to this row. The fix writes the level-1 the row's level-2 belongs to (keeping the score): confirm it.",
      ],
    ),
    'missing-level2': d(
      ['缺少二级指标', 'No level-2 indicator'],
      ['二级指标为空，上方也没有可继承的名称。', 'The level-2 indicator is blank with nothing above to inherit.'],
      [
        '每个三级指标都要归属于一个二级指标（数量、质量、时效、社会效益等）；缺了它，审核和评分都无法进行。',
        'Every level-3 indicator belongs to a level-2 (数量, 质量, 时效, 社会效益 …); without it the row can be neither reviewed nor scored.',
      ],
      [
        '写上二级指标名称，如“数量指标”“质量指标”；满意度指标下只有“服务对象满意度指标”，修正会直接写入（请确认）。',
        'Write the level-2 name (数量指标, 质量指标 …); under 满意度指标 the only one is 服务对象满意度指标, which the fix writes (confirm it).',
      ],
    ),
    'missing-level3': d(
      ['缺少三级指标', 'No level-3 indicator'],
      [
        '这一行有指标值，却没有三级指标名称（空白、“……”或只写了“指标1”）。',
        'The row has a target but no level-3 name (blank, ……, or a bare 指标1).',
      ],
      [
        '三级指标是实际考核的内容，没有名称，目标值就不知道衡量的是什么。',
        'The level-3 indicator is what is assessed; without a name nobody knows what the target measures.',
      ],
      ['填写具体的三级指标名称，如“培训人数”“验收合格率”。', 'Name the indicator, e.g. 培训人数 or 验收合格率.'],
    ),
    misspelled: d(
      ['指标名称疑似错别字', 'Indicator name misspelt'],
      [
        '一级或二级指标名称与标准名称只差一两个字，如“数量指表”“效益指票”。',
        'A level-1 or level-2 name is a near miss of a framework name: 数量指表, 效益指票.',
      ],
      [
        '系统按标准名称归类和汇总指标，写错的名称无法识别，这一行会被当作未知指标。',
        'Systems classify and total indicators by their standard names; a misspelt name is not recognised and the row counts as unknown.',
      ],
      [
        '改为标准名称：“数量指表”改为“数量指标”。修正写在名称所在的单元格，请确认后应用。',
        'Write the standard name: 数量指表 → 数量指标. The fix goes into the cell that holds the name; confirm it before applying.',
      ],
    ),
    'unknown-level1': d(
      ['无法识别的一级指标', 'Unknown level-1 indicator'],
      [
        '一级指标名称不是指标体系中的名称，也不接近任何一个。',
        'The level-1 name is not a framework name and not close to one.',
      ],
      [
        '一级指标只有产出、效益、满意度（部分地区还有成本）几类；其他名称无法归类，审核会退回。',
        'The level-1 indicators are 产出, 效益, 满意度 (and 成本 in some frameworks); any other name cannot be classified and is sent back.',
      ],
      [
        '改为标准的一级指标名称：产出指标、效益指标、满意度指标或成本指标。',
        'Use a standard level-1 name: 产出指标, 效益指标, 满意度指标 or 成本指标.',
      ],
    ),
    'unknown-level2': d(
      ['无法识别的二级指标', 'Unknown level-2 indicator'],
      [
        '二级指标名称不是指标体系中的名称，也不接近任何一个。',
        'The level-2 name is not a framework name and not close to one.',
      ],
      [
        '二级指标有固定的名称（数量、质量、时效、成本、经济效益、社会效益、生态效益、可持续影响、服务对象满意度等）；其他名称无法归类。',
        'Level-2 names are fixed (数量, 质量, 时效, 成本, 经济效益, 社会效益, 生态效益, 可持续影响, 服务对象满意度 指标 …); any other cannot be classified.',
      ],
      [
        '改为所在一级指标下的标准二级名称，如产出指标下的“数量指标”“质量指标”“时效指标”“成本指标”。',
        'Use a standard level-2 name of its level-1, e.g. 数量指标, 质量指标, 时效指标 or 成本指标 under 产出指标.',
      ],
    ),
    'level2-mismatch': d(
      ['二级指标不属于该一级指标', 'Level-2 under the wrong level-1'],
      [
        '二级指标是标准名称，但不属于所在的一级指标，如“社会效益指标”写在“产出指标”下。',
        'A known level-2 sits under a level-1 it does not belong to, e.g. 社会效益指标 under 产出指标.',
      ],
      [
        '归属错误会让指标按错误的一级汇总和分配分值。',
        'A wrong parent totals and weights the indicator under the wrong level-1.',
      ],
      [
        '把这一行移到正确的一级指标下，或改正一级指标名称（如“社会效益指标”应在“效益指标”下）。',
        'Move the row under the right level-1, or correct the level-1 (社会效益指标 belongs under 效益指标).',
      ],
    ),
    'name-too-long': d(
      ['三级指标名称超过100字', 'Level-3 name over 100 characters'],
      ['三级指标名称超过100个字。', 'The level-3 name is longer than 100 characters.'],
      [
        '预算系统限制三级指标名称不超过100字，过长的名称无法录入。',
        'Budget systems accept at most 100 characters for a level-3 name.',
      ],
      [
        '精简名称，只写考核内容（如“培训人数”），把说明移到指标值说明或备注中。',
        'Shorten the name to what is assessed (e.g. 培训人数) and move the explanation to the 指标值说明 or a note.',
      ],
    ),
    'empty-level2': d(
      ['二级指标下没有三级指标', 'Level-2 with no level-3'],
      [
        '一个二级指标下面没有任何三级指标（只有一个占位行）。',
        'A level-2 indicator has no level-3 indicators under it (only a placeholder row).',
      ],
      [
        '只是提示：模板中的空二级是允许的，但审核通常希望每个二级下都有具体指标。',
        'A note only: an empty level-2 of the template is tolerated, but reviewers usually expect indicators under each one.',
      ],
      [
        '在其下添加三级指标和目标值；确实没有的，可以删除这一行。',
        'Add level-3 indicators with targets under it; if there are none, the row may be deleted.',
      ],
    ),
    'legacy-framework': d(
      ['旧版框架的满意度写法', 'Satisfaction under 效益指标 (old template)'],
      [
        '满意度二级指标写在“效益指标”下，这是旧版模板（88号文时期）的写法。',
        'A satisfaction level-2 is listed under 效益指标, as the old (88号-era) templates do.',
      ],
      [
        '只是提示：旧写法仍然有效，但现行框架把满意度作为单独的一级指标，新表宜按现行框架填写。',
        'A note only: the old layout is still valid, but the current framework makes satisfaction a level-1 of its own; new forms should follow it.',
      ],
      [
        '如使用现行模板，把这一行的一级指标改为“满意度指标”，二级写“服务对象满意度指标”；沿用旧模板则无需修改。',
        'With the current template, set the level-1 of the row to 满意度指标 and the level-2 to 服务对象满意度指标; with the old template, leave it.',
      ],
    ),
  },
  // ---- completion and score (绩效自评) ----
  completion: {
    'unit-mismatch': d(
      ['实际值与目标值单位不一致', 'Actual and target units differ'],
      [
        '实际完成值的单位与指标值的单位不同，且无法换算（如目标“人次”，实际“人”）；元与万元可以换算，不算不一致。',
        "The actual's unit differs from the target's and cannot be converted (人次 against 人); 元 and 万元 convert and are fine.",
      ],
      [
        '单位不同就无法比较，这一行无法判断是否完成，也无法计分。',
        'Different units cannot be compared: the row can be neither judged nor scored.',
      ],
      [
        '把实际完成值改用与指标值相同的单位，如目标“≥1200人次”，实际写“1350人次”。',
        "Write the actual in the target's unit: against ≥1200人次, write 1350人次.",
      ],
    ),
    'ambiguous-percent': d(
      ['实际值可能是小数或百分点', 'Actual read as percentage points'],
      [
        '百分比目标下，实际完成值是不大于1的裸数（如“0.95”），按百分点理解为0.95%。',
        'Under a % target the actual is a bare number of at most 1 (0.95), read as 0.95 percentage points.',
      ],
      [
        '“0.95”可能指95%，也可能确实是0.95%；理解错会让完成情况和得分相差百倍。',
        '0.95 may mean 95% or really 0.95%; the wrong reading changes the completion and the score a hundredfold.',
      ],
      [
        '写明百分号：指95%就写“95%”，指0.95%就写“0.95%”。',
        'Write the percent sign: 95% if that is meant, 0.95% otherwise.',
      ],
    ),
    'scale-suspect': d(
      ['完成比例数量级可疑', 'Completion ratio off by orders of magnitude'],
      [
        '实际完成值与目标值之比大于100倍或小于1%（按百分点理解的小数已由“实际值可能是小数或百分点”提示，不重复报告）。',
        'The actual is more than 100 times or less than 1% of the target (a bare decimal read as percentage points is already reported by completion.ambiguous-percent).',
      ],
      [
        '差距这么大，通常是单位写错（元与万元、人与万人）或多写、少写了几位数。',
        'A gap this large is usually a unit slip (元 for 万元, 人 for 万人) or missing or extra digits.',
      ],
      [
        '核对实际完成值的数值和单位，按指标值的单位改正，如目标“≥29万”，实际“302000”应写“30.2万”。',
        "Check the actual's number and unit and write it in the target's unit: against ≥29万, 302000 is 30.2万.",
      ],
    ),
    'qualitative-actual': d(
      ['定量指标的实际值为文字', 'Text actual on a quantitative indicator'],
      [
        '指标值是数值或区间，实际完成值却写成文字（如“已完成”），只能按文字判断完成情况。',
        'The target is a number or a range but the actual is words (已完成), judged from the words only.',
      ],
      [
        '文字无法与数值目标比较，完成比例和得分只能按文字推断，不够准确。',
        'Words cannot be compared with a number: the ratio and score are guessed from the words.',
      ],
      [
        '填写实际达到的数值和单位，如目标“≥200人次”，实际写“236人次”。',
        'Enter the number actually reached, with its unit: against ≥200人次, write 236人次.',
      ],
    ),
    invalid: d(
      ['实际完成值无法识别', 'Unreadable actual'],
      [
        '实际完成值读不出（Excel错误值如“#N/A”，或写成区间“90%-95%”），或无法与目标比较（定性目标下写“很多”或数字，数值目标下写了日期）。',
        'The actual cannot be read (an Excel error value such as #N/A, or a range such as 90%-95%) or cannot be judged against the target (很多 or a number against a qualitative target, a date against a number).',
      ],
      [
        '读不懂的实际值无法判断是否完成，这一行没有得分。',
        'An unreadable actual cannot be judged, so the row gets no score.',
      ],
      [
        '数值目标写实际数值和单位（如“98.5%”）；定性目标写“达成”“部分达成”“未达成”或具体情况（如“已完善”）。',
        'For a numeric target write the number and unit (98.5%); for a qualitative one write 达成, 部分达成, 未达成 or what happened (已完善).',
      ],
    ),
    'deviation-reason-missing': d(
      ['未完成指标缺少偏差原因', 'No reason for the deviation'],
      [
        '指标未达成或部分达成，但偏差原因分析及改进措施为空。',
        'The indicator is not met or partly met, but the deviation reason and improvement cell is blank.',
      ],
      [
        '自评要求对未完成的指标说明原因和改进措施，缺了会被退回。',
        'A self-evaluation must explain every unmet indicator and how it will improve; without it the form is sent back.',
      ],
      [
        '在同一行的偏差原因列写明未完成的原因和改进措施，如“受疫情影响延期，已调整至下季度完成”。',
        'Fill in the reason cell of the row: why it was missed and what will be done, e.g. 受疫情影响延期，已调整至下季度完成.',
      ],
    ),
    'far-exceeded': d(
      ['实际值远超目标', 'Target far exceeded'],
      [
        '“≥”“>”或“=”目标的实际完成值达到目标的1.2倍以上（倍数可在设置中调整；区间和“≤”“<”目标不检查，数量级可疑时改报“完成比例数量级可疑”）。',
        'The actual of a ≥, > or = target is 1.2 times the target or more (the ratio is a setting; ranges and ≤/< targets are not checked, and a suspect order of magnitude is reported as completion.scale-suspect instead).',
      ],
      [
        '只是提示：大幅超额往往说明目标定得偏低，部分地区评价时会因此扣分。',
        'A note only: a large overshoot usually means the target was set too low, which some reviews mark down.',
      ],
      [
        '核对实际值无误后，在偏差原因中说明超额原因，并在下一年度设置更合理的目标。',
        'Check the actual, explain the overshoot in the reason cell, and set a more realistic target next year.',
      ],
    ),
    'weight-proposed': d(
      ['未填写分值，已建议分配', 'Weights proposed'],
      [
        '分值未填写（或部分未填写）：按各一级指标的分值（标注的或默认的产出50、效益30、满意度10）减去已填的部分，建议分配给未填的行；每张表只提示一次，消息中给出建议的分配。',
        "Weights are blank (or some are): what is left of each level-1's points (its heading, or the default 50 output, 30 benefit, 10 satisfaction) is proposed for the blank rows; one note per form, the message gives the split.",
      ],
      [
        '只是提示：没有分值就无法计算得分；建议的分值只用于计算，不会覆盖你填写的分值。',
        'A note only: scores need weights; the proposal is used for the computation and never overwrites a weight you filled in.',
      ],
      [
        '在分值列填写各指标的分值（可以采用建议值），使每个一级指标的分值合计等于其标注的总分。',
        'Fill in the weight column (the proposal may be used) so that each level-1 adds up to its stated total.',
      ],
    ),
    'weights-sum': d(
      ['分值合计不等于总分', 'Weights do not add up'],
      [
        '填写的分值加上预算执行率的分值（未列出时按默认10分），合计不是100分，或与表上印的总分不同；分值都没填时不检查（改为建议分值）。',
        'The weights filled in plus the budget execution weight (10 by default when the form has none) do not add up to 100, or differ from the printed total; not checked when no weight is filled in (weights are proposed instead).',
      ],
      [
        '总分不是100，得分就无法与等级（优、良、中、差）对应，系统会拒收。',
        'If the total is not 100 the score does not map onto the grades (优/良/中/差), and systems reject the form.',
      ],
      [
        '调整各指标的分值，使合计为100分（常见为预算执行率10分、产出50分、效益30分、满意度10分）。',
        'Adjust the weights so they add up to 100 (commonly 10 budget execution, 50 output, 30 benefit, 10 satisfaction).',
      ],
    ),
    'level1-weight-mismatch': d(
      ['一级指标分值与标注不一致', 'Level-1 weights differ from its heading'],
      [
        '一级指标下各行分值的合计，与一级名称中标注的分值（如“产出指标（50分）”）不一致。',
        'The weights under a level-1 do not add up to the score in its heading, e.g. 产出指标（50分）.',
      ],
      [
        '系统按一级指标逐级汇总分值，不一致会导致总分出错或被退回。',
        'Systems roll weights up level by level; a mismatch gives a wrong total or a returned form.',
      ],
      [
        '调整该一级指标下各行的分值，使合计等于标注的分值；或改正标注。',
        'Adjust the weights of its rows to add up to the heading, or correct the heading.',
      ],
    ),
    'score-out-of-band': d(
      ['得分不在完成档次的分数区间内', 'Score outside its band'],
      [
        '定性或日期指标填写的得分与完成档次不符：达成应得分值的80%–100%，部分达成60%–80%，未达成低于60%（得分超过分值时改报“得分超过分值”）。',
        "A qualitative or date indicator's typed score does not fit its status: met 80–100% of the weight, partly met 60–80%, not met below 60% (a score above the weight is reported as completion.score-over-weight instead).",
      ],
      [
        '得分应与完成档次一致；区间外的得分说明档次或得分有一项填错，审核时会被问到。',
        'The score should match the tier; a score outside its band means the tier or the score is wrong, and reviewers will ask.',
      ],
      [
        '把得分改到对应档次的区间内（消息中给出了区间），或核对完成情况是否填对。',
        'Set the score within its band (the message gives it), or check that the completion is right.',
      ],
    ),
    'score-mismatch': d(
      ['填写的得分与计算得分不一致', 'Entered score differs from the computed one'],
      [
        '指标行或预算执行情况中填写的得分，与按完成情况计算的得分相差超过0.01分。',
        'A score typed on an indicator row or in the budget-execution block differs by more than 0.01 from the one computed from the completion.',
      ],
      [
        '得分应与实际完成情况相符；差异可能是计算或录入错误，审核时需要解释。',
        'The score should follow from the actual; a difference is a calculation or typing slip that reviewers will ask about.',
      ],
      [
        '核对实际完成值和得分，采用计算得分（消息中给出），或在说明中写明调整依据。填写的得分不会被自动覆盖。',
        'Check the actual and the score; use the computed score (in the message) or explain the adjustment. An entered score is never overwritten.',
      ],
    ),
    'score-over-weight': d(
      ['得分超过分值', 'Score above the weight'],
      [
        '指标行或预算执行情况中填写的得分大于它的分值。',
        'A score typed on an indicator row or in the budget-execution block is higher than its weight.',
      ],
      [
        '得分最高等于分值，超额完成也不加分；超过分值的得分会被系统拒收。',
        'A score is at most the weight, whatever the overshoot; systems reject a higher one.',
      ],
      [
        '把得分改为不超过分值，完成时一般为满分，即等于分值。',
        'Lower the score to at most the weight; a met indicator scores the full weight.',
      ],
    ),
    'budget-base-fallback': d(
      ['按年初预算数计算执行率', 'Execution rate from the initial budget'],
      [
        '全年预算数为空，预算执行率改用年初预算数计算。',
        'The full-year budget is blank, so the execution rate uses the initial budget.',
      ],
      [
        '只是提示：年内调整过预算时，执行率应以全年（调整后）预算数为准。',
        'A note only: when the budget was adjusted during the year, the rate should use the full-year (adjusted) figure.',
      ],
      [
        '填写全年预算数（调整后预算），执行率会随之重新计算。',
        'Fill in the full-year (adjusted) budget; the rate is recomputed from it.',
      ],
    ),
    'budget-no-base': d(
      ['缺少预算数，无法计算执行率', 'No budget to compute the execution rate'],
      [
        '计算执行率所用的预算数为空或为零：全年（调整后）预算数填了0，或两个预算数都没有填写或为零。',
        'The budget the rate is computed on is blank or zero: the full-year (adjusted) budget is 0, or neither budget is filled in (or both are zero).',
      ],
      [
        '没有预算数就无法计算预算执行率，这一项（通常10分）没有得分。',
        'Without a budget the execution rate, and its points (usually 10), cannot be computed.',
      ],
      [
        '在资金情况中填写全年预算数（或年初预算数）和全年执行数。',
        'Fill in the full-year (or initial) budget and the amount spent in the funds block.',
      ],
    ),
    'budget-execution-low': d(
      ['预算执行率偏低', 'Low budget execution'],
      [
        '全年执行数与预算数（全年预算数，未填时用年初预算数）之比低于设定的下限（默认90%）。',
        'Spending is below the configured share of the budget (the full-year budget, else the initial one; 90% by default).',
      ],
      [
        '执行率低会扣减预算执行率得分，部分地区要求对低于90%的执行率说明原因。',
        'Low execution costs points, and some provinces require a reason below 90%.',
      ],
      [
        '核对全年执行数是否填全；确属执行不足的，在偏差原因或说明中写明原因和改进措施。',
        'Check that all spending is entered; if spending really fell short, give the reason and the remedy in the reason or notes.',
      ],
    ),
  },
  // ---- the form (表格结构) ----
  form: {
    'no-indicator-table': d(
      ['没有找到指标表', 'No indicator table'],
      [
        '找到了表名（或项目名称等表头项目），但下面没有“一级指标、二级指标、三级指标、指标值”的表头行。',
        "The form's title (or its header fields such as 项目名称) was found but no header row of 一级指标, 二级指标, 三级指标 and 指标值 under it.",
      ],
      [
        '没有表头，就无法确定哪一列是哪一项，整张表的指标都无法检查。',
        'Without the header the columns cannot be told apart, so none of the indicators can be checked.',
      ],
      [
        '在指标表上方加上表头行，各列依次写“一级指标、二级指标、三级指标、指标值”（自评表还有实际完成值、分值、得分），或插入标准模板后把指标粘贴进去。',
        'Add the header row above the indicators (一级指标, 二级指标, 三级指标, 指标值; a self-evaluation also 实际完成值, 分值, 得分), or insert the standard template and paste the indicators into it.',
      ],
    ),
    'no-indicators': d(
      ['指标表中没有指标', 'No indicators'],
      [
        '指标表有表头，但下面没有任何一行指标（没有行，或只有“……”“指标1”之类的占位），而表上已填写了其他内容（什么都没填的是空白表）。',
        'The indicator table has its header but no indicator rows (no row, or only placeholders such as …… or 指标1), while something else on the form is filled in (a form with nothing filled in is an empty template).',
      ],
      [
        '没有指标就没有绩效目标，这张表不能报送。',
        'Without indicators there is no performance target, and the form cannot be submitted.',
      ],
      [
        '在表头下逐行填写一级、二级、三级指标和指标值，至少包括产出、效益和满意度指标。',
        'Fill in rows under the header (一级, 二级, 三级 and 指标值), at least output, benefit and satisfaction indicators.',
      ],
    ),
    'empty-template': d(
      ['空白表', 'Empty form'],
      [
        '指标表除模板印好的一级、二级指标外还没有填写；指标表下没有行时，项目名称、主管部门、实施单位也都没填（例如刚插入的标准模板）。',
        'The indicator table holds nothing beyond the 一级/二级 framework a template prints; when it has no row, the 项目名称, 主管部门 and 实施单位 are blank too (a freshly inserted template).',
      ],
      [
        '只是提示：这不是错误，填好指标后会逐条检查。',
        'A note only: this is not an error; indicators are checked once entered.',
      ],
      [
        '在指标表中填写一级、二级、三级指标和指标值，然后重新检查。',
        'Fill in the 一级, 二级, 三级 indicators and their targets, then check again.',
      ],
    ),
    'missing-field': d(
      ['表头项目未填写', 'Header field blank'],
      [
        '表头中的必填项目（项目名称、主管部门、实施单位，申报表还有项目类别）有标签但内容为空，或表上根本没有项目名称一栏。',
        'A required header field (项目名称, 主管部门, 实施单位, and 项目类别 on a declaration) has its label but is blank, or the form has no 项目名称 at all.',
      ],
      [
        '汇总和审核按这些项目识别表格，缺了就无法归属到项目和部门。',
        'Summaries and reviews identify the form by these fields; without them it belongs to no project or department.',
      ],
      [
        '在该项目右侧的单元格填写内容，如项目名称写全称。',
        "Fill in the cell beside the field, e.g. the project's full name.",
      ],
    ),
    'no-output-indicator': d(
      ['缺少产出指标', 'No output indicator'],
      ['指标表中没有任何“产出指标”。', 'The table has no 产出指标 (output) indicator.'],
      [
        '产出指标是绩效目标的主体（数量、质量、时效、成本），审核要求至少有一项。',
        'Output indicators (quantity, quality, timeliness, cost) are the core of a target; reviewers require at least one.',
      ],
      [
        '添加产出指标，如一级“产出指标”、二级“数量指标”、三级“培训人数”、指标值“≥200人次”。',
        'Add one, e.g. 产出指标 / 数量指标 / 培训人数 with ≥200人次.',
      ],
    ),
    'no-benefit-indicator': d(
      ['缺少效益指标', 'No benefit indicator'],
      ['指标表中没有任何“效益指标”。', 'The table has no 效益指标 (benefit) indicator.'],
      [
        '效益指标说明项目带来的作用（社会、经济、生态、可持续影响），审核要求至少有一项。',
        'Benefit indicators say what the project achieves (social, economic, ecological, lasting); reviewers require at least one.',
      ],
      [
        '添加效益指标，如一级“效益指标”、二级“社会效益指标”、三级“群众法律意识”、指标值“提升”。',
        'Add one, e.g. 效益指标 / 社会效益指标 / 群众法律意识 with 提升.',
      ],
    ),
    'no-satisfaction-indicator': d(
      ['未设置满意度指标', 'No satisfaction indicator'],
      [
        '指标表中没有满意度指标（一级“满意度指标”，或写在其他一级下的“服务对象满意度指标”）。',
        'The table has no satisfaction indicator (a 满意度指标 level-1, or a 服务对象满意度指标 under another level-1).',
      ],
      [
        '只是提示：大多数项目要求设置服务对象满意度指标。',
        'A note only: most projects are expected to have a service-recipient satisfaction indicator.',
      ],
      [
        '添加满意度指标：一级“满意度指标”、二级“服务对象满意度指标”、三级“服务对象满意度”、指标值“≥90%”。',
        'Add one: 满意度指标 / 服务对象满意度指标 / 服务对象满意度 with ≥90%.',
      ],
    ),
    'funds-unit-assumed': d(
      ['资金单位未注明', 'Funds unit not stated'],
      [
        '资金情况中没有注明金额单位（表头和金额单元格里都没有），于是按金额的大小推定单位（元或万元，消息中给出）。',
        'The funds block states no unit (neither its headings nor the amounts do), so one is assumed from the size of the amounts (元 or 万元, named in the message).',
      ],
      [
        '成本是否超出资金要按单位比较；推定错了，比较结果会差一万倍。',
        'Costs are compared with the funds in one unit; a wrong guess puts the comparison off ten-thousandfold.',
      ],
      [
        '在资金情况的标题或表头中注明单位，如“项目资金（万元）”。',
        'State the unit in the funds heading, e.g. 项目资金（万元）.',
      ],
    ),
    'funds-unreadable': d(
      ['资金金额无法识别', 'Funds amount unreadable'],
      [
        '表头的资金金额（项目资金总额、年度资金申请总额）或自评表资金情况合计行的金额不是数字（如“一百二十八”“待定”“约128”）；空白和“—”“/”不算。',
        "An amount of the header (项目资金总额, 年度资金申请总额) or of the total row of a self-evaluation's funds block is not a number (一百二十八, 待定, 约128); a blank or a dash (—, /) is fine.",
      ],
      [
        '读不出资金，就无法检查成本指标是否超出资金，也无法计算预算执行率。',
        'Without the funds, costs cannot be checked against them and the execution rate cannot be computed.',
      ],
      [
        '填写阿拉伯数字金额，单位写在表头，如“128”配“（万元）”。',
        'Enter the amount in Arabic digits with the unit in the heading, e.g. 128 under （万元）.',
      ],
    ),
    'sheet-oversized': d(
      ['工作表的已用区域过大', 'Oversized used range'],
      [
        '读取.xlsx文件时，工作表声称的已用区域达到一百万行（例如格式被拖到了表底），只读取了含内容的单元格。',
        'When an .xlsx file is read, the sheet claims a used range of a million rows or more (formatting dragged to the bottom of the sheet); only cells with content were read.',
      ],
      [
        '不影响检查结果，但会让文件变大、打开和检查变慢。',
        'The results are not affected, but the file is larger and slower to open and check.',
      ],
      [
        '选中内容以下的空行（Ctrl+Shift+↓），右键“删除”，保存后重新打开。',
        'Select the empty rows below the content (Ctrl+Shift+↓), delete them, save and reopen.',
      ],
    ),
    'saved-settings': d(
      ['按工作簿中保存的设置检查和计分', 'Checked and scored with the settings saved in the workbook'],
      [
        '读取.xlsx文件时，工作簿中保存了助手的设置（在任务窗格“设置”中保存，或由 jixiao score --out 写入），且与默认设置不同（例如接受评价类一级指标、得分取整数）；与任务窗格一样，按这些设置检查和计分。',
        "When an .xlsx file is read, the workbook carries jixiao's settings (saved from the task pane's settings, or written by jixiao score --out) that differ from the defaults (the evaluation frameworks' 一级 accepted, whole-point scores, …); as in the task pane, it is checked and scored with them.",
      ],
      [
        '同一文件夹中各单位的文件可能按不同的规则检查和计分；审核时应知道每份表按什么规则得出结果。',
        "Files from different units in one folder may be checked and scored by different rules; a reviewer should know which rules each form's results follow.",
      ],
      [
        '若应按统一规则：在任务窗格的“设置”中恢复默认并保存；计分规则也可用 jixiao score 的 --round、--reverse 指定。',
        "To apply one rule: restore the defaults in the task pane's settings and save; the scoring rule can also be given to jixiao score with --round and --reverse.",
      ],
    ),
    'hidden-sheet': d(
      ['隐藏的工作表未检查', 'Hidden sheet not checked'],
      [
        '读取.xlsx文件时，工作簿中有隐藏的工作表且其中有内容；与Excel中的任务窗格一样，隐藏的工作表不检查。',
        'When an .xlsx file is read, the workbook has a hidden sheet with content in it; as in the task pane in Excel, hidden sheets are not checked.',
      ],
      [
        '隐藏的工作表常是旧版本或草稿；若其中是要报送的表，它的问题不会出现在结果中。',
        'A hidden sheet is often an old version or a draft; if it holds a form to be submitted, its problems are not in the results.',
      ],
      [
        '若需要检查，右键工作表标签，选择“取消隐藏”，保存后重新检查。',
        'To check it, right-click a sheet tab, choose Unhide, save and check again.',
      ],
    ),
  },
  // ---- reading the file (文件读取) ----
  file: {
    'not-found': d(
      ['找不到文件', 'File not found'],
      ['给出的路径没有文件。', 'There is no file at the given path.'],
      ['文件没有被检查。', 'The file was not checked.'],
      [
        '检查路径和文件名的拼写（含扩展名 .xlsx），或从文件夹中把文件拖到命令行以得到正确路径。',
        'Check the path and the name (with its .xlsx extension), or drag the file onto the command line to get its exact path.',
      ],
    ),
    empty: d(
      ['文件为空', 'Empty file'],
      ['文件大小为0字节。', 'The file is 0 bytes long.'],
      [
        '空文件里没有工作簿，多半是下载或复制没有完成。',
        'An empty file holds no workbook; a download or copy probably did not finish.',
      ],
      [
        '重新下载或从原处再复制一次文件，确认能在 Excel 中打开后再检查。',
        'Download or copy the file again, make sure Excel opens it, then check it.',
      ],
    ),
    'legacy-xls': d(
      ['旧版 .xls 文件', 'Old .xls file'],
      ['文件是 Excel 97-2003 格式（.xls）。', 'The file is in the Excel 97-2003 format (.xls).'],
      ['只能读取 .xlsx 格式的工作簿。', 'Only .xlsx workbooks can be read.'],
      [
        '在 Excel 中打开，选择“文件 › 另存为”，类型选“Excel 工作簿（*.xlsx）”，再检查新文件。',
        'Open it in Excel, choose File › Save As, type "Excel Workbook (*.xlsx)", and check the new file.',
      ],
    ),
    'wps-et': d(
      ['WPS 表格文件', 'WPS Spreadsheets file'],
      ['文件是 WPS 表格格式（.et）。', 'The file is in the WPS Spreadsheets format (.et).'],
      ['只能读取 .xlsx 格式的工作簿。', 'Only .xlsx workbooks can be read.'],
      [
        '在 WPS 中打开，选择“另存为”，类型选“Excel 文件（*.xlsx）”，再检查新文件。',
        'Open it in WPS, Save As "Excel file (*.xlsx)", and check the new file.',
      ],
    ),
    encrypted: d(
      ['文件设置了打开密码', 'Password-protected file'],
      ['工作簿设置了打开密码，内容是加密的。', 'The workbook has a password to open: its content is encrypted.'],
      ['加密的内容无法读取，不会尝试破解。', 'Encrypted content cannot be read, and no attempt is made to break it.'],
      [
        '在 Excel 中用密码打开，选择“文件 › 信息 › 保护工作簿 › 用密码进行加密”，清空密码后保存，再检查。',
        'Open it in Excel with the password, choose File › Info › Protect Workbook › Encrypt with Password, clear the password, save, and check again.',
      ],
    ),
    csv: d(
      ['文本/CSV 文件', 'Text/CSV file'],
      [
        '文件是纯文本（CSV 等），不是 Excel 工作簿。',
        'The file is plain text (CSV or similar), not an Excel workbook.',
      ],
      [
        '文本文件没有单元格格式和合并单元格，无法按表格结构检查。',
        "Text has no cell formats or merges, so the form's structure cannot be read.",
      ],
      [
        '在 Excel 中打开，另存为“Excel 工作簿（*.xlsx）”，再检查新文件。',
        'Open it in Excel, save it as an Excel Workbook (*.xlsx), and check the new file.',
      ],
    ),
    'not-xlsx': d(
      ['不是有效的 .xlsx 文件', 'Not a valid .xlsx file'],
      [
        '文件内容不是 .xlsx 工作簿，可能已损坏，或者扩展名被改过（如网页另存为 .xlsx）。',
        'The content is not an .xlsx workbook: it is damaged or misnamed (e.g. a web page saved as .xlsx).',
      ],
      ['无法读取，文件没有被检查。', 'It cannot be read; the file was not checked.'],
      [
        '在 Excel 中打开该文件，另存为“Excel 工作簿（*.xlsx）”；打不开的，向发送人索取原文件。',
        'Open it in Excel and save it as an Excel Workbook (*.xlsx); if Excel cannot open it, ask the sender for the original.',
      ],
    ),
    corrupt: d(
      ['工作簿已损坏', 'Damaged workbook'],
      [
        '工作簿的内部结构损坏或不完整（消息中给出了具体原因）。',
        "The workbook's inner structure is damaged or incomplete (the message says how).",
      ],
      ['损坏的部分无法读取，文件没有被检查。', 'The damaged part cannot be read; the file was not checked.'],
      [
        '在 Excel 中打开，让 Excel 修复（“打开并修复”），再另存为新的 .xlsx；或向发送人索取完整的文件。',
        'Open it in Excel with Open and Repair, save as a new .xlsx; or ask the sender for a complete copy.',
      ],
    ),
    unreadable: d(
      ['无法读取文件', 'Cannot read the file'],
      [
        '读取文件时出错（消息中给出了原因，如没有权限、文件被占用）。',
        'Reading the file failed (the message gives the reason: permission, a lock …).',
      ],
      ['文件没有被检查。', 'The file was not checked.'],
      [
        '按消息中的原因处理：关闭正在 Excel 中打开的文件，或把文件复制到有读取权限的文件夹，再检查。',
        'Act on the reason given: close the file in Excel, or copy it to a folder you can read, and check again.',
      ],
    ),
    'no-form': d(
      ['没有找到绩效表', 'No form found'],
      [
        '工作簿的各工作表中都没有找到绩效目标申报表或绩效自评表：既没有表名或项目名称等表头项目，也没有“一级指标、二级指标、三级指标、指标值”的表头行。',
        'No sheet of the workbook holds a declaration or self-evaluation form: no form title or header fields such as 项目名称, and no header row of 一级指标, 二级指标, 三级指标 and 指标值.',
      ],
      [
        '找不到表头，就无法知道指标在哪里，工作簿中的内容都没有检查。',
        'Without the header nothing tells where the indicators are, so nothing in the workbook was checked.',
      ],
      [
        '确认选对了文件；若表头用了别的写法，改为“一级指标、二级指标、三级指标、指标值”，或插入标准模板后把内容粘贴进去。',
        'Make sure it is the right file; if the header is worded differently, use 一级指标, 二级指标, 三级指标 and 指标值, or insert the standard template and paste the content into it.',
      ],
    ),
    'too-large': d(
      ['文件太大', 'File too large'],
      ['文件大小超过可读取的上限。', 'The file is larger than the limit that can be read.'],
      ['为避免耗尽内存，没有读取这个文件。', 'It was not read, to protect memory.'],
      [
        '删除工作簿中无关的工作表、图片和大量空行格式后另存，再检查；或只把绩效表复制到新工作簿中。',
        'Remove unrelated sheets, pictures and formatted empty rows and save, then check again; or copy only the form into a new workbook.',
      ],
    ),
    'zip-too-large': d(
      ['工作簿解压后过大', 'Workbook inflates too far'],
      ['.xlsx 是压缩包，这个文件解压后会超过上限。', 'An .xlsx is a zip; this one would inflate beyond the limit.'],
      ['可能是“压缩炸弹”，为避免耗尽内存没有读取。', 'It may be a zip bomb; it was not read, to protect memory.'],
      [
        '确认文件来源可信；可信的，删除无关的工作表和大范围格式后另存，再检查。',
        'Make sure the file comes from a trusted sender; if so, remove unrelated sheets and formatting of huge ranges, save, and check again.',
      ],
    ),
    'zip-ratio': d(
      ['压缩比异常', 'Abnormal compression ratio'],
      ['工作簿中某个部件的压缩比异常高。', 'A part of the workbook is compressed abnormally tightly.'],
      [
        '这是“压缩炸弹”的特征，为避免耗尽内存没有读取。',
        'That is the mark of a zip bomb; it was not read, to protect memory.',
      ],
      [
        '确认文件来源可信；可信的，在 Excel 中打开后另存为新的 .xlsx 再检查。',
        'Make sure the file is trusted; if so, open it in Excel, save it as a new .xlsx and check that.',
      ],
    ),
    'zip-entries': d(
      ['工作簿部件过多', 'Too many parts'],
      ['工作簿中的部件数超过上限。', 'The workbook has more parts than the limit.'],
      ['异常多的部件可能是恶意构造的文件，没有读取。', 'So many parts suggests a crafted file; it was not read.'],
      [
        '确认文件来源可信；可信的，只把绩效表复制到新工作簿后再检查。',
        'Make sure the file is trusted; if so, copy only the form into a new workbook and check that.',
      ],
    ),
    'too-many-cells': d(
      ['单元格过多', 'Too many cells'],
      [
        '工作表的单元格数超过上限，读取到上限时停止。',
        'The sheet has more cells than the limit; reading stopped there.',
      ],
      [
        '为限制内存和时间，上限之后的内容没有检查。',
        'To bound memory and time, the cells beyond the limit were not checked.',
      ],
      [
        '删除无关的内容后再检查，或在命令行用 --max-cells 提高上限。',
        'Remove unrelated content and check again, or raise the limit with --max-cells on the command line.',
      ],
    ),
    'folder-unreadable': d(
      ['无法读取文件夹', 'Folder unreadable'],
      [
        '无法列出文件夹中的文件（消息中给出了原因）。',
        "The folder's files could not be listed (the message gives the reason).",
      ],
      ['其中的文件都没有检查。', 'None of the files in it were checked.'],
      [
        '检查文件夹路径和访问权限，或把文件复制到可以读取的文件夹，再检查。',
        "Check the folder's path and permissions, or copy the files to a folder you can read, and check again.",
      ],
    ),
    'check-crashed': d(
      ['检查意外终止', 'Check stopped unexpectedly'],
      ['检查这个文件时处理进程意外退出。', 'The process checking this file stopped unexpectedly.'],
      [
        '文件可能过大或已损坏，其他文件不受影响。',
        'The file may be too large or damaged; the other files are not affected.',
      ],
      [
        '单独再检查一次这个文件；仍然失败的，在 Excel 中打开并另存为新的 .xlsx，或只把绩效表复制到新工作簿。',
        'Check this file on its own again; if it still fails, open it in Excel and save it as a new .xlsx, or copy only the form into a new workbook.',
      ],
    ),
  },
} satisfies DocsByGroup;

/** The entry of a code, or null when it has none (test/docs/rule-docs.test.ts requires one for every finding code). */
export function ruleDocOf(code: string): RuleDoc | null {
  const dot = code.indexOf('.');
  const group = code.slice(0, dot);
  if (dot < 0 || !Object.prototype.hasOwnProperty.call(RULE_DOCS, group)) return null;
  const entries: Record<string, RuleDoc> = RULE_DOCS[group as FindingGroup];
  const name = code.slice(dot + 1);
  return Object.prototype.hasOwnProperty.call(entries, name) ? entries[name] : null;
}

/** Every documented code with its entry, group by group. */
export function ruleDocEntries(): Array<[string, RuleDoc]> {
  return FINDING_GROUPS.flatMap((g) =>
    Object.entries(RULE_DOCS[g] as Record<string, RuleDoc>).map(([n, doc]) => [`${g}.${n}`, doc] as [string, RuleDoc]),
  );
}
