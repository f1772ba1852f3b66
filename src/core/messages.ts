/**
 * The one message catalog: every text a user sees, by stable code, in Chinese and English.
 * Rule modules refer to codes; they never hold message text themselves.
 * Placeholders are written {name} and filled from a finding's params.
 */
import type { Lang } from './types';

interface Entry {
  zh: string;
  en: string;
}

const catalog = {
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

  // ---- reasons: the plain-words detail inside file.* and cli.* messages (rendered in the same language) ----
  'reason.folder-missing': { zh: '文件夹不存在', en: 'the folder does not exist' },
  'reason.not-a-folder': { zh: '路径中有一部分不是文件夹', en: 'a part of the path is not a folder' },
  'reason.permission': { zh: '没有访问权限', en: 'permission denied' },
  'reason.read-only': { zh: '磁盘为只读', en: 'the file system is read-only' },
  'reason.disk-full': { zh: '磁盘空间已满', en: 'the disk is full' },
  'reason.quota': { zh: '磁盘配额已用完', en: 'the disk quota is exhausted' },
  'reason.is-folder': { zh: '这是一个文件夹，不是文件', en: 'it is a folder, not a file' },
  'reason.not-regular-file': { zh: '这不是普通文件', en: 'it is not a regular file' },
  'reason.locked': { zh: '文件被其他程序占用（例如正在 Excel 中打开）', en: 'the file is locked by another program' },
  'reason.path-too-long': { zh: '路径太长', en: 'the path is too long' },
  'reason.symlinks': { zh: '符号链接层数过多', en: 'too many symbolic links' },
  'reason.too-many-files': { zh: '同时打开的文件过多', en: 'too many open files' },
  'reason.zip-damaged': {
    zh: '文件不完整或已损坏（可能没有完整下载或保存）',
    en: 'the zip container is truncated or damaged',
  },
  'reason.bad-xml': { zh: '工作簿中有一部分内容格式错误', en: 'a part of the workbook contains malformed XML' },
  'reason.overlapping-merges': { zh: '工作簿中有相互重叠的合并单元格', en: 'the workbook has overlapping merged cells' },
  'reason.bad-structure': { zh: '无法识别工作簿的结构', en: 'the workbook structure could not be read' },
  'reason.unknown': { zh: '未知错误', en: 'unknown error' },

  // ---- forms ----
  'form.sheet-oversized': {
    zh: '工作表“{sheet}”的已用区域声称有 {rows} 行，只读取了含内容的单元格',
    en: 'Sheet "{sheet}" claims a used range of {rows} rows; only cells with content were read',
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

  // ---- user interface (CLI text output, pane) ----
  'ui.cannot-start': { zh: '绩效目标表助手无法启动', en: 'could not start' },
  'ui.layout.declaration': { zh: '申报表', en: 'declaration' },
  'ui.layout.declaration-split': { zh: '申报表（分列）', en: 'declaration (split)' },
  'ui.layout.self-evaluation': { zh: '自评表', en: 'self-evaluation' },
  'ui.layout.self-evaluation-split': { zh: '自评表（分列）', en: 'self-evaluation (split)' },
  'ui.severity.error': { zh: '错误', en: 'error' },
  'ui.severity.warning': { zh: '警告', en: 'warning' },
  'ui.severity.info': { zh: '提示', en: 'info' },
  'ui.form': { zh: '表', en: 'Form' },
  'ui.project': { zh: '项目', en: 'Project' },
  'ui.funds': { zh: '资金', en: 'Funds' },
  'ui.yuan': { zh: '元', en: 'yuan' },
  'ui.completion': {
    zh: '完成情况：达成 {met}，未达成 {not_met}，部分达成 {partial}，待填 {pending}，无法识别 {invalid}',
    en: 'Completion: met {met}, not met {not_met}, partial {partial}, pending {pending}, invalid {invalid}',
  },
  'ui.score': { zh: '自评得分 {total}（{grade}）', en: 'Self-evaluation score {total} ({grade})' },
  'ui.score-incomplete': {
    zh: '自评得分 {total}（尚有待填指标，得分不完整）',
    en: 'Self-evaluation score {total} (incomplete: some actuals are pending)',
  },
  'ui.suggestion': { zh: '建议：{text}', en: 'Suggestion: {text}' },
  'ui.field': { zh: '{label}：{value}', en: '{label}: {value}' },
  'ui.parenthesis': { zh: '（{text}）', en: ' ({text})' },
  'ui.list-separator': { zh: '，', en: ', ' },
  'ui.note-title': { zh: '绩效目标检查：', en: 'Performance target check:' },
  'ui.no-issues': { zh: '未发现问题', en: 'No issues found' },

  // ---- task pane (src/taskpane) ----
  'pane.title': { zh: '绩效目标检查', en: 'Performance target check' },
  'pane.loading': { zh: '正在检查…', en: 'Checking…' },
  'pane.busy': { zh: '正在处理…', en: 'Working…' },
  'pane.scope.label': { zh: '检查范围', en: 'Scope' },
  'pane.scope.active': { zh: '当前工作表', en: 'Active sheet' },
  'pane.scope.all': { zh: '全部工作表', en: 'All sheets' },
  'pane.toolbar': { zh: '操作', en: 'Actions' },
  'pane.action.recheck': { zh: '重新检查', en: 'Check again' },
  'pane.action.paint': { zh: '标记问题', en: 'Mark issues' },
  'pane.action.clear': { zh: '清除标记', en: 'Clear marks' },
  'pane.action.fix-all-count': { zh: '全部安全修正（{count}）', en: 'Apply all safe fixes ({count})' },
  'pane.action.fill': { zh: '填写完成情况', en: 'Fill in completion' },
  'pane.action.template': { zh: '插入标准模板', en: 'Insert standard template' },
  'pane.action.settings': { zh: '设置', en: 'Settings' },
  'pane.action.fix': { zh: '修正', en: 'Fix' },
  'pane.action.fix-label': { zh: '修正 {cell}：{before} → {after}', en: 'Fix {cell}: {before} → {after}' },
  'pane.action.cancel': { zh: '取消', en: 'Cancel' },
  'pane.action.apply': { zh: '应用', en: 'Apply' },
  'pane.action.apply-fixes': { zh: '应用 {count} 处修正', en: 'Apply {count} fixes' },
  'pane.action.overwrite': { zh: '覆盖这些单元格', en: 'Overwrite these cells' },
  'pane.action.keep': { zh: '保留原值', en: 'Keep what is there' },
  'pane.action.save': { zh: '保存', en: 'Save' },
  'pane.action.back': { zh: '返回', en: 'Back' },
  'pane.action.insert': { zh: '插入', en: 'Insert' },
  'pane.action.dismiss': { zh: '关闭提示', en: 'Dismiss' },
  'pane.no-form': {
    zh: '工作表“{sheet}”中没有找到申报表或自评表',
    en: 'No declaration or self-evaluation form was found on sheet "{sheet}"',
  },
  'pane.no-sheets': { zh: '没有可检查的工作表', en: 'There is no sheet to check' },
  'pane.summary.title': { zh: '概况', en: 'Summary' },
  'pane.summary.unnamed': { zh: '（未填写项目名称）', en: '(no project name)' },
  'pane.summary.funds': { zh: '项目资金', en: 'Funds' },
  'pane.summary.funds-value': { zh: '{amount} 元', en: '{amount} yuan' },
  'pane.summary.no-funds': { zh: '未填写', en: 'not given' },
  'pane.summary.layout': { zh: '表式', en: 'Layout' },
  'pane.summary.range': { zh: '区域', en: 'Range' },
  'pane.summary.indicators': { zh: '指标数', en: 'Indicators' },
  'pane.summary.errors': { zh: '错误', en: 'Errors' },
  'pane.summary.warnings': { zh: '警告', en: 'Warnings' },
  'pane.tabs': { zh: '检查结果', en: 'Results' },
  'pane.tab.issues': { zh: '问题', en: 'Issues' },
  'pane.tab.hierarchy': { zh: '指标层级', en: 'Hierarchy' },
  'pane.tab.completion': { zh: '完成情况', en: 'Completion' },
  'pane.issues.group.error': { zh: '错误（{count}）', en: 'Errors ({count})' },
  'pane.issues.group.warning': { zh: '警告（{count}）', en: 'Warnings ({count})' },
  'pane.issues.group.info': { zh: '提示（{count}）', en: 'Notes ({count})' },
  'pane.issues.none': { zh: '未发现问题', en: 'No issues found' },
  'pane.issues.hint': {
    zh: '点击问题可定位到单元格；用方向键在问题之间移动。',
    en: 'Select an issue to go to its cell; use the arrow keys to move between issues.',
  },
  'pane.issue.label': { zh: '{cell}：{message}', en: '{cell}: {message}' },
  'pane.issue.whole-form': { zh: '整表', en: 'Form' },
  'pane.verdict.ok': { zh: '合格', en: 'OK' },
  'pane.verdict.warning': { zh: '警告', en: 'Warning' },
  'pane.verdict.error': { zh: '错误', en: 'Error' },
  'pane.hierarchy.suggested': { zh: '建议改为“{name}”', en: 'Suggested name: "{name}"' },
  'pane.hierarchy.other': { zh: '其他层级问题', en: 'Other hierarchy findings' },
  'pane.hierarchy.none': { zh: '没有指标', en: 'No indicators' },
  'pane.hierarchy.unnamed': { zh: '（空）', en: '(blank)' },
  'pane.empty-cell': { zh: '（空）', en: '(empty)' },
  'pane.completion.none': {
    zh: '只有绩效自评表有完成情况',
    en: 'Only self-evaluation forms have completion results',
  },
  'pane.completion.status.met': { zh: '达成', en: 'met' },
  'pane.completion.status.not_met': { zh: '未达成', en: 'not met' },
  'pane.completion.status.partial': { zh: '部分达成', en: 'partial' },
  'pane.completion.status.pending': { zh: '待填', en: 'pending' },
  'pane.completion.status.invalid': { zh: '无法识别', en: 'invalid' },
  'pane.completion.status.na': { zh: '不适用', en: 'n/a' },
  'pane.completion.indicator': { zh: '三级指标', en: 'Indicator' },
  'pane.completion.status': { zh: '状态', en: 'Status' },
  'pane.completion.ratio': { zh: '完成比例', en: 'Ratio' },
  'pane.completion.weight': { zh: '分值', en: 'Weight' },
  'pane.completion.score': { zh: '得分', en: 'Score' },
  'pane.completion.proposed': { zh: '{weight}（建议）', en: '{weight} (proposed)' },
  'pane.completion.counts': {
    zh: '达成 {met}，未达成 {not_met}，部分达成 {partial}，待填 {pending}，无法识别 {invalid}',
    en: 'met {met}, not met {not_met}, partial {partial}, pending {pending}, invalid {invalid}',
  },
  'pane.completion.budget': {
    zh: '预算执行率 {rate}，分值 {weight}，得分 {score}',
    en: 'Budget execution {rate}, weight {weight}, score {score}',
  },
  'pane.completion.total': { zh: '总分 {total}', en: 'Total {total}' },
  'pane.completion.grade': { zh: '等级：{grade}', en: 'Grade: {grade}' },
  'pane.completion.incomplete': {
    zh: '尚有待填指标，得分不完整',
    en: 'Some actuals are pending; the score is incomplete',
  },
  'pane.completion.dash': { zh: '—', en: '—' },
  'pane.grade.excellent': { zh: '优', en: 'Excellent' },
  'pane.grade.good': { zh: '良', en: 'Good' },
  'pane.grade.fair': { zh: '中', en: 'Fair' },
  'pane.grade.poor': { zh: '差', en: 'Poor' },
  'pane.status-column.header': { zh: '完成状态', en: 'Completion status' },
  'pane.notes-unavailable': {
    zh: '此环境不能写入单元格批注：问题说明显示在本窗格中。',
    en: 'This host cannot write cell notes: the explanations are shown here in the pane instead.',
  },
  'pane.limitations.title': { zh: '功能限制', en: 'Limitations' },
  'pane.change': { zh: '{cell}：{before} → {after}', en: '{cell}: {before} → {after}' },
  'pane.confirm.fix.title': { zh: '确认修正', en: 'Confirm the fix' },
  'pane.confirm.fix.body': {
    zh: '这项修正会改变指标值的含义，请确认后再修改：',
    en: 'This fix changes what the target means; confirm before it is written:',
  },
  'pane.confirm.fix-all.title': { zh: '全部安全修正', en: 'Apply all safe fixes' },
  'pane.confirm.fix-all.body': {
    zh: '将修改以下 {count} 个单元格（只改写法，不改含义）：',
    en: 'These {count} cells will be changed (notation only, not meaning):',
  },
  'pane.confirm.overwrite.title': { zh: '覆盖已填写的单元格？', en: 'Overwrite filled cells?' },
  'pane.confirm.overwrite.body': {
    zh: '以下 {count} 个单元格已有内容，尚未改写。只有确认后才会覆盖：',
    en: 'These {count} cells already hold something and were left alone. They are overwritten only if you confirm:',
  },
  'pane.result.fixed': { zh: '已修正 {count} 个单元格', en: 'Fixed {count} cells' },
  'pane.result.no-safe-fixes': { zh: '没有可以安全修正的问题', en: 'There is nothing to fix safely' },
  'pane.result.painted': { zh: '已标记 {count} 个单元格', en: 'Marked {count} cells' },
  'pane.result.nothing-to-paint': { zh: '没有需要标记的问题', en: 'There is nothing to mark' },
  'pane.result.cleared': { zh: '已清除标记', en: 'Marks cleared' },
  'pane.result.filled': { zh: '已填写 {count} 个单元格', en: 'Filled in {count} cells' },
  'pane.result.nothing-to-fill': {
    zh: '没有可填写的得分或状态',
    en: 'There is no score or status to fill in',
  },
  'pane.result.kept': { zh: '保留了 {count} 个已填写的单元格', en: 'Kept {count} filled cells as they were' },
  'pane.result.settings-saved': { zh: '设置已保存', en: 'Settings saved' },
  'pane.result.template': { zh: '已插入工作表“{sheet}”', en: 'Inserted sheet "{sheet}"' },
  'pane.error': { zh: '操作未完成：{detail}', en: 'The action did not complete: {detail}' },
  // #10 excel host
  'pane.result.protected': {
    zh: '工作表“{sheets}”受保护，未标记也未写入任何单元格；问题已列在下方。撤销工作表保护后可再标记。',
    en: 'Sheet "{sheets}" is protected, so nothing was marked or written there; the issues are listed below. Unprotect the sheet to mark them.',
  },
  'pane.result.cleared-left-alone': {
    zh: '已清除标记；有 {count} 个单元格在标记后被改动过（例如重新填色或排序），已保持原样：{cells}',
    en: 'Marks cleared; {count} cells were changed after marking (refilled or sorted) and were left as they are: {cells}',
  },
  'pane.result.sheet-failed': {
    zh: '工作表“{sheet}”未能检查：{detail}。其他工作表已检查。',
    en: 'Sheet "{sheet}" could not be checked: {detail}. The other sheets were checked.',
  },
  'pane.reason.too-large': {
    zh: '工作表太大，Excel 无法分批读出',
    en: 'the sheet is too large for Excel to hand over, even in parts',
  },
  'pane.reason.protected': { zh: '工作表受保护', en: 'the sheet is protected' },
  'pane.result.cell-edit': {
    zh: 'Excel 正在编辑单元格：请按 Enter 或点选其他单元格结束编辑，再点一次。',
    en: 'Excel is editing a cell: press Enter or click another cell to finish, then try again.',
  },
  'pane.settings.title': { zh: '评分设置', en: 'Scoring settings' },
  'pane.settings.saved-with-workbook': {
    zh: '设置随工作簿保存。',
    en: 'Settings are saved with the workbook.',
  },
  'pane.settings.reverse': { zh: '反向指标计分方法', en: 'Scoring of reverse indicators' },
  'pane.settings.reverse.ratio': { zh: '比值法：分值 × 目标值 ÷ 实际值', en: 'Ratio: weight × target ÷ actual' },
  'pane.settings.reverse.linear': { zh: '线性扣分法', en: 'Linear deduction' },
  'pane.settings.tiers': { zh: '定性指标得分比例（0–1）', en: 'Qualitative tier scores (0–1)' },
  'pane.settings.tier.met': { zh: '达成', en: 'Met' },
  'pane.settings.tier.partial': { zh: '部分达成', en: 'Partly met' },
  'pane.settings.tier.notMet': { zh: '未达成', en: 'Not met' },
  'pane.settings.tier-invalid': { zh: '请输入 0 到 1 之间的数', en: 'Enter a number from 0 to 1' },
  'pane.settings.rounding': { zh: '得分取舍', en: 'Rounding of scores' },
  'pane.settings.rounding.two-decimals': { zh: '保留两位小数', en: 'Two decimals' },
  'pane.settings.rounding.integer': { zh: '取整数', en: 'Whole numbers' },
  'pane.settings.rounding.none': { zh: '不取舍', en: 'No rounding' },
  'pane.settings.status-column': {
    zh: '填写完成情况时同时写入“完成状态”列',
    en: 'Also write a completion status column when filling in completion',
  },
  'pane.template.title': { zh: '插入标准模板', en: 'Insert standard template' },
  'pane.template.layout': { zh: '表式', en: 'Form' },
  'pane.template.declaration': { zh: '绩效目标申报表', en: 'Declaration form' },
  'pane.template.self-evaluation': { zh: '绩效自评表', en: 'Self-evaluation form' },
  'pane.template.split': {
    zh: '申报表（指标性质、指标值、度量单位分列）',
    en: 'Declaration form with separate nature, value and unit columns',
  },
  'pane.template.year': { zh: '年度', en: 'Year' },
  'pane.template.year-invalid': { zh: '请输入 2000 到 2100 之间的年份', en: 'Enter a year from 2000 to 2100' },

  // #12 pane — quiet by default (severity filter, notes collapsed, one line per form), 详情 per issue
  'pane.filter.label': { zh: '显示', en: 'Show' },
  'pane.filter.error': { zh: '错误', en: 'Errors' },
  'pane.filter.warning': { zh: '警告', en: 'Warnings' },
  'pane.filter.info': { zh: '提示', en: 'Notes' },
  'pane.issues.all-hidden': { zh: '所选类别中没有问题', en: 'Nothing in the chosen categories' },
  'pane.issues.form-counts': {
    zh: '错误 {errors} · 警告 {warnings} · 提示 {notes}',
    en: 'errors {errors} · warnings {warnings} · notes {notes}',
  },
  'pane.summary.forms': {
    zh: '共 {count} 张表：错误 {errors}，警告 {warnings}',
    en: '{count} forms: errors {errors}, warnings {warnings}',
  },
  'pane.issue.details': { zh: '详情', en: 'Details' },
  'pane.issue.details-label': { zh: '{cell} 的详情', en: 'Details of {cell}' },
  'pane.details.title': { zh: '问题说明', en: 'About this finding' },
  'pane.details.code': { zh: '代码：{code}', en: 'Code: {code}' },
  'pane.details.severity': { zh: '默认级别：{severity}', en: 'Default severity: {severity}' },
  'pane.details.message': { zh: '提示文字：{text}', en: 'Message: {text}' },
  'pane.completion.proposed-mark': { zh: '建议', en: 'proposed' },

  // ---- Excel add-in: capabilities missing from the running Excel (src/excel) ----
  'excel.no-batch-formats': {
    zh: '此版本的 Excel 较旧（不支持 ExcelApi 1.9）：清除标记时图案填充恢复为纯色，插入的模板不含打印设置',
    en: 'This Excel is older than ExcelApi 1.9: pattern fills are restored as solid fills when marks are cleared, and inserted templates have no print setup',
  },
  'excel.no-validation': {
    zh: '此版本的 Excel 不支持数据验证（需要 ExcelApi 1.8）：插入的模板没有下拉列表和输入提示',
    en: 'This Excel does not support data validation (needs ExcelApi 1.8): inserted templates have no dropdowns or input guidance',
  },
  'excel.no-merged-areas': {
    zh: '此版本的 Excel 不能读取合并单元格（需要 ExcelApi 1.13）：合并的指标名称按上下文推断',
    en: 'This Excel cannot read merged cells (needs ExcelApi 1.13): merged indicator names are inferred from their neighbours',
  },
  'excel.no-notes': {
    zh: '此版本的 Excel 不支持单元格批注（需要 ExcelApi 1.18）：问题说明只显示在任务窗格中',
    en: 'This Excel cannot write cell notes (needs ExcelApi 1.18): explanations are shown in the task pane only',
  },
  'excel.no-undo-grouping': {
    zh: '此版本的 Excel 不能把一次操作合并为一步撤销（需要 ExcelApi 1.20）：撤销时可能需要多按几次',
    en: 'This Excel cannot group an action into one undo step (needs ExcelApi 1.20): undoing may take several steps',
  },
  // #10 loading — the pane's start inside Excel (src/app). The page for webviews the pane cannot run
  // in (src/app/unsupported.html) is plain ES5 without the bundle: its text is inline there.
  'app.connecting': { zh: '正在连接 Excel…', en: 'Connecting to Excel…' },
  'app.office-unreachable': {
    zh: '无法连接 Excel 的接口（office.js 没有加载或没有响应），现在不能检查这个工作簿。请检查网络连接后重试。',
    en: 'Cannot reach Excel’s interface (office.js did not load or did not answer), so this workbook cannot be checked now. Check the network connection and retry.',
  },
  'app.office-unreachable-detail': {
    zh: '任务窗格需要从微软的服务器（appsforoffice.microsoft.com）加载 office.js；如果单位网络拦截了该地址，请联系网络管理员。',
    en: 'The task pane loads office.js from Microsoft’s servers (appsforoffice.microsoft.com); if your network blocks that address, ask your network administrator.',
  },
  'app.retry': { zh: '重试', en: 'Retry' },
  // ---- command line (jixiao check --out, fix, template, score) ----
  'cli.output-unwritable': { zh: '无法写入“{path}”：{detail}', en: 'Cannot write "{path}": {detail}' },
  'cli.output-is-input': {
    zh: '输出文件不能与输入文件相同：“{path}”（输入文件不会被修改）',
    en: 'The output file cannot be the input file: "{path}" (the input is never modified)',
  },
  'cli.progress': {
    zh: '{bar} {value}/{total} 个文件 | 错误 {errors} | 剩余 {eta_formatted}',
    en: '{bar} {value}/{total} files | errors {errors} | ETA {eta_formatted}',
  },
  'cli.fix-change': { zh: '{where}：{before} → {after}（{rule}）', en: '{where}: {before} → {after} ({rule})' },
  'cli.fix-none': { zh: '没有可以自动修正的问题', en: 'Nothing to fix automatically' },
  'cli.score-form': {
    zh: '{sheet}!{range}  {project}：总分 {total}，等级 {grade}',
    en: '{sheet}!{range}  {project}: total {total}, grade {grade}',
  },
  'cli.score-budget': { zh: '预算执行率 {rate}，得分 {score}', en: 'budget execution {rate}, score {score}' },
  'cli.score-none': { zh: '没有找到绩效自评表', en: 'No self-evaluation form was found' },
  'cli.score-kept': {
    zh: '{where} 已填得分 {current}，未替换（计算得分 {score}）',
    en: '{where} already holds {current}; not replaced (computed {score})',
  },
  'cli.sheet.summary': { zh: '汇总', en: 'Summary' },
  'cli.sheet.issues': { zh: '问题清单', en: 'Issues' },
  'cli.sheet.indicators': { zh: '指标明细', en: 'Indicators' },
  'cli.sheet.changes': { zh: '修改记录', en: '修改记录' },
  'cli.col.file': { zh: '文件', en: 'File' },
  'cli.col.sheet': { zh: '工作表', en: 'Sheet' },
  'cli.col.range': { zh: '区域', en: 'Range' },
  'cli.col.layout': { zh: '表类型', en: 'Layout' },
  'cli.col.department': { zh: '主管部门', en: 'Department' },
  'cli.col.unit': { zh: '实施单位', en: 'Implementing unit' },
  'cli.col.project': { zh: '项目名称', en: 'Project' },
  'cli.col.funds': { zh: '项目资金（元）', en: 'Funds (yuan)' },
  'cli.col.indicators': { zh: '指标数', en: 'Indicators' },
  'cli.col.errors': { zh: '错误', en: 'Errors' },
  'cli.col.warnings': { zh: '警告', en: 'Warnings' },
  'cli.col.infos': { zh: '提示', en: 'Notes' },
  'cli.col.met': { zh: '达成', en: 'Met' },
  'cli.col.partial': { zh: '部分达成', en: 'Partial' },
  'cli.col.not-met': { zh: '未达成', en: 'Not met' },
  'cli.col.pending': { zh: '待填', en: 'Pending' },
  'cli.col.invalid': { zh: '无法识别', en: 'Invalid' },
  'cli.col.score': { zh: '自评得分', en: 'Score' },
  'cli.col.grade': { zh: '等级', en: 'Grade' },
  'cli.col.status': { zh: '读取情况', en: 'Read status' },
  'cli.col.cell': { zh: '单元格', en: 'Cell' },
  'cli.col.code': { zh: '代码', en: 'Code' },
  'cli.col.severity': { zh: '严重程度', en: 'Severity' },
  'cli.col.message': { zh: '问题', en: 'Message' },
  'cli.col.suggestion': { zh: '建议', en: 'Suggestion' },
  'cli.col.row': { zh: '行', en: 'Row' },
  'cli.col.level1': { zh: '一级指标', en: 'Level 1' },
  'cli.col.level2': { zh: '二级指标', en: 'Level 2' },
  'cli.col.level3': { zh: '三级指标', en: 'Level 3' },
  'cli.col.level1-canonical': { zh: '一级指标（规范）', en: 'Level 1 (canonical)' },
  'cli.col.level2-canonical': { zh: '二级指标（规范）', en: 'Level 2 (canonical)' },
  'cli.col.target': { zh: '指标值', en: 'Target' },
  'cli.col.kind': { zh: '类型', en: 'Kind' },
  'cli.col.op': { zh: '符号', en: 'Operator' },
  'cli.col.value': { zh: '数值', en: 'Value' },
  'cli.col.unit-of-measure': { zh: '单位', en: 'Unit' },
  'cli.col.nature': { zh: '指标性质', en: 'Nature' },
  'cli.col.verdict': { zh: '判定', en: 'Verdict' },
  'cli.col.actual': { zh: '实际完成值', en: 'Actual' },
  'cli.col.completion': { zh: '完成情况', en: 'Completion' },
  'cli.col.ratio': { zh: '完成率', en: 'Ratio' },
  'cli.col.weight': { zh: '分值', en: 'Weight' },
  'cli.col.before': { zh: '修改前', en: 'Before' },
  'cli.col.after': { zh: '修改后', en: 'After' },
  'cli.col.rule': { zh: '规则', en: 'Rule' },
  'cli.status.ok': { zh: '已读取', en: 'read' },
  'cli.status.no-form': { zh: '未找到表', en: 'no form' },
  'cli.completion.met': { zh: '达成', en: 'met' },
  'cli.completion.not_met': { zh: '未达成', en: 'not met' },
  'cli.completion.partial': { zh: '部分达成', en: 'partial' },
  'cli.completion.pending': { zh: '待填', en: 'pending' },
  'cli.completion.invalid': { zh: '无法识别', en: 'invalid' },
  'cli.completion.na': { zh: '不适用', en: 'n/a' },
  'cli.verdict.ok': { zh: '正确', en: 'ok' },
  'cli.verdict.warning': { zh: '警告', en: 'warning' },
  'cli.verdict.error': { zh: '错误', en: 'error' },
  // #9 engine
  'completion.weight-proposed.partial': {
    zh: '部分分值未填写；建议未填的按 {split} 分配',
    en: 'Some weights are blank; proposed for the blank ones: {split}',
  },
  'hierarchy.legacy-framework': {
    zh: '满意度二级指标列在效益指标下，是旧版模板（88号时期及2013年共性指标框架）的写法；现行框架列在满意度指标下',
    en: 'Satisfaction listed under 效益指标 follows the old (88号-era) template; the current framework lists it under 满意度指标',
  },
  // #12 cli — counts ('one|other' in English: the CLI picks the form by the number), text output,
  // usage errors, explain, the department sheet and the HTML report
  'cli.n.files': { zh: '{n} 个文件', en: '{n} file|{n} files' },
  'cli.n.forms': { zh: '{n} 张表', en: '{n} form|{n} forms' },
  'cli.n.indicators': { zh: '{n} 个指标', en: '{n} indicator|{n} indicators' },
  'cli.n.errors': { zh: '{n} 个错误', en: '{n} error|{n} errors' },
  'cli.n.warnings': { zh: '{n} 个警告', en: '{n} warning|{n} warnings' },
  'cli.n.notes': { zh: '{n} 个提示', en: '{n} note|{n} notes' },
  'cli.n.issues': { zh: '{n} 个问题', en: '{n} issue|{n} issues' },
  'cli.n.unreadable': { zh: '{n} 个文件无法读取', en: '{n} unreadable file|{n} unreadable files' },
  'cli.text.file': { zh: '文件 {file}：{summary}', en: 'File {file}: {summary}' },
  'cli.text.file-summary': { zh: '{forms}，{indicators}，{errors}，{warnings}，{notes}', en: '{forms}, {indicators}, {errors}, {warnings}, {notes}' },
  'cli.text.file-unreadable': { zh: '无法读取', en: 'cannot be read' },
  'cli.text.file-no-form': { zh: '未找到表，{errors}，{warnings}', en: 'no form found, {errors}, {warnings}' },
  'cli.text.form-summary': { zh: '{indicators}，{errors}，{warnings}，{notes}', en: '{indicators}, {errors}, {warnings}, {notes}' },
  'cli.text.totals': {
    zh: '共检查 {files}、{forms}：{errors}，{warnings}，{notes}{unreadable}',
    en: 'Checked {files} and {forms}: {errors}, {warnings}, {notes}{unreadable}.',
  },
  'cli.text.totals-unreadable': { zh: '；{unreadable}', en: '; {unreadable}' },
  'cli.text.notes-hidden': { zh: '{notes}未列出（加 --notes 列出）', en: '{notes} not listed (add --notes to list them).' },
  'cli.summary-written-n': { zh: '已写入汇总表“{path}”：{files}、{forms}、{issues}', en: 'Summary written to "{path}": {files}, {forms}, {issues}.' },
  'cli.n.safe-fixes': { zh: '{n} 处安全修正', en: '{n} safe fix|{n} safe fixes' },
  'cli.n.score-cells': { zh: '{n} 个空白得分单元格', en: '{n} empty score cell|{n} empty score cells' },
  'cli.n.indicator-rows': { zh: '{n} 行指标', en: '{n} indicator row|{n} indicator rows' },
  'cli.n.pending': { zh: '{n} 个指标待填', en: '{n} actual pending|{n} actuals pending' },
  'cli.fix-written-n': {
    zh: '已写入修正副本“{path}”：{fixes}（见“修改记录”工作表）',
    en: 'Corrected copy written to "{path}": {fixes} (see the 修改记录 sheet).',
  },
  'cli.template-written-n': {
    zh: '已写入标准模板“{path}”（{layout}，{year}年度，{rows}）',
    en: 'Template written to "{path}" ({layout}, {year}, {rows}).',
  },
  'cli.score-written-n': {
    zh: '已写入“{path}”：{cells}已填入计算得分',
    en: 'Written to "{path}": computed scores filled into {cells}.',
  },
  'cli.score-incomplete-n': { zh: '（尚有 {pending}，得分不完整）', en: ' (incomplete: {pending})' },
  'cli.html-written': { zh: '已写入检查报告“{path}”', en: 'Report written to "{path}".' },
  'cli.no-workbooks': {
    zh: '警告：“{path}”中没有工作簿（.xlsx 或 .xlsm 文件）',
    en: 'Warning: there is no workbook (.xlsx or .xlsm file) in "{path}".',
  },
  'cli.usage.unknown-option': { zh: '未知选项 {option}', en: 'Unknown option {option}.' },
  'cli.usage.unknown-command': {
    zh: '未知命令“{command}”（可用命令：check、fix、template、score、explain）',
    en: 'Unknown command "{command}" (commands: check, fix, template, score, explain).',
  },
  'cli.usage.no-command': {
    zh: '请指定命令：check、fix、template、score 或 explain',
    en: 'Name a command: check, fix, template, score or explain.',
  },
  'cli.usage.missing-argument': { zh: '缺少参数 <{argument}>', en: 'Missing argument <{argument}>.' },
  'cli.usage.option-missing-value': { zh: '选项 {option} 需要一个值', en: 'Option {option} needs a value.' },
  'cli.usage.missing-option': { zh: '缺少必需的选项 {option}', en: 'The option {option} is required.' },
  'cli.usage.invalid-choice': {
    zh: '选项 {option} 的值“{value}”无效，可选：{choices}',
    en: 'Invalid value "{value}" for {option}; choose one of: {choices}.',
  },
  'cli.usage.invalid-number': {
    zh: '选项 {option} 的值“{value}”无效，应为 1 到 {max} 的整数',
    en: 'Invalid value "{value}" for {option}; give a whole number from 1 to {max}.',
  },
  'cli.usage.too-many': { zh: '多余的参数：{args}', en: 'Unexpected argument: {args}.' },
  'cli.usage.other': { zh: '命令行有误：{detail}', en: 'Invalid command line: {detail}' },
  'cli.usage.hint': { zh: '用法：{usage}（{help} 列出全部选项）', en: 'Usage: {usage} ({help} lists every option).' },
  'cli.explain.unknown': {
    zh: '没有代码为“{code}”的检查项（jixiao explain --list 列出全部代码）{hint}',
    en: 'There is no finding code "{code}" (jixiao explain --list lists them all).{hint}',
  },
  'cli.explain.did-you-mean': { zh: '是不是：{codes}？', en: 'Did you mean: {codes}?' },
  'cli.explain.severity': { zh: '严重程度：{severity}', en: 'Severity: {severity}' },
  'cli.explain.message': { zh: '报告中的文字：{text}', en: 'As reported: {text}' },
  'cli.explain.group.target': { zh: '指标值', en: 'target value' },
  'cli.explain.group.hierarchy': { zh: '指标层级', en: 'indicator hierarchy' },
  'cli.explain.group.completion': { zh: '完成情况与自评得分', en: 'completion and self-evaluation score' },
  'cli.explain.group.form': { zh: '表格结构', en: 'form structure' },
  'cli.explain.group.file': { zh: '文件读取', en: 'reading the file' },
  'cli.explain.group': { zh: '类别：{group}', en: 'Checks: {group}' },
  'cli.sheet.departments': { zh: '部门汇总', en: 'Departments' },
  'cli.col.forms': { zh: '表数', en: 'Forms' },
  'cli.col.forms-ok': { zh: '无错误的表', en: 'Forms with no error' },
  'cli.col.forms-ok-rate': { zh: '无错误表占比', en: 'Share with no error' },
  'cli.col.completion-rate': { zh: '指标达成率', en: 'Completion rate' },
  'cli.col.average-score': { zh: '平均自评得分', en: 'Average score' },
  'cli.col.rank': { zh: '排名', en: 'Rank' },
  'cli.col.value-base': { zh: '数值（基本单位）', en: 'Value (base unit)' },
  'cli.col.kind-code': { zh: '类型代码', en: 'Kind code' },
  'cli.total': { zh: '合计', en: 'Total' },
  'cli.total-status': { zh: '{files}、{forms}{unreadable}{scored}', en: '{files}, {forms}{unreadable}{scored}' },
  'cli.total-status.unreadable': { zh: '，{unreadable}', en: ', {unreadable}' },
  'cli.total-status.scored': { zh: '；自评得分为 {n} 张得分完整的表的平均分', en: '; score: the average of {n} complete self-evaluations' },
  'cli.department.none': { zh: '（未填主管部门）', en: '(no department stated)' },
  'cli.department.no-form': { zh: '（未找到表的文件）', en: '(files with no form)' },
  'cli.kind.quantitative': { zh: '定量', en: 'quantitative' },
  'cli.kind.qualitative': { zh: '定性', en: 'qualitative' },
  'cli.kind.date': { zh: '日期', en: 'date' },
  'cli.kind.range': { zh: '区间', en: 'range' },
  'cli.kind.na': { zh: '不适用', en: 'not applicable' },
  'cli.kind.empty': { zh: '空', en: 'empty' },
  'cli.kind.invalid': { zh: '无法识别', en: 'invalid' },
  'cli.html.title': { zh: '绩效目标检查报告', en: 'Performance target check report' },
  'cli.html.generated': { zh: '生成时间 {date}，jixiao {version}', en: 'Generated {date} by jixiao {version}' },
  'cli.html.overview': { zh: '概况', en: 'Overview' },
  'cli.html.departments': { zh: '各部门情况', en: 'By department' },
  'cli.html.departments-note': {
    zh: '排名依次按无错误表占比、平均自评得分、错误数；数字与汇总表“部门汇总”一致。',
    en: 'Ranked by the share of forms with no error, then the average score, then the errors; the same figures as the 部门汇总 sheet.',
  },
  'cli.html.codes': { zh: '最常见的问题', en: 'Most frequent findings' },
  'cli.html.worst': { zh: '最需要处理的问题', en: 'The issues to fix first' },
  'cli.html.worst-more': {
    zh: '另有 {n} 个错误或警告未列出，完整清单见汇总表“问题清单”（--out）。',
    en: '{n} more errors or warnings are not listed; the 问题清单 sheet of the summary (--out) has them all.',
  },
  'cli.html.none': { zh: '没有错误或警告。', en: 'No errors or warnings.' },
  'cli.html.count': { zh: '次数', en: 'Count' },
  'cli.html.where': { zh: '位置', en: 'Where' },
  'cli.html.unreadable-files': { zh: '无法读取的文件', en: 'Unreadable files' },

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
  'reason.too-large': { zh: '文件太大', en: 'the file is too large' },
  'reason.empty-path': { zh: '文件名为空', en: 'the file name is empty' },
  'reason.io-error': { zh: '磁盘读写出错', en: 'an input/output error occurred' },
  'reason.out-of-memory': { zh: '内存不足', en: 'out of memory' },
  'reason.worker-exited': { zh: '处理线程退出', en: 'the worker thread exited' },
  'reason.stack-overflow': { zh: '数据嵌套或数量过多', en: 'too much data to process at once' },
  'reason.device-missing': { zh: '设备不存在或已断开', en: 'the device is missing or disconnected' },
  'reason.timed-out': { zh: '操作超时', en: 'the operation timed out' },
  'cli.output-empty': { zh: '--out 不能为空，请给出输出文件名', en: '--out cannot be empty; give an output file name' },
  'cli.output-is-checked-input': {
    zh: '输出文件“{path}”是要检查的文件之一，不能覆盖；请把结果写到别处（输入文件不会被修改）',
    en: 'The output "{path}" is one of the files being checked and will not be overwritten; write it elsewhere (inputs are never modified)',
  },
  'cli.interrupted': { zh: '已中断，未写出任何文件', en: 'Interrupted; nothing was written' },
  'cli.bad-max-cells': { zh: '--max-cells 须为 1000 以上的整数', en: '--max-cells must be an integer of at least 1000' },
  // #12 preview — undo/redo in the browser preview, and the empty form a fresh template is
  'preview.undone': { zh: '已撤销对 {cells} 的修改（Ctrl+Y 恢复）', en: 'Undid the change to {cells} (Ctrl+Y redoes it)' },
  'preview.redone': { zh: '已恢复对 {cells} 的修改', en: 'Redid the change to {cells}' },
  'preview.nothing-to-undo': { zh: '没有可撤销的修改', en: 'Nothing to undo' },
  'preview.nothing-to-redo': { zh: '没有可恢复的修改', en: 'Nothing to redo' },
  'preview.undo-hint': { zh: 'Ctrl+Z 撤销、Ctrl+Y 恢复', en: 'Ctrl+Z undoes, Ctrl+Y redoes' },
  'form.empty-template': {
    zh: '这是一张空白表：表头齐全，指标表尚未填写，填好指标后会逐条检查',
    en: 'This is an empty form: the header is complete and the indicator table is not filled in yet; indicators are checked once entered',
  },
  // #12 pane — completion without surprises: the write plan 填写完成情况 shows before it writes, and
  // a completion row that selects its cell
  'pane.plan.title': { zh: '填写完成情况：确认后写入', en: 'Fill in completion: written only when you confirm' },
  'pane.plan.intro': {
    zh: '以下是将要写入的单元格及计算依据。确认之前，工作表不会有任何改动。',
    en: 'Below are the cells that will be written and what they rest on. Nothing in the sheet changes until you confirm.',
  },
  'pane.plan.basis': { zh: '计算依据', en: 'Basis' },
  'pane.plan.weights.filled': {
    zh: '分值：按表中填写的分值（指标合计 {sum}）',
    en: 'Weights: the 分值 as filled in (indicators total {sum})',
  },
  'pane.plan.weights.proposed': {
    zh: '分值：表中未填写，按建议分值计算（指标合计 {sum}，各一级指标的默认分值在其指标间平均分配），分值列不写入',
    en: 'Weights: none filled in; proposed weights are used (indicators total {sum}, each 一级 default split evenly over its indicators); the 分值 column is not written',
  },
  'pane.plan.weights.mixed': {
    zh: '分值：{filled} 项按表中填写，{proposed} 项未填写、按建议分值计算（标“建议”，分值列不写入）',
    en: 'Weights: {filled} as filled in, {proposed} blank and proposed (marked "proposed"; the 分值 column is not written)',
  },
  'pane.plan.weights.none': { zh: '分值：无法确定，指标不计分', en: 'Weights: none can be determined; indicators are not scored' },
  'pane.plan.budget': {
    zh: '预算执行率 {rate} × 分值 {weight} = {score}',
    en: 'Budget execution {rate} × weight {weight} = {score}',
  },
  'pane.plan.writes': { zh: '将写入的空白单元格（{count} 个）', en: 'Empty cells to write ({count})' },
  'pane.plan.no-writes': { zh: '没有空白单元格需要写入', en: 'No empty cell needs writing' },
  'pane.plan.col.cell': { zh: '单元格', en: 'Cell' },
  'pane.plan.col.what': { zh: '内容', en: 'What' },
  'pane.plan.col.value': { zh: '写入', en: 'Value' },
  'pane.plan.role.budget-score': { zh: '预算执行率得分', en: 'Budget execution score' },
  'pane.plan.role.total': { zh: '总分', en: 'Total score' },
  'pane.plan.role.total-indicators': { zh: '绩效指标合计', en: 'Indicators total' },
  'pane.plan.role.status-header': { zh: '状态列标题', en: 'Status column header' },
  'pane.plan.role.status': { zh: '{name}（状态）', en: '{name} (status)' },
  'pane.plan.overwrites': {
    zh: '以下 {count} 个单元格已有内容，默认保留；只有勾选“覆盖这些单元格”才会改写：',
    en: 'These {count} cells already hold something and are kept unless you tick "Overwrite these cells":',
  },
  'pane.plan.kept': {
    zh: '您填写的 {count} 个得分保留不变：{cells}',
    en: 'Your own scores are kept as they are ({count}): {cells}',
  },
  'pane.plan.note.total-incomplete': {
    zh: '尚有 {pending} 个指标待填，总分不完整，{cell} 不写入',
    en: 'Actuals still pending ({pending}): the total is incomplete and {cell} is not written',
  },
  'pane.plan.note.total-mismatch': {
    zh: '您填写的得分（{cells}）与计算结果不同，总分 {cell} 不写入，请先核对',
    en: 'Scores you typed ({cells}) differ from the computed ones, so the total {cell} is not written; check them first',
  },
  'pane.plan.note.no-total-cell': {
    zh: '表中没有总分行的得分单元格，总分不写入',
    en: 'The form has no total row with a score cell; the total is not written',
  },
  'pane.plan.note.merged': {
    zh: '{cell} 位于合并单元格内，写入会落到别处，不写入',
    en: '{cell} lies inside merged cells, where a write would land elsewhere; it is not written',
  },
  'pane.plan.confirm': { zh: '写入 {count} 个单元格', en: 'Write cells ({count})' },
  'pane.plan.cancelled': { zh: '已取消，未写入任何单元格', en: 'Cancelled; nothing was written' },
  'pane.select-cell': { zh: '在工作表中选中 {cell}', en: 'Select {cell} in the sheet' },
} satisfies Record<string, Entry>;

export type MessageCode = keyof typeof catalog;

/** The codes under a prefix, without it: `CodeSuffix<'ui.layout.'>` = 'declaration' | 'declaration-split' | … */
export type CodeSuffix<P extends string> = MessageCode extends infer C ? (C extends `${P}${infer S}` ? S : never) : never;

const REASON_PREFIX = 'reason.';

export function hasMessage(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(catalog, code);
}

/** Renders a message in the given language, filling {placeholders} from params. */
export function message(code: MessageCode, lang: Lang = 'zh', params: Record<string, string | number> = {}): string {
  return render(code, lang, params);
}

/**
 * A message for a code known only at run time (a finding's or an error's code): the code itself when
 * the catalog has no entry, so an unexpected code is shown rather than lost.
 */
export function messageOf(code: string, lang: Lang = 'zh', params: Record<string, string | number> = {}): string {
  return render(code, lang, params);
}

function render(code: string, lang: Lang, params: Record<string, string | number>): string {
  const entry: Entry | undefined = hasMessage(code) ? catalog[code] : undefined;
  const template = entry ? entry[lang] : code;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = String(params[name]);
    // a parameter that names a reason.* entry is itself rendered in the same language
    return value.startsWith(REASON_PREFIX) && hasMessage(value) ? catalog[value][lang] : value;
  });
}

export function allMessageCodes(): MessageCode[] {
  return Object.keys(catalog) as MessageCode[];
}
