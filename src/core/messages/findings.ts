/**
 * The findings catalog: the message of every finding code — target.*, hierarchy.*, completion.*, form.*,
 * file.* and their sub-entries (a more specific wording a finding names in params.hint, e.g.
 * target.over-100-percent.scan-hint) — in Chinese and English. A rule's code is its key here; the rule
 * module (src/core/<family>/rules/) holds its metadata, never its text. Placeholders are written {name}
 * and filled from the finding's params. UI strings are in ./ui.ts; both are read through ../messages.ts.
 */
import type { Entry } from './entry';

export const FINDING_MESSAGES = {
  // ---- files (CLI / workbook adapter) ----
  'file.not-found': { zh: '找不到文件“{path}”', en: 'File not found: {path}' },
  'file.empty': { zh: '文件为空（0 字节），无法读取', en: 'The file is empty (0 bytes)' },
  'file.legacy-xls': {
    zh: '这是旧版 Excel 97-2003（.xls）文件，请在 Excel 中“另存为” .xlsx 后再检查',
    en: 'This is an old Excel 97-2003 (.xls) file; save it as .xlsx in Excel and check again',
  },
  'file.wps-et': {
    zh: '这是 WPS 表格（.et）文件，请在 WPS 中“另存为” .xlsx 后再检查',
    en: 'This is a WPS Spreadsheets (.et) file; save it as .xlsx and check again',
  },
  'file.encrypted': {
    zh: '文件设置了打开密码，无法读取；请在 Excel 中取消打开密码后再检查',
    en: 'The file has a password to open and cannot be read; remove the password in Excel and check again',
  },
  'file.csv': {
    zh: '这是文本/CSV 文件而不是 Excel 工作簿，请在 Excel 中打开后“另存为” .xlsx',
    en: 'This is a text/CSV file, not an Excel workbook; open it in Excel and save it as .xlsx',
  },
  'file.not-xlsx': {
    zh: '文件不是有效的 Excel 工作簿（.xlsx），可能已损坏或扩展名有误',
    en: 'The file is not a valid Excel workbook (.xlsx); it may be damaged or misnamed',
  },
  'file.corrupt': {
    zh: '工作簿已损坏或不完整，无法读取：{detail}',
    en: 'The workbook is damaged or incomplete and cannot be read: {detail}',
  },
  'file.unreadable': { zh: '无法读取文件：{detail}', en: 'Cannot read the file: {detail}' },
  'file.no-form': {
    zh: '工作簿中没有找到绩效目标申报表或绩效自评表（未找到“一级指标／二级指标／三级指标／指标值”表头）',
    en: 'No performance-target or self-evaluation form was found in the workbook (no 一级指标/二级指标/三级指标/指标值 header)',
  },

  // ---- forms ----
  'form.sheet-oversized': {
    zh: '工作表“{sheet}”的已用区域声称有 {rows} 行，只读取了含内容的单元格',
    en: 'Sheet "{sheet}" claims a used range of {rows} rows; only cells with content were read',
  },
  'form.hidden-sheet': {
    zh: '工作表“{sheet}”已隐藏，未检查（取消隐藏后可检查）',
    en: 'Sheet "{sheet}" is hidden and was not checked (unhide it to check it)',
  },
  'form.saved-settings': {
    zh: '工作簿中保存了助手设置（{settings}），按此检查和计分',
    en: 'The workbook carries saved jixiao settings ({settings}); it is checked and scored with them',
  },
  'form.no-indicator-table': {
    zh: '“{title}”下没有找到指标表（缺少“一级指标／二级指标／三级指标／指标值”表头行）',
    en: 'No indicator table was found under "{title}" (no 一级指标/二级指标/三级指标/指标值 header row)',
  },
  'form.no-indicators': { zh: '指标表中没有任何指标', en: 'The indicator table has no indicators' },
  'form.funds-unit-assumed': {
    zh: '未注明资金单位，按“{unit}”理解',
    en: 'The funds unit is not stated; amounts are read in {unit}',
  },
  'form.funds-unreadable': {
    zh: '资金金额“{text}”无法识别为数字',
    en: 'The amount "{text}" is not a number',
  },
  'form.missing-field': { zh: '表头未填写“{field}”', en: 'The header field "{field}" is not filled in' },
  'form.no-output-indicator': { zh: '缺少产出指标', en: 'There is no output (产出) indicator' },
  'form.no-benefit-indicator': { zh: '缺少效益指标', en: 'There is no benefit (效益) indicator' },
  'form.no-satisfaction-indicator': {
    zh: '未设置满意度指标',
    en: 'There is no satisfaction (满意度) indicator',
  },

  // ---- hierarchy ----
  'hierarchy.missing-level1': { zh: '缺少一级指标', en: 'The level-1 indicator (一级指标) is missing' },
  'hierarchy.misspelled': { zh: '“{x}”疑似“{y}”之误', en: '"{x}" looks like a misspelling of "{y}"' },
  'hierarchy.unknown-level1': { zh: '无法识别的指标名称“{x}”', en: 'Unknown indicator name "{x}"' },
  'hierarchy.unknown-level2': { zh: '无法识别的指标名称“{x}”', en: 'Unknown indicator name "{x}"' },
  'hierarchy.missing-level2': { zh: '缺少二级指标', en: 'The level-2 indicator (二级指标) is missing' },
  'hierarchy.level2-mismatch': {
    zh: '二级指标“{b}”不属于“{a}”',
    en: 'The level-2 indicator "{b}" does not belong under "{a}"',
  },
  'hierarchy.missing-level3': { zh: '缺少三级指标', en: 'The level-3 indicator (三级指标) is missing' },
  'hierarchy.name-too-long': {
    zh: '三级指标名称超过100字',
    en: 'The level-3 indicator name is longer than 100 characters',
  },
  'hierarchy.empty-level2': {
    zh: '该二级指标下无三级指标',
    en: 'This level-2 indicator has no level-3 indicators under it',
  },

  // ---- targets: errors ----
  'target.empty': { zh: '指标值为空', en: 'The target value is empty' },
  'target.excel-error': { zh: '指标值为Excel错误值', en: 'The target value is an Excel error value' },
  'target.placeholder': {
    zh: '指标值为占位内容，请填写目标值',
    en: 'The target value is a placeholder; fill in the target',
  },
  'target.missing-number': { zh: '指标值缺少数值', en: 'The target value has no number' },
  'target.reversed-operator': {
    zh: '比较符号书写错误',
    en: 'The comparison sign is written the wrong way round',
  },
  'target.double-percent': { zh: '百分号重复', en: 'The percent sign is doubled' },
  'target.chinese-numeral': {
    zh: '数值应使用阿拉伯数字',
    en: 'Write the number in Arabic digits',
  },
  'target.vague': { zh: '指标值含模糊表述', en: 'The target value is vague (约, 左右, 余…)' },
  'target.over-100-percent': {
    zh: '比率类指标值超过100%',
    en: 'A rate indicator is above 100%',
  },
  'target.over-100-percent.scan-hint': {
    zh: '比率类指标值超过100%（首位的“2”可能是扫描错误的“≥”）',
    en: 'A rate indicator is above 100% (a leading "2" may be a mis-scanned "≥")',
  },
  'target.text-in-value': { zh: '指标值应为数值', en: 'The target value should be a number' },
  'target.unknown-operator': {
    zh: '无法识别的指标性质',
    en: 'Unknown indicator nature (指标性质)',
  },
  'target.unparseable': { zh: '指标值格式无法识别', en: 'The target value cannot be read' },

  // ---- targets: warnings ----
  'target.bare-number': { zh: '指标值缺少比较符号', en: 'The target value has no comparison sign' },
  'target.word-operator': { zh: '比较符号写成了文字', en: 'The comparison is written in words' },
  'target.rate-missing-percent': {
    zh: '比率类指标值缺少%',
    en: 'A rate indicator has no % sign',
  },
  'target.missing-unit': { zh: '指标值缺少计量单位', en: 'The target value has no unit' },
  'target.qualitative-in-quantity': {
    zh: '该类指标应填写定量目标值',
    en: 'This kind of indicator needs a quantitative target',
  },
  'target.direction-suspect': {
    zh: '反向指标一般应使用≤或<',
    en: 'A reverse indicator normally uses ≤ or <',
  },
  'target.cost-over-budget': {
    zh: '成本指标目标值超过项目资金',
    en: 'The cost target exceeds the project funds',
  },
  'target.range-reversed': { zh: '区间上下限颠倒', en: 'The range bounds are reversed' },
  'target.embedded-number': {
    zh: '建议写成“符号+数值+单位”',
    en: 'Write it as "sign + number + unit"',
  },
  'target.missing-note': {
    zh: '定量（其他）指标需填写指标值说明',
    en: 'A 定量（其他） indicator needs an explanation of its value',
  },

  // ---- targets: info ----
  'target.qualitative': { zh: '定性目标，建议量化', en: 'Qualitative target; quantify it where possible' },
  'target.low-satisfaction': {
    zh: '满意度目标低于{min}%',
    en: 'The satisfaction target is below {min}%',
  },
  'target.timeliness-format': {
    zh: '时效指标宜写成日期、期限、比率或“及时”',
    en: 'A timeliness target should be a date, a period, a rate or 及时',
  },
  'target.dash-separator': {
    zh: '区间建议用“至”分隔，部分系统不接受“-”',
    en: 'Separate a range with 至; some systems reject "-"',
  },
  'target.not-applicable': { zh: '不适用，不参与评分', en: 'Not applicable; not scored' },

  // ---- completion ----
  'completion.unit-mismatch': {
    zh: '实际完成值的单位“{actualUnit}”与指标值的单位“{targetUnit}”不一致',
    en: 'The actual value\'s unit "{actualUnit}" differs from the target\'s unit "{targetUnit}"',
  },
  'completion.ambiguous-percent': {
    zh: '实际完成值{value}小于等于1，按百分点理解为{value}%，请确认',
    en: 'The actual value {value} is at most 1 and is read as {value}%; please confirm',
  },
  'completion.scale-suspect': {
    zh: '完成比例为{ratio}，数量级可疑，请核对单位',
    en: 'The completion ratio is {ratio}; check the units',
  },
  'completion.qualitative-actual': {
    zh: '定量指标的实际完成值为文字，建议填写数值',
    en: 'The actual value of a quantitative indicator is text; enter a number',
  },
  'completion.invalid': { zh: '实际完成值无法识别', en: 'The actual value cannot be read' },
  'completion.deviation-reason-missing': {
    zh: '未完成指标需填写偏差原因',
    en: 'An unmet indicator needs a reason for the deviation',
  },
  'completion.far-exceeded': {
    zh: '实际完成值远超目标值（{ratio}倍），目标可能设置偏低',
    en: 'The actual value far exceeds the target ({ratio}×); the target may be set too low',
  },
  'completion.weight-proposed': {
    zh: '未填写分值；建议按 {split} 分配',
    en: 'No weights filled in; proposed split: {split}',
  },
  'completion.weights-sum': {
    zh: '分值合计为{sum}，应为{expected}',
    en: 'The weights add up to {sum}; they should add up to {expected}',
  },
  'completion.level1-weight-mismatch': {
    zh: '“{level1}”的分值合计为{sum}，与标注的{expected}分不一致',
    en: 'The weights under "{level1}" add up to {sum}, not the {expected} stated in its heading',
  },
  'completion.score-out-of-band': {
    zh: '得分{score}不在“{tier}”的分数区间[{low}, {high}]内',
    en: 'The score {score} is outside the band [{low}, {high}] for "{tier}"',
  },
  'completion.score-mismatch': {
    zh: '填写的得分{userScore}与计算得分{score}不一致',
    en: 'The entered score {userScore} differs from the computed score {score}',
  },
  'completion.score-over-weight': {
    zh: '得分{score}超过分值{weight}',
    en: 'The score {score} is above the weight {weight}',
  },
  'completion.budget-base-fallback': {
    zh: '全年预算数为空，按年初预算数计算执行率',
    en: 'The full-year budget is blank; the execution rate uses the initial budget',
  },
  'completion.budget-no-base': {
    zh: '预算数为空或为零，无法计算预算执行率',
    en: 'The budget is blank or zero; the execution rate cannot be computed',
  },
  'completion.budget-execution-low': {
    zh: '预算执行率为{rate}，低于{min}',
    en: 'The budget execution rate is {rate}, below {min}',
  },
  // #9 engine
  'completion.weight-proposed.partial': {
    zh: '部分分值未填写；建议未填的按 {split} 分配',
    en: 'Some weights are blank; proposed for the blank ones: {split}',
  },
  'hierarchy.legacy-framework': {
    zh: '满意度二级指标列在效益指标下，是旧版模板（88号时期及2013年共性指标框架）的写法；现行框架列在满意度指标下',
    en: 'Satisfaction listed under 效益指标 follows the old (88号-era) template; the current framework lists it under 满意度指标',
  },

  // #11 hostile input
  'file.too-large': {
    zh: '文件太大（{size} MB），超过可读取的上限 {limit} MB',
    en: 'The file is too large ({size} MB); at most {limit} MB can be read',
  },
  'file.zip-too-large': {
    zh: '工作簿解压后将有 {size} MB，超过上限 {limit} MB，为防止耗尽内存未读取（可能是“压缩炸弹”）',
    en: 'The workbook would inflate to {size} MB, over the limit of {limit} MB; it was not read, to protect memory (possibly a zip bomb)',
  },
  'file.zip-ratio': {
    zh: '工作簿中的“{part}”压缩比异常（{ratio} 倍，解压后 {size} MB），为防止耗尽内存未读取（可能是“压缩炸弹”）',
    en: 'The part "{part}" of the workbook is compressed {ratio} times ({size} MB inflated); it was not read, to protect memory (possibly a zip bomb)',
  },
  'file.zip-entries': {
    zh: '工作簿中有 {entries} 个部件，超过上限 {limit} 个，未读取',
    en: 'The workbook has {entries} parts, over the limit of {limit}; it was not read',
  },
  'file.too-many-cells': {
    zh: '工作表“{sheet}”的单元格超过 {limit} 个，为限制内存和时间已停止读取（可用 --max-cells 调整上限）',
    en: 'Sheet "{sheet}" has more than {limit} cells; reading stopped to bound memory and time (--max-cells sets the limit)',
  },
  'file.folder-unreadable': {
    zh: '无法读取文件夹“{path}”：{detail}；其中的文件未检查',
    en: 'Cannot read the folder "{path}": {detail}; the files in it were not checked',
  },
  'file.check-crashed': {
    zh: '检查此文件时处理进程意外终止（{detail}），文件可能过大或已损坏',
    en: 'The check of this file stopped unexpectedly ({detail}); the file may be too large or damaged',
  },
  // #12 preview — undo/redo in the browser preview, and the empty form a fresh template is
  'form.empty-template': {
    zh: '这是一张空白表：表头齐全，指标表尚未填写，填好指标后会逐条检查',
    en: 'This is an empty form: the header is complete and the indicator table is not filled in yet; indicators are checked once entered',
  },
} satisfies Record<string, Entry>;
