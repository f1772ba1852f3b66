/**
 * Glossary: the Chinese labels that structure a form (titles, header fields, table headers,
 * funds block), each mapped to an English identifier. Labels are compared after `compact()`
 * (NFKC, no whitespace) and with any bracket suffix such as （万元） or （A） removed.
 */

/** A cell whose text ends with one of these starts a form. */
export const FORM_TITLE_SUFFIXES = [
  '绩效目标申报表',
  '绩效目标表',
  '绩效自评表',
  '绩效目标自评表',
  '绩效目标批复表',
  '绩效目标审批表',
  '部门整体绩效目标',
  '整体支出绩效目标表',
  /** 江苏 (镇江 2024): "2024年度…运转经费项目绩效公开", the published target form's own title. */
  '项目绩效公开',
] as const;
/**
 * A title with this word is a department-wide form (部门整体支出绩效自评表, …整体绩效目标表): it has no project, so a
 * form without any 项目名称 label is not missing one.
 */
export const DEPARTMENT_WIDE_TITLE_WORD = '整体';
/** A title with this suffix is a self-evaluation form. */
export const SELF_EVALUATION_TITLE_SUFFIX = '自评表';

/** The year line under the title, e.g. "(2021年度)". Group 1 is the year. */
export const YEAR_LINE = /^\(?(\d{4})年度?\)?$/;

/** A year anywhere in a title or a sub-header ("2022年度…", "2021年实际实现值"). Group 1 is the year. */
export const YEAR_IN_TEXT = /(\d{4})年/;

/**
 * Scanned forms published as text read 日 as the letter H inside labels (项目完成H期): the misread, the
 * pattern that finds it after a Han character, and its repair.
 */
export const OCR_H_FOR_RI = { misread: 'H期', pattern: /([\u4e00-\u9fff])H期/g, repair: '$1日期' } as const;

/** Header fields of the form, by English name. */
export const HEADER_FIELD_LABELS = {
  /**
   * 二级项目名称 beside 一级项目名称 (the programme) in the Gansu provincial template: the project is the 二级.
   * 项目(专项)名称 (重庆, 荣昌区林业局 2022): one label for a project or a special fund.
   */
  projectName: ['项目名称', '项目支出名称', '专项资金名称', '专项名称', '二级项目名称', '项目(专项)名称'],
  category: ['项目类别', '项目属性'],
  department: [
    '主管部门',
    '预算部门',
    '主管部门及代码',
    '主管部门及编码',
    '项目主管部门',
    '县级主管部门',
    '主管预算部门',
    '业务主管部门',
    '部门名称',
    '预算单位',
    /** A department-wide (部门整体) form names the department where a project form names the project (金寨 2023, 岳阳楼区 2023). */
    '部门',
    '部门(单位)名称',
  ],
  implementingUnit: ['实施单位', '项目实施单位', '项目执行单位', '执行单位'],
  startDate: ['计划开始日期', '开始日期', '项目开始日期'],
  endDate: ['计划完成日期', '完成日期', '计划结束日期', '项目完成日期', '项目结束日期'],
  period: ['项目期限', '项目起止时间', '项目支出实施期', '起止时间', '项目实施期'],
  totalFunds: [
    '项目资金总额',
    '项目总金额',
    '项目金额',
    '资金总额',
    '项目总预算',
    '项目预算金额',
    '年度本级预算金额',
    '项目总投资',
    '下达中央预算内投资',
    '中期资金总额',
  ],
  annualFunds: ['年度资金申请总额', '年度资金总额', '年度资金'],
  fiscalFunds: ['财政资金'],
  currentAppropriation: ['当年财政拨款', '本年财政拨款'],
  carryOver: ['上年结转资金'],
  otherFunds: ['其他资金'],
  overallGoal: ['项目总目标'],
  annualGoal: ['年度总目标', '年度总体目标', '年度目标'],
} as const;

export type HeaderField = keyof typeof HEADER_FIELD_LABELS;

/**
 * Header labels that are no field of the model but must not be read as a value either: the programme above a
 * 二级项目, and 绩效指标 — the label of the indicator block, which sits right under a goal whose text is missing or
 * is to the label's right (丽江 2020 自评表: 年度总体目标 | 预期目标 / 实际完成情况, the goals on the row below those).
 */
export const OTHER_HEADER_LABELS = ['一级项目名称', '项目资金', '项目绩效目标', '绩效指标'] as const;

/**
 * Funds with no unit anywhere (no （万元）, no 金额单位, no unit in the cell): an amount below this, or one with more
 * than two decimals, is in 万元 — the national templates head the block 项目资金（万元）, and a funded project of
 * under ten thousand yuan, or a sum in yuan to the tenth of a fen, is not what a reviewer reads (清涧 2021: 资金情况 500,
 * from a 500万元 notice). Amounts in yuan (Shanghai's 15,371,720) stay yuan.
 */
export const UNLABELLED_WAN_BELOW = 10_000;

/**
 * Project columns left of 一级指标 in a list of several projects in one table (单位名称 | 项目名称 | 预算数 |
 * 年度目标 | 一级 …): each project's cells are merged down over its indicator rows, or repeated. 单位名称 on a row
 * with no project is the department (the department total row above the projects).
 */
export const LIST_PROJECT_COLUMNS = {
  unit: ['单位名称', '预算单位', '实施单位', '项目实施单位', '项目执行单位', '执行单位'],
  projectName: ['项目名称', '项目支出名称', '项目(专项)名称'],
  totalFunds: ['预算数', '预算金额', '项目预算', '项目金额', '资金总额', '项目资金总额', '年度预算数', '年度资金总额'],
  annualGoal: ['年度目标', '年度绩效目标', '年度总体目标', '绩效目标'],
} as const;

export type ListProjectColumn = keyof typeof LIST_PROJECT_COLUMNS;

/** The prefix of the 其中 lines of the funds block ("其中：财政资金"). */
export const FUNDS_PART_PREFIX = /^其中[:：]?/;

/** Funds unit as stated in a label or a note: group 1 is 万元 or 元. */
export const FUNDS_UNIT_PATTERN =
  /(?:金额单位|资金单位|单位)[:：]?(万元|元)|[(（](万元|元)(?:\/元)?[)）]|^项目资金[(（]?(万元|元)/;

/** The literal goal sub-heading "(年-年)" or "(2021年-2023年)" between a goal label and its text. */
export const GOAL_YEARS_LINE = /^\(?\d{0,4}年?[-—~至]\d{0,4}年?\)?$/;

/** Heading words of a self-evaluation form's goal block. */
export const GOAL_EXPECTED = ['预期目标'];
export const GOAL_ACTUAL = ['实际完成情况'];

/** Indicator table header roles and the header texts that name them (domain §1 "Finding the columns"). */
export const TABLE_COLUMN_HEADERS = {
  /**
   * 福建 2017 省直 template (福建省台湾同胞联谊会): 绩效目标 | 评价指标 | 绩效内容 | 绩效标准 | 全年绩效目标 — the same
   * columns under other names; 全年绩效目标 is the target, 绩效标准 the standard beside it (not read).
   */
  level1: ['一级指标', '绩效目标', '一级', '一级指标名称'],
  level2: ['二级指标', '评价指标', '二级', '二级指标名称'],
  level3: ['三级指标', '指标内容', '指标名称', '绩效内容', '三级', '三级指标名称'],
  target: [
    '指标目标值',
    '年度指标值',
    '指标值',
    '指标值及单位',
    '目标值',
    '年度目标值',
    '当年预期实现值',
    '预期目标值',
    /** Yunnan's 自评表 variant: 年初目标值（A） | 实际完成值（B） (隆阳区 2022). */
    '年初目标值',
    /** Over one sub-column per county in a 专项转移支付绩效目标表 (龙岩 2023). */
    '区域目标值',
    /** 江苏: 半年(程)指标值 | 全年(程)指标值 — the year's target; the half-year checkpoint beside it is not read. */
    '全年(程)指标值',
    '全年指标值',
    '全年绩效目标',
  ],
  /** 指标值类型 (岳阳楼区 2023) holds 定量/定性 as 指标性质 does beside its 指标值 | 计量单位. */
  nature: ['指标性质', '计算符号', '运算符号', '指标值类型'],
  /** 指标方向 (=, ≥, ≤) beside a 指标性质 that holds 正向/反向/定量/定性: the reader reads the operator from it. */
  direction: ['指标方向'],
  unit: ['度量单位', '计量单位'],
  actual: ['实际完成值', '完成值', '全年实际值', '实际值', '全年完成值', '全年实际完成值'],
  weight: ['分值', '权重'],
  score: ['得分'],
  reason: ['偏差原因分析及改进措施', '未完成原因分析', '偏差原因分析'],
  note: ['指标值说明'],
  /** 指标性质 when a 指标方向 column holds the operator (正向/反向/定量/定性); set by the reader. */
  kind: [],
} as const;

export type TableColumnRole = keyof typeof TABLE_COLUMN_HEADERS;

/** A row whose first cells read one of these ends the indicator table. */
export const TABLE_END_WORDS = ['总分', '合计', '总计'];
/**
 * Rows after the table that are not indicators (notes, signatures, approvals): the table ends at the
 * first of them. Tested on the compact text of the row's first cell.
 */
export const TABLE_TRAILER_PATTERNS: readonly RegExp[] = [
  /^(?:注|备注|说明|填表说明|填报说明)[:：]/,
  /^(?:注|备注|说明)$/,
  /[(（](?:盖章|公章|签章|签字)[)）]/,
  /^注\d/,
  /^(?:填表人|填报人|填表单位|联系人|联系电话|填报日期|填表日期|审核人|经办人|复核人|制表人|单位负责人|部门负责人|项目负责人签字|负责人签字)/,
  /(?:签字|签章|盖章)[)）]?[:：]?$/,
  /^[(（]?(?:盖章|公章)[)）]?$/,
  /^\d{0,4}年\d{0,2}月\d{0,2}日$/,
  /(?:审核意见|初审意见|审批意见|复核意见|审查意见)[:：]?$/,
  /^其他需要说明(?:的)?(?:事项|问题|情况)?/,
];

/**
 * A target header spanning one sub-column per region (福建 专项转移支付绩效目标表: 区域目标值 over 新罗区 | 永定区 | …):
 * each region's column is a target of its own, read as side-by-side tables sharing 一级/二级/三级.
 */
/**
 * A place name heading a target column by itself (福建 县级 绩效目标表: … | 指标方向 | 笏石街道办 | 埭头镇, or 西坪镇尧山村 |
 * 桃舟乡吾培村 …): when a header row names no target column, trailing columns headed by place names are the targets.
 */
export const PLACE_NAME_HEADER = /(?:省|市|区|县|旗|镇|乡|村|街道|街道办|办事处|社区|苏木)$/;

/**
 * Sub-header words under a target header spanning two or more columns (指标值 over
 * 2021年实际实现值 | 预期2022年实现值, 年度指标值 over 全年目标 | 实际完成).
 */
export const SUB_HEADER_TARGET_WORDS = ['预期', '计划', '目标', '申报', '预计', '拟'] as const;
export const SUB_HEADER_ACTUAL_WORDS = ['实际', '完成', '实现值'] as const;
/**
 * A target header over one sub-column per receiving region (专项转移支付 tables: 区域目标值 over 新罗区 | 永定区 | …,
 * 龙岩 2023): every sub-column holds a target of its own. The header names the regions (区域), or every sub-header
 * ends like a place name.
 */
export const REGION_TARGET_HEADER_WORD = '区域';
export const REGION_NAME_ENDINGS = ['省', '市', '区', '县', '州', '旗', '盟', '镇', '乡', '街道'] as const;

/** A "continued" line after a page break. */
export const CONTINUATION_WORDS = ['续表', '续上表'];
/** Sub-table headings inside one form. */
export const SUB_TABLE_HEADINGS = ['长期绩效指标', '年度绩效指标', '长期指标', '年度指标'];

/** Self-evaluation funds block: column headers and row labels. */
export const FUNDS_BLOCK_COLUMNS = {
  initial: ['年初预算数', '年初预算'],
  /** 预算数（A） | 执行数（B） | 执行率（B/A） in a one-row block (隆阳区 2022). */
  adjusted: ['全年预算数', '调整预算数', '调整后预算数', '调整后预算', '预算数'],
  executed: ['全年执行数', '预算执行数', '执行数'],
  weight: ['分值', '权重'],
  rate: ['执行率', '预算执行率'],
  score: ['得分'],
} as const;

export type FundsBlockColumn = keyof typeof FUNDS_BLOCK_COLUMNS;

export const FUNDS_TOTAL_ROW_LABELS = ['年度资金总额', '资金总额', '合计', '总计', '项目资金总额', '年度财政资金总额'];

/** Text of an empty-looking funds cell ("—" means not applicable). */
export const NOT_APPLICABLE_MARKS = ['—', '-', '/', '——', '--'];
