/**
 * A declaration as local templates write it: 决策指标 as a 一级 (the evaluation frameworks', unknown to 88号/101号
 * unless the workbook's settings accept it), then the usual 产出 / 效益 / 满意度 rows. Its 决策指标 cell is A4.
 */
export const EVALUATION_LEVEL1_FORM: string[][] = [
  ['项目支出绩效目标申报表'],
  ['项目名称', '博物馆免费开放'],
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['决策指标', '项目立项', '立项依据充分性', '充分'],
  ['产出指标', '数量指标', '开放天数', '≥300天'],
  ['效益指标', '社会效益指标', '观众人次', '≥10万人次'],
  ['满意度指标', '服务对象满意度指标', '观众满意度', '≥90%'],
];

/**
 * A declaration with a quantity written without its unit (=12, D4) and a 满意度 target of 85% (D6): what the
 * configurable checks (缺少计量单位视为错误, the 满意度 floor) change.
 */
export const UNIT_AND_SATISFACTION_FORM: string[][] = [
  ['项目支出绩效目标申报表'],
  ['项目名称', '社区活动'],
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '开展活动', '=12'],
  ['效益指标', '社会效益指标', '知晓率', '≥90%'],
  ['满意度指标', '服务对象满意度指标', '居民满意度', '≥85%'],
];
