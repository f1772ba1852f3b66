# 温泉县医疗保障局 2019 部门预算项目支出绩效目标表 (新疆, 博尔塔拉): a 一级 written 项目完成 (not a framework name),
# the funds label and amount in one cell ("年度资金总额:203"), targets written as sentences, a month period as the 时效 target.
from b_corpus import J

N = None
ROWS = [
    ['部门预算项目支出绩效目标表'],
    ['(2019年度)'],
    ['项目名称', N, '城乡居民基本医疗保险财政补助资金'],
    ['预算单位', N, '温泉县医疗保障局'],
    ['项目资金\n(万元)', N, '年度资金总额:203'],
    [N, N, '其中:财政拨款 203'],
    [N, N, '其他资金'],
    ['总\n体\n目\n标', '年度目标'],
    [N, '为建立全县统一、城乡一体、惠民高效、公平可及的城乡居民基本医疗保险制度,保障基本医疗需求,有利于进一步改善'
        '人民群众基本生活,保障居民身体健康,减轻家庭经济负担,使所有的参保人员不因病致贫、因病返贫。'],
    ['绩\n效\n指\n标', '一级\n指标', '二级指标', '三级指标', '指标值(包含数字及文字描述)'],
    J([N, '项目完成', '数量指标', '基本医疗保险参保人数', '43230人'], 'ok', None,
      'bare 43230人 (no operator): a warning at most'),
    J([N, N, N, '城乡居民基本医疗参保率', '≥95%'], 'ok'),
    J([N, N, N, '贫困人员参保率', '100%'], 'ok'),
    J([N, N, N, '基本医疗保险财政补助标准', '589元/人'], 'ok', None,
      'a per-person subsidy standard under 数量指标, bare: a warning at most'),
    J([N, N, '质量指标', '补助资金按时到期', '补助资金及时到位100%'], 'ok', None,
      'a sentence with a number under 质量 (descriptive, embedded-number warning), not an error'),
    J([N, N, N, '符合政策规定', '专项补助使用符合政策规定'], 'ok', None, 'qualitative target under 质量'),
    J([N, N, '时效指标', '专项补助使用落实期限', '2019年1月-2019年12月'], 'ok', None,
      'a period of months (YYYY年M月-YYYY年M月)'),
]

WHY = ('一级 "项目完成" is neither a 财预〔2015〕88号 nor a 101号 一级 (nor a variant of one): unknown-level1, as a reviewer '
       'would ask for 产出指标 here')

FORM = {
    'id': 'd-02',
    'source': {
        'url': 'https://www.xjwq.gov.cn/info/1087/54556.htm',
        'publisher': '温泉县医疗保障局 (公示 by 温泉县扶贫开发领导小组)',
        'year': 2019,
        'province': '新疆',
        'kind': 'declaration',
        'layout': 'classic',
        'notes': ('Public notice of the 温泉县 (博尔塔拉, 新疆) 2019 poverty-alleviation projects: the 城乡居民基本医疗保险财政补助资金 '
                  'project of the 县医疗保障局 (203万元), with its 部门预算项目支出绩效目标表 (2019年度) under "7、绩效目标". '
                  'Only the form is transcribed (the notice text before it — 实施地点, 建设内容, 补助标准 table — is left '
                  'out). Kept as published: the 一级 "项目完成" over the 数量/质量/时效 rows (written once, blank below); '
                  'the funds label and amount in one cell ("年度资金总额:203", "其中:财政拨款 203") under 项目资金(万元); '
                  '预算单位 as the department label; the target header "指标值(包含数字及文字描述)"; targets without '
                  'operator (43230人, 100%, 589元/人); sentences as targets (补助资金及时到位100%, 专项补助使用符合政策规定); '
                  'the 三级 "补助资金按时到期". The stored page ends after the 时效指标 row: only these 7 rows are '
                  'transcribed (效益/满意度 rows, if any, are not in the stored copy). Total funds read as a reviewer does: '
                  '203万元 = 2,030,000 元.'),
    },
    'sheets': [{
        'name': '绩效目标表',
        'width': 5,
        'rows': ROWS,
        'merges': ['A1:E1', 'A2:E2', 'A3:B3', 'C3:E3', 'A4:B4', 'C4:E4', 'A5:B7', 'C5:E5', 'C6:E6', 'C7:E7',
                   'A8:A9', 'B8:E8', 'B9:E9', 'A10:A17', 'B11:B17', 'C11:C14', 'C15:C16'],
        'widths': [5, 10, 10, 26, 26],
        'tables': [{'first': 11, 'last': 17, 'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': 'E'}}],
        'forms': [{
            'projectName': '城乡居民基本医疗保险财政补助资金',
            'totalFunds': 2030000,
            'department': '温泉县医疗保障局',
            'titleCell': 'A1',
            'projectNameCell': 'C3',
            'totalFundsCell': 'C5',
            'layout': 'declaration',
            'headerRow': 10,
        }],
        'hierarchyErrors': [[r, WHY] for r in range(11, 18)],
    }],
}
