# 稷山县 2020年度 项目支出绩效自评表 (山西, 医疗保障局): the central 自评表 grid, 指标1: labels before every 三级, a bare
# 8755 head count not met (8676, with a reason), 执行率 99% scored 9 of 10, a printed 总分 94 that is not the sum of the scores.
from b_corpus import J

N = None
DASH = '—'
ROWS = [
    ['稷山县项目支出绩效自评表'],
    ['(2020年度)'],
    ['项目名称', N, '建档立卡个人缴费县级配套资金'],
    ['主管部门', N, '稷山县医疗保障局', N, N, '实施单位', '稷山县医疗保险服务中心'],
    ['项目资金\n(万元)', N, N, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [N, N, '年度资金总额', N, 65.66, 65.07, 10, '99%', 9],
    [N, N, '其中:当年财政拨款', N, 65.66, 65.07, DASH, '99%', DASH],
    [N, N, '上年结转资金', N, N, N, DASH, N, DASH],
    [N, N, '其他资金', N, N, N, DASH, N, DASH],
    ['年度总\n体目标', '预期目标', N, N, N, '实际完成情况'],
    [N, '提高医疗保障水平,推进因病致贫问题的根本性解决', N, N, N, '提高医疗保障水平,推进了因病致贫问题的基本性解决'],
    ['绩\n效\n指\n标', '一级\n指标', '二级指标', '三级指标', '年度\n指标值', '实际\n完成值', '分值', '得分', '偏差原因分析及改进措施'],
    J([N, '产出\n指标\n(50分)', '数量指标', '指标1:全县参合人数', 8755, 8676, 15, 13, '建档立卡中有新增死亡人员,导致有偏差'],
      'ok', 'not_met', 'bare 8755 (no operator, no unit): at most warnings; read as at least 8755, 8676 falls short — the reason is given'),
    J([N, N, '质量指标', '指标1:资金是否全部纳入医保统筹', '100%', '100%', 15, 15], 'ok', 'met',
      'a yes/no question answered with 100% (no operator): bare 100% read as at least, met'),
    J([N, N, '时效指标', '指标1:资金是否全部及时纳入', '100%', '100%', 10, 10], 'ok', 'met'),
    J([N, N, '成本指标', '指标1:配套资金每人每年', '75元', '75元', 10, 10], 'ok', 'met',
      'bare 75元 on a 成本 row reads as at most (a per-person standard, not an amount to compare with the funds); met'),
    J([N, '效益指\n标(30\n分)', '社会效益指标', '指标1:是否解决建档立卡人员看病难贵问题', '95%', '95%', 30, 27], 'ok', 'met',
      '95% equals the target: met, although the form scores it 27 of 30'),
    J([N, '满意度\n指标\n(10分)', '服务对象满意度指标', '指标1:是否满意', '95%', '95%', 10, 9], 'ok', 'met',
      '95% equals the target: met, although the form scores it 9 of 10'),
    ['总分', N, N, N, N, N, 100, 94],
]

FORM = {
    'id': 'd-01',
    'source': {
        'url': 'https://keke.chddh.cn/archives/bqg98jldqdz7y2xm7pe6.html',
        'publisher': '稷山县医疗保障局 (实施单位 稷山县医疗保险服务中心)',
        'year': 2020,
        'province': '山西',
        'kind': 'self-evaluation',
        'layout': 'self-evaluation',
        'notes': ('建档立卡个人缴费县级配套绩效自评表.xlsx (稷山县, 运城, 山西), 2020年度, as republished by a document site. '
                  'The stored copy is the text extracted from the workbook, cell by cell but out of grid order (the '
                  'scores of rows 16-19 come before their labels); the grid is the usual 自评表 one (项目资金(万元) block, '
                  '年度总体目标, 绩效指标 column, 一级 with its (N分) heading, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, '
                  '偏差原因分析及改进措施, 总分) and each value was put back on its row by order and by the weights, which '
                  'agree with the headings (产出 15+15+10+10 = 50, 效益 30, 满意度 10). Line breaks inside the header and '
                  '一级 cells follow the extraction ("年度总 体目标", "效益指 标(30 分)"). Kept as published: 年初预算数 '
                  'empty; 执行率 99% (65.07/65.66 = 99.1%) scored 9 of 10; 指标1: before every 三级 name (one indicator '
                  'per 二级); the bare head count 8755 against 8676 with its reason; 成本 75元 per person per year; yes/no '
                  'questions (资金是否全部纳入医保统筹, 是否满意) with % targets; 27 of 30 and 9 of 10 on rows whose actual '
                  'equals the target; the printed 总分 94 while the scores add up to 93 (9+13+15+10+10+27+9). Whether the '
                  'efficiency 二级 reads 社会效益 or 社会效益指标 is not certain from the extraction; 社会效益指标 is '
                  'transcribed. Funds in 万元 (label 项目资金(万元)): total 656,600 元, executed 650,700 元.'),
    },
    'sheets': [{
        'name': '自评表',
        'width': 9,
        'rows': ROWS,
        'merges': ['A1:I1', 'A2:I2', 'A3:B3', 'C3:I3', 'A4:B4', 'C4:E4', 'G4:I4', 'A5:B9', 'A10:A11', 'B10:E10',
                   'F10:I10', 'B11:E11', 'F11:I11', 'A12:A18', 'B13:B16', 'A19:F19'],
        'widths': [5, 9, 14, 30, 10, 10, 6, 6, 22],
        'tables': [{'first': 13, 'last': 18,
                    'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': 'E', 'actual': 'F', 'weight': 'G'}}],
        'forms': [{
            'projectName': '建档立卡个人缴费县级配套资金',
            'totalFunds': 656600,
            'department': '稷山县医疗保障局',
            'implementingUnit': '稷山县医疗保险服务中心',
            'titleCell': 'A1',
            'projectNameCell': 'C3',
            'totalFundsCell': 'E6',
            'layout': 'self-evaluation',
            'headerRow': 12,
            'executedFunds': 650700,
        }],
    }],
}
