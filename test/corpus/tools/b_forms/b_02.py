# 鄂州市行政审批局 2021 项目支出绩效自评表 (湖北): amounts with 万 in the cell, blank 主管部门/实施单位,
# 预算执行率 written as a 三级 indicator, empty template rows, funds 分值 100.
from b_corpus import J

N = None
P100 = {'v': 1, 'fmt': '0%'}
ROWS = [
    ['项目支出绩效自评表'],
    ['( 2021 年度)'],
    ['项目名称', '市民中心运行维护费'],
    ['主管部门', N, N, N, '实施单位'],
    ['项目资金 (万元)', N, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [N, '年度资金总额', '150万', '150万', '125.25万', 100, {'v': 0.835, 'fmt': '0.0%'}, 98],
    [N, '其中:当年财政拨款', '150万', '150万', '125.25万', '—', N, '—'],
    [N, '上年结转资金', 0, 0, 0, '—', N, '—'],
    [N, '其他资金', 0, 0, 0, '—', N, '—'],
    ['年度总体目标', '预期目标', N, N, N, '实际完成情况'],
    [N, '为更好的建设行政服务大厅窗口建设和全市行政服务工作的组织协调、业务指导及督办检查;市政务服务大厅及周边设施日常维修升级改造费用。',
     N, N, N, '本年度财政拨款为150万元:执行数为125.25万元,完成预算的83.50%。'],
    ['绩 效 指 标', '一级指标', '二级指标', '三级指标', '年度 指标值', '实际 完成值', '分值', '得分', '偏差原因分析及改进措施'],
    J([N, '产出指标', '数量指标', '预算执行率', P100, {'v': 0.835, 'fmt': '0.0%'}, 20, 18],
      'either', 'not_met', '100% with no operator (read as >=100%); 83.5% is not met and the reason cell is empty'),
    J([N, N, N, '预算资金拨款率', P100, P100, 10, 10], 'either', 'met', '100% with no operator'),
    [],
    J([N, N, '质量指标', '政务服务工作办结率', P100, P100, 10, 10], 'either', 'met', '100% with no operator'),
    J([N, N, N, '大厅业务日常考核结果', P100, P100, 10, 10], 'either', 'met', '100% with no operator'),
    [],
    [N, N, '时效指标'],
    [],
    [],
    J([N, N, '成本指标', '市民中心运行维护费', '150万', '150万', 10, 10], 'either', 'met',
      '150万 with no operator and no counting unit (万 is only a multiplier); a bare 成本 value reads as <=, so 150万 is met'),
    [],
    [],
    J([N, '效益指标', '经济效益 指标', '大厅运行正常率', P100, P100, 10, 10], 'either', 'met', '100% with no operator'),
    [],
    [],
]

FORM = {
    'id': 'b-02',
    'source': {
        'url': 'https://zwfwzx.ezhou.gov.cn/zwgk/fdzdgknr/sgjfxx/202211/t20221108_506320.html',
        'publisher': '鄂州市行政审批局',
        'year': 2021,
        'province': '湖北',
        'kind': 'self-evaluation',
        'layout': 'self-evaluation',
        'notes': ('Central-style 项目支出绩效自评表 published as an HTML table. Kept as published: 主管部门 and 实施单位 are '
                  'empty; amounts carry 万 in the cell (150万, 125.25万) under a (万元) label; the funds row has 分值 100 '
                  'and 得分 98 against an 83.5% execution rate; 预算执行率 is written as a 三级 indicator under 数量指标 '
                  '(weight 20); the template\'s empty rows are left in (时效指标 has no 三级 at all); every % target has '
                  'no operator. Percentages are typed numbers with a % format, as Excel stores "100%". The stored page '
                  'ends inside the 社会效益指标 block (its first 三级 is cut off after "岗"): the rows from 社会效益指标 '
                  'on (and the 总分 row) are not transcribed, so the table here ends at row 27.'),
    },
    'sheets': [{
        'name': '项目支出绩效自评表',
        'width': 9,
        'rows': ROWS,
        'merges': ['A1:I1', 'A2:I2', 'B3:I3', 'B4:D4', 'F4:I4', 'A5:A9', 'A10:A11', 'B10:E10', 'F10:I10',
                   'B11:E11', 'F11:I11', 'A12:A27'],
        'mergeDown': {'table': (13, 27), 'cols': ['B', 'C']},
        'widths': [8, 10, 12, 22, 10, 10, 6, 6, 24],
        'tables': [{'first': 13, 'last': 27, 'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': 'E', 'actual': 'F', 'weight': 'G', 'score': 'H', 'reason': 'I'}}],
        'forms': [{
            'projectName': '市民中心运行维护费',
            'totalFunds': 1500000,
            'titleCell': 'A1',
            'projectNameCell': 'B3',
            'totalFundsCell': 'D6',
            'layout': 'self-evaluation',
            'headerRow': 12,
            'executedFunds': 1252500,
        }],
    }],
}
