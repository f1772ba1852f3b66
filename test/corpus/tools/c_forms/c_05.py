# 零陵区林业局 2021年度 部门整体支出绩效自评表 (湖南): 执行率 written 100% for 3824.26/4753.66 (80.4%), "每亩300" targets,
# 产出指标(50) without 分, "效益指标 30分)" with its opening bracket lost, not-met income rows with no reason, …… rows.
from b_corpus import J

N = None
ROWS = [
    ['部门整体支出绩效自评表'],
    ['2021年度)'],
    ['级预算单位名称', N, ' 陵区林业局'],
    ['年度预\n算申请\n(万元)', N, '年初\n预算数', '全年预算数', '全年\n执行数', '分值', '执行率', '得分'],
    [N, '年度资金总额', '4753.66万元', '4753.66万元', '3824.26万元', 10, '100%', 10],
    [N, '按收入性质分:', N, N, '按支出性质分:'],
    [N, '其中: 一般公共预算:1873.66万元', N, N, '其中:基本支出:1768.16万元'],
    [N, '政府性基金拨款:', N, N, '项目支出:2985.5万元'],
    [N, '纳入专户管理的非税收入拨款:'],
    [N, '其他资金:2880万元'],
    ['年度总体目标', '预期目标', N, N, '实际完成情况 '],
    [N, '目标1:造林1.2万亩,\n目标2森林经营16.3万亩\n目标3:病虫害防治3.45万亩', N, N,
     '目标1:造林1.2万亩,\n目标2森林经营16.3万亩\n目标3:病虫害防治3.45万亩'],
    ['一级指标', '二级指标', '三级指标', '年度\n指标值', '实际\n完成值', '分值', '得分', '偏差原因\n分析及\n改进措施'],
    J(['产出指标\n(50)', '数量\n指标', '造林面积', '1.2万亩', '1.2万亩', 10, 10], 'ok', 'met'),
    J([N, N, '病虫害防治面积', '3.45万亩', '3.45万亩', 7, 7], 'ok', 'met'),
    J([N, N, '森林经营面积', '16.3万亩', '16.3万亩', 7, 7], 'ok', 'met'),
    J([N, '质量\n指标', '造林成活率', '85%', '85%', 7, 7], 'ok', 'met'),
    [N, N, '……'],
    J([N, '时效\n指标', '当期完成', '90%', ' 100%', 7, 7], 'ok', 'met'),
    [N, N, '……'],
    J([N, '成本\n指标', '造林补助', '每亩300', '每亩300', 6, 6], 'either', 'met',
      '"每亩300": the unit word before the number and no 元 — a reviewer reads 300元/亩 and asks for that notation; the actual repeats the target word for word'),
    J([N, N, '育补助', '每亩100', '每亩100', 6, 6], 'either', 'met',
      '"每亩100" as above; the 三级 name lost its first character (抚育补助) in the stored copy'),
    J(['效益指标\n30分)', '经济效\n益指标', '木材销售收入', '1100万元', '1093万元', 6, 5], 'ok', 'not_met',
      'bare 1100万元 read as at least; 1093万元 falls short (the score 5 of 6 agrees); no reason given'),
    J([N, N, '林产品收入', '2.6亿元', '2.45亿元', 6, 5], 'ok', 'not_met', '2.45亿元 short of 2.6亿元; no reason given'),
    J([N, '社会效\n益指标', '提高就业率', ' 显著', ' 显著', 6, 6], 'ok', 'met'),
    [N, N, '……'],
    [N, '生态'],
]

FORM = {
    'id': 'c-05',
    'source': {
        'url': 'http://admin.yzcity.gov.cn:8888/llqlinyj/gknb/202204/cd04d310d5364b2f9983a7843fb6a17d.shtml',
        'publisher': '永州市零陵区林业局',
        'year': 2021,
        'province': '湖南',
        'kind': 'self-evaluation',
        'layout': 'self-evaluation',
        'notes': ('2021年林业局部门整体支出绩效自评表, published 2022-04-07 by the 零陵区林业局 (永州, 湖南): a department-wide '
                  'self-evaluation in the usual 自评表 grid. Kept as published: the stored copy lost characters at the '
                  'start of some cells ("2021年度)" without its bracket, "级预算单位名称" / " 陵区林业局" for 一级预算单位名称 '
                  '零陵区林业局, "育补助" for 抚育补助, "效益指标 30分)" without its opening bracket); 执行率 100% and 得分 10 '
                  'although 全年执行数 3824.26万元 is 80.4% of 全年预算数 4753.66万元; amounts with 万元 in every cell and the '
                  'funds broken down by revenue and by expenditure; "产出指标 (50)" without 分; targets "每亩300"/"每亩100" '
                  '(unit word before the number, no 元); …… placeholder rows; income rows not met (1093万元 against 1100万元, '
                  '2.45亿元 against 2.6亿元) with lower scores and no reason; leading spaces in some values. The stored page '
                  'ends at the 生态 label: the rest (生态/可持续/满意度, 总分) is not transcribed. Province 湖南 is corpus A\'s: '
                  'taken for the department-wide self-evaluation and its quirks. No project name: the form is for the '
                  'whole department (expected projectName null); totalFunds/executedFunds are the 全年预算数/全年执行数 of '
                  'the 年度资金总额 row.'),
    },
    'sheets': [{
        'name': '自评表',
        'width': 8,
        'rows': ROWS,
        'merges': ['A1:H1', 'A2:H2', 'A3:B3', 'C3:H3', 'A4:A10', 'B6:D6', 'E6:H6', 'B7:D7', 'E7:H7', 'B8:D8',
                   'E8:H8', 'B9:H9', 'B10:H10', 'A11:A12', 'B11:D11', 'E11:H11', 'B12:D12', 'E12:H12', 'A14:A22',
                   'B14:B16', 'B17:B18', 'B19:B20', 'B21:B22', 'A23:A27', 'B23:B24', 'B25:B26'],
        'widths': [10, 10, 16, 12, 12, 6, 8, 12],
        'tables': [{'first': 14, 'last': 27,
                    'cols': {'l1': 'A', 'l2': 'B', 'l3': 'C', 'target': 'D', 'actual': 'E', 'weight': 'F'}}],
        'forms': [{
            'projectName': None,
            'totalFunds': 47536600,
            'titleCell': 'A1',
            'totalFundsCell': 'D5',
            'layout': 'self-evaluation',
            'headerRow': 13,
            'executedFunds': 38242600,
        }],
    }],
}
