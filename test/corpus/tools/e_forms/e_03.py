# 龙岩市民族与宗教事务局 2023 专项转移支付绩效目标表 (福建): the provincial regional template, one target column per
# district (区域目标值 over 新罗区 … 漳平市) beside a 指标解释 column.
from b_corpus import J

N = None
DISTRICTS = ['新罗区', '永定区', '上杭县', '武平县', '长汀县', '连城县', '漳平市']
COLS = ['F', 'G', 'H', 'I', 'J', 'K', 'L']
BARE = ('a count per district (2, 3, 1 …) with no unit or operator under 数量指标: bare-number warning at most; each '
        'district\'s column is that district\'s target')

ROWS = [
    ['附件2'],
    ['专项转移支付绩效目标表'],
    ['(2023年度)'],
    ['部门(单位)名称', '龙岩市民族与宗教事务局', N, N, '部门预算编码', 230001],
    ['项目名称', '宗教管理经费补助'],
    ['区域', '新罗区、永定区、上杭县、武平县、长汀县、连城县、漳平市'],
    ['资金情况(万元)', '资金总额:', N, N, 30],
    [N, '其中:财政拨款', N, N, 30],
    [N, '其他资金'],
    ['总体目标', '为推进宗教活动场所规范化管理,提升我市宗教工作管理水平,'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标解释', '区域目标值'],
    [N, N, N, N, N] + DISTRICTS,
    J([N, '产出指标', '数量指标', '宗教管理经费补助县(市、区)数量', '反映宗教管理经费补助县(市、区)数量情况',
       2, 3, 1, 2, 2, 2, 2], 'ok', None, BARE),
    J([N, N, '质量指标', '项目资金使用合规性', '反映项目资金使用合规情况'] + ['>=95%'] * 7, 'ok', None,
      '>= written with ASCII characters: the operator ≥, a notation fix at most'),
]

FORM = {
    'id': 'e-03',
    'source': {
        'url': 'https://www.chacewang.com/newsdetail/news284125.html',
        'publisher': '龙岩市民族与宗教事务局 (附件 of a 龙岩市财政局 / 龙岩市民族与宗教事务局 notice of 2023-03-13; republished by a policy-news site)',
        'year': 2023,
        'province': '福建',
        'kind': 'declaration',
        'layout': 'regional',
        'notes': ('龙岩市 2023 民族发展专项资金 notice (福建), as republished by chacewang: 附件2, the 专项转移支付绩效目标表 (2023年度) '
                  'of 宗教管理经费补助, is transcribed (the notice text and 附件1, the allocation table, are left out). The stored '
                  'text is flattened (no cell boundaries); it is laid out as the provincial template is: a header (部门(单位)名称, '
                  '部门预算编码 230001, 项目名称, 区域 listing seven districts, 资金情况(万元) 资金总额 30 / 其中:财政拨款 30 / 其他资金 '
                  'blank, 总体目标 ending with a comma as stored), then 一级 | 二级 | 三级 | 指标解释 | 区域目标值, the last a group '
                  'over one column per district (新罗区 … 漳平市). Row boundaries follow the words (每个 指标解释 starts with 反映; the '
                  'seven digits 2312222 are one count per district). The stored text ends inside the third indicator row (项目完成率 '
                  '反映…): two rows are transcribed, each with seven targets (14 indicators, one per district and row). Total funds: '
                  '资金总额 30万元 = 300,000 元.'),
    },
    'sheets': [{
        'name': '专项转移支付绩效目标表',
        'width': 12,
        'rows': ROWS,
        'merges': ['A1:L1', 'A2:L2', 'A3:L3', 'B4:D4', 'F4:L4', 'B5:L5', 'B6:L6', 'A7:A9', 'B7:D7', 'E7:L7', 'B8:D8',
                   'E8:L8', 'B9:D9', 'E9:L9', 'B10:L10', 'A11:A14', 'B11:B12', 'C11:C12', 'D11:D12', 'E11:E12', 'F11:L11'],
        'widths': [8, 10, 10, 22, 24, 8, 8, 8, 8, 8, 8, 8],
        'tables': [{'first': 13, 'last': 14, 'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': c}} for c in COLS],
        'forms': [{
            'projectName': '宗教管理经费补助',
            'totalFunds': 300000,
            'titleCell': 'A2',
            'projectNameCell': 'B5',
            'totalFundsCell': 'E7',
            'layout': 'declaration',
            'headerRow': 11,
        }],
    }],
}
