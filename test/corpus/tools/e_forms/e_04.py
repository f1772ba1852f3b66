# 莆田市秀屿区 2025年省级第七批水利专项资金绩效目标表 (福建): 成本指标 as the first 一级 (经济成本指标, 财预〔2021〕101号
# style), a 指标方向 column holding the operator (≤, ≥, 是/否) and one target column per township, headed by the township
# names themselves (笏石街道办 | 埭头镇), with no group label over them.
from b_corpus import J

N = None
TOWNS = ['笏石街道办', '埭头镇']
YESNO = ('指标方向 "是/否" is no comparison operator: the row is a yes/no indicator whose target is 否 (no quality problem '
         'found). A reviewer reads it as fine; the spec\'s literal reading of a split layout (指标性质 not an operator → '
         'target.unknown-operator) would flag it')

ROWS = [
    ['附件2'],
    ['秀屿区2025年省级第七批水利专项资金绩效目标表'],
    ['项目名称', '省级第七批水利专项资金'],
    ['主管部门(单位)名称', '秀屿区水利局'],
    ['资金情况(万元)', '资金总额', N, N, 35],
    [N, '其中:财政拨款', N, N, 35],
    [N, '其他资金', N, N, 0],
    ['总体目标', '开展2个防洪水利设施水毁修复,'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标解释', '指标方向'] + TOWNS,
    J([N, '成本指标', '经济成本指标', '省级财政专项资金投入成本控制率(%)', '反映省级财政专项资金投入成本控制情况', '≤',
       '100%', '100%'], 'ok', None,
      '成本指标 / 经济成本指标 (101号) with a rate: ≤100% of the provincial funds per township — fine'),
    J([N, '产出指标', '数量指标', '开展修复工程(个)', '反映防洪水利设施水毁修复项目开展情况', '≥', 1, 1], 'ok', None,
      '≥ 1 (个 in the 三级 name): one repair project per township, a bare count at most a missing-unit warning'),
    J([N, N, '质量指标', '已建工程是否存在质量问题', '当年已完工项目是否在检查中发现质量问题', '是/否', '否', '否'],
      'either', None, YESNO),
    J([N, N, '时效指标', '截至2026年12月底,项目开展率(%)', '反映修复开展情况', '≥', '100%', '100%'], 'ok', None,
      'a rate ≥100% with its deadline in the 三级 name (截至2026年12月底): fine'),
]

FORM = {
    'id': 'e-04',
    'source': {
        'url': 'https://www.chacewang.com/newsdetail/news886214.html',
        'publisher': '莆田市秀屿区财政局 / 秀屿区水利局 (notice of 2025-09-19; republished by a policy-news site)',
        'year': 2025,
        'province': '福建',
        'kind': 'declaration',
        'layout': 'regional-split',
        'notes': ('秀屿区 2025年省级第七批水利专项资金 notice (福建, 莆田), as republished by chacewang: 附件2, the 绩效目标表, is '
                  'transcribed (the notice and 附件1, the allocation table: 笏石街道办 20万元, 埭头镇 15万元, are left out). The '
                  'stored text is flattened (no cell boundaries) and is laid out as the Fujian county template is (compare 安溪 '
                  '2023, stored with its cells): 项目名称, 主管部门(单位)名称, 资金情况(万元) 资金总额 35 / 其中:财政拨款 35 / 其他资金 0, '
                  '总体目标 ending with a comma as stored, then 一级 | 二级 | 三级 | 指标解释 | 指标方向 | 笏石街道办 | 埭头镇 — the '
                  'two township columns hold the targets, one per township, under no group label. Row boundaries follow the '
                  'words and the two values per row (≤100%100% is ≤ | 100% | 100%; ≥11 is ≥ | 1 | 1). Kept as published: '
                  '成本指标 as the first 一级, 是/否 as the 指标方向 of a yes/no row, the deadline inside a 三级 name. The stored text '
                  'ends inside the fifth row (效益指标 | 社会效益指标 | 是…): four rows are transcribed, each with two targets (8 '
                  'indicators). The operator sits in its own column (指标方向), so the table is the split layout, as in b-04 (指标方向 there too). '
                  'Total funds: 资金总额 35万元 = 350,000 元.'),
    },
    'sheets': [{
        'name': '绩效目标表',
        'width': 8,
        'rows': ROWS,
        'merges': ['A1:H1', 'A2:H2', 'B3:H3', 'B4:H4', 'A5:A7', 'B5:D5', 'E5:H5', 'B6:D6', 'E6:H6', 'B7:D7', 'E7:H7',
                   'B8:H8', 'A9:A13', 'B11:B13'],
        'widths': [8, 10, 12, 26, 30, 8, 10, 10],
        'tables': [{'first': 10, 'last': 13, 'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': c}} for c in ['G', 'H']],
        'forms': [{
            'projectName': '省级第七批水利专项资金',
            'totalFunds': 350000,
            'titleCell': 'A2',
            'projectNameCell': 'B3',
            'totalFundsCell': 'E5',
            'layout': 'declaration-split',
            'headerRow': 9,
        }],
    }],
}
