# 隆阳区 2022年度 项目支出绩效自评表 (云南, 保山): a provincial variant of the 自评表 — 预算执行情况(万元)(20分) with
# 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率), then 年度绩效目标(80分) with 年初目标值(A) | 实际完成值(B) | 得分 and
# no 分值 column; numbered 三级 with sub-items (一、示范区建立 15.0 = 1、+2、+3、), ≧ for ≥, 社会效益效益指标.
from b_corpus import J

N = None


def s(v):
    return {'v': v, 'fmt': '0.0'}


def row(l1, l2, l3, target, actual, score, note=None):
    return J([N, l1, l2, l3, target, actual, s(score)], 'ok', 'met', note)


ROWS = [
    ['2022年度项目支出绩效自评表'],
    ['单位名称:隆阳区土壤肥料工作站', N, N, N, '填报日期:2023年3月20日'],
    ['项目名称', N, '隆阳区2021年中央化肥减量增效示范县项目补助资金'],
    ['主管部门', N, '隆阳区农业农村局', N, '项目实施单位', '隆阳区土壤肥料工作站'],
    ['项目类别', N, '1、部门预算项目 £ 2、区直专项 £ 3、上级转移支付项目 R'],
    ['项目属性', N, '1、持续性项目 £ 2、新增性项目 R'],
    ['预算执行情况(万元)\n(20分)', N, N, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分\n(20分*执行率)'],
    ['年度财政资金总额', N, N, 278.4449, {'v': 30, 'fmt': '0.00'}, {'v': 0.1077, 'fmt': '0.00%'}, 2.16],
    ['年度绩效目标\n(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
    row('产出指标', '数量指标', '一、示范区建立', '≧20000亩', '20000亩', 15,
        'a parent row: its 15.0 is the sum of the three numbered sub-items below (each an indicator as published); '
        '≧ is ≥'),
    row(N, N, '1、水稻侧深施肥+缓控释肥', '≧500亩', '500亩', 5),
    row(N, N, '2、玉米种肥同播+缓控释肥', '≧1000亩', '1000亩', 5),
    row(N, N, '3、施用配方肥', '≧18500亩', '18500亩', 5),
    row(N, N, '二、化肥减量增效田间试验', '≧15组', '15组', 15, 'a parent row (5+5+3+2 below)'),
    row(N, N, '1、肥料利用率', '≧5组', '5组', 5,
        'a 率 name counted in 组 (trials on fertiliser use): the name ends in 率 but the target is a count of trials, '
        'not a rate; no error either way'),
    row(N, N, '2、化肥减量增效', '≧5组', '5组', 5),
    row(N, N, '3、其他试验(水稻)', '≧3组', '3组', 3),
    row(N, N, '4、其他试验(玉米)', '≧2组', '2组', 2),
    row(N, N, '三、土样植株化验', '≧60个', '105个', 5, '105 of ≥60 (far above the target: info at most)'),
    row(N, N, '四、农户施肥情况调查(户)', '≧300户', '300户', 5),
    row(N, '质量指标', '示范区配方肥到位率', '≧80%', '85.6%', 10),
    row(N, '时效指标', '项目按时完成率', '100%', '100%', 10, 'bare 100% on a rate: read as at least, met'),
    row('效益指标', '社会效益效益指标', '受益农户数', '5000户', '5000户', 5,
        'bare 5000户: at most a warning. The 二级 (效益 doubled) is the hierarchy error'),
]

FORM = {
    'id': 'f-03',
    'source': {
        'url': 'https://longyang.gov.cn/info/5311/13352539.htm',
        'publisher': '隆阳区土壤肥料工作站 (主管部门 隆阳区农业农村局)',
        'year': 2022,
        'province': '云南',
        'kind': 'self-evaluation',
        'layout': 'self-evaluation',
        'notes': ('隆阳区2021年中央化肥减量增效示范县项目补助资金绩效自评 (保山, 云南), published 2023-05-29 by 隆阳区农业农村局 '
                  'under 绩效自评报告: 2022年度项目支出绩效自评表, 单位名称 隆阳区土壤肥料工作站, 填报日期 2023年3月20日. The '
                  'stored copy is the HTML table row by row. A provincial variant of the 自评表: 项目类别 and 项目属性 as '
                  'check-box lines (the Wingdings boxes show as £ for empty and R for ticked, kept as the text of the '
                  'cells); a one-row funds block 预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*'
                  '执行率) with the label 年度财政资金总额; the indicator block headed 年度绩效目标(80分) with 一级 | 二级 | '
                  '三级 | 年初目标值(A) | 实际完成值(B) | 得分 and no 分值 column. Kept as published: 278.4449 budgeted, 30.00 '
                  'executed (10.77%, scored 2.16); numbered 三级 with sub-items whose scores add up to the parent row '
                  '(一、示范区建立 15.0 = 5+5+5; 二、化肥减量增效田间试验 15.0 = 5+5+3+2), each row transcribed as an '
                  'indicator; ≧ for ≥ throughout; 项目按时完成率 100% with no operator; 受益农户数 5000户 with no operator; '
                  'the 二级 社会效益效益指标 (效益 doubled). The stored text ends at the next row\'s 二级 "生态" (cut): the '
                  'rows before it are transcribed, the 生态效益 and 满意度 rows are not. Funds in 万元: total 2,784,449 元, '
                  'executed 300,000 元.'),
    },
    'sheets': [{
        'name': '自评表',
        'width': 7,
        'rows': ROWS,
        'merges': ['A1:G1', 'A2:D2', 'E2:G2', 'A3:B3', 'C3:G3', 'A4:B4', 'C4:D4', 'F4:G4', 'A5:B5', 'C5:G5', 'A6:B6',
                   'C6:G6', 'A7:C7', 'A8:C8', 'A9:A23', 'B10:B22', 'C10:C20'],
        'widths': [10, 9, 12, 28, 12, 12, 8],
        'tables': [{'first': 10, 'last': 23,
                    'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': 'E', 'actual': 'F'}}],
        'hierarchyErrors': [[23, '社会效益效益指标: 社会效益指标 with 效益 doubled (misspelled)']],
        'forms': [{
            'projectName': '隆阳区2021年中央化肥减量增效示范县项目补助资金',
            'totalFunds': 2784449,
            'department': '隆阳区农业农村局',
            'implementingUnit': '隆阳区土壤肥料工作站',
            'titleCell': 'A1',
            'projectNameCell': 'C3',
            'totalFundsCell': 'D8',
            'layout': 'self-evaluation',
            'headerRow': 9,
            'executedFunds': 300000,
        }],
    }],
}
