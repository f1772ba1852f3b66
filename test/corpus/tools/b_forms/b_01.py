# 廊坊市食品工程学校 2019 项目支出绩效自评表 (河北). Central 自评表 template with the template's own
# "指标1 / 指标2 / ……" placeholder rows left in, numbers with no units, 0 in the reason column.
from b_corpus import J

N = None
ROWS = [
    ['附件1'],
    ['项目支出绩效自评表'],
    ['2019年度)'],
    ['项目名称', '办公宿舍楼、食堂及餐厅暖通改造经费'],
    ['主管部门', '廊坊市发改委', N, N, '实施单位', '廊坊市食品工程学校'],
    ['项目资金\n(万元)', N, '年初\n预算数', '全年\n预算数', '全年\n执行数', '分值', '执行率', '得分'],
    [N, '年度资金总额', 43.2, 43.2, 37.24, 10, '86%', 9],
    [N, '其中:当年财政拨款', 43.2, 43.2, 37.24, N],
    [N, '      上年结转资金'],
    [N, '  其他资金'],
    ['年度总体目标', '预期目标', N, N, N, '实际完成情况'],
    [N, 43.2, N, N, N, 37.24],
    [N, '一级指标', '二级指标', '三级指标', '年度\n指标值', '实际\n完成值', '分值', '得分', '偏差原因分析及改进措施'],
    J([N, '产出指标', '数量指标', '指标1工程资金金额', 43.2, 37.24, 10, 9, '已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。'],
      'either', 'not_met', 'bare number with no operator and no unit; read as >=43.2 (not a 成本 row), so 37.24 is not met'),
    [N, N, N, '指标2'],
    [N, N, N, '……'],
    J([N, N, '质量指标', '指标1工程完工率', 100, 100, 10, 10], 'either', 'met', 'rate written as a bare 100 with no % and no operator'),
    J([N, N, N, '指标2工程验收合格率', 100, 100, 10, 10], 'either', 'met', 'rate written as a bare 100 with no % and no operator'),
    [N, N, N, '……'],
    J([N, N, '时效指标', '指标1项目完成及时率', 100, 100, 10, 10], 'either', 'met', 'rate written as a bare 100 with no % and no operator'),
    [N, N, N, '指标2'],
    [N, N, N, '……'],
    J([N, N, '成本指标', '指标1成本控制率', 100, 100, 10, 10], 'either', 'met', 'bare 100 on a 成本 row (read as <=100); rate with no %'),
    [N, N, N, '指标2'],
    [N, N, N, '……'],
    J([N, '效益指标', '经济效益\n指标', '指标1安全率', 100, 100, 10, 10, 0], 'either', 'met', 'rate written as a bare 100 with no %'),
    [N, N, N, '指标2'],
    [N, N, N, '……'],
    J([N, N, '社会效益\n指标', '指标1学校发展能力', 100, 100, 10, 10, 0], 'either', 'met', 'bare number, no operator, no unit'),
    [N, N, N, '指标2'],
    [N, N, N, '……'],
    [N, N, '生态效益\n指标', '指标1'],
    [N, N, N, '指标2'],
    [N, N, N, '……'],
    J([N, '效益指标', '可持续影响\n指标', '指标1长期使用性', 100, 100, 10, 10], 'either', 'met', 'bare number, no operator, no unit'),
    [N, N, N, '指标2'],
    [N, N, N, '……'],
    J([N, '满意度\n指标', '服务对象满意度指标', '指标1学生满意度', 100, 100, 10, 10, 0], 'either', 'met', 'satisfaction rate written as a bare 100 with no %'),
    [N, N, N, '指标2'],
]

FORM = {
    'id': 'b-01',
    'source': {
        'url': 'http://www.lfsp.cn/newsinfo/1158053.html',
        'publisher': '廊坊市食品工程学校 (主管部门 廊坊市发改委)',
        'year': 2019,
        'province': '河北',
        'kind': 'self-evaluation',
        'layout': 'self-evaluation',
        'notes': ('Central 项目支出绩效自评表 template filled in by a school. Kept as published: the year line reads '
                  '"2019年度)" with no opening bracket; the 绩效指标 label cell left of the table is empty; the '
                  'template\'s own placeholder rows (指标2, ……, and an empty 指标1 under 生态效益指标) are still '
                  'there; 三级 names keep the template prefix 指标1/指标2; every target is a bare number (100 for '
                  'rates, 43.2 for the 万元 amount) with no operator or unit; the reason column holds 0 on three rows; '
                  '效益指标 is written a second time above 可持续影响指标 (page break in the original); the 年度总体目标 '
                  'cells hold amounts (43.2 / 37.24) instead of goals. Weights: 9 indicators x 10 + 10 for funds = 100. '
                  'The stored page ends after the 满意度 指标2 row: the rows after it (the 总分 row and any notes) are '
                  'not transcribed. Row 13 header; the 一级/二级 cells are merged vertically as the HTML rowspans were.'),
    },
    'sheets': [{
        'name': '自评表',
        'width': 9,
        'rows': ROWS,
        'merges': ['A2:I2', 'A3:I3', 'B4:I4', 'B5:D5', 'F5:I5', 'A6:A10', 'A11:A12', 'B11:E11', 'F11:I11',
                   'B12:E12', 'F12:I12', 'A13:A39'],
        'mergeDown': {'table': (14, 39), 'cols': ['B', 'C']},
        'widths': [8, 10, 12, 22, 10, 10, 6, 6, 30],
        'tables': [{'first': 14, 'last': 39, 'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': 'E', 'actual': 'F', 'weight': 'G', 'score': 'H', 'reason': 'I'}}],
        'forms': [{
            'projectName': '办公宿舍楼、食堂及餐厅暖通改造经费',
            'totalFunds': 432000,
            'department': '廊坊市发改委',
            'implementingUnit': '廊坊市食品工程学校',
            'titleCell': 'A2',
            'projectNameCell': 'B4',
            'totalFundsCell': 'D7',
            'layout': 'self-evaluation',
            'headerRow': 13,
            'indicatorCount': 9,
            'executedFunds': 372400,
        }],
    }],
}
