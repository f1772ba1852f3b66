# 龙岩市 2023 专项转移支付绩效目标表 (福建): a transfer-payment table whose targets are set per receiving county —
# 区域目标值 merged over seven sub-columns (新罗区 … 漳平市) on a second header row, a 指标解释 column between 三级 and
# the targets, 部门(单位)名称 / 部门预算编码 / 补助区域 in the header, >=95% written with ASCII >=, bare counts.
from b_corpus import J

N = None
REGIONS = ['新罗区', '永定区', '上杭县', '武平县', '长汀县', '连城县', '漳平市']
COLS = ['F', 'G', 'H', 'I', 'J', 'K', 'L']
ROWS = [
    ['专项转移支付绩效目标表'],
    ['(2023年度)'],
    ['部门(单位)名称', N, '龙岩市民族与宗教事务局', N, N, '部门预算编码', N, '230001'],
    ['项目名称', N, '宗教管理经费', N, N, '补助区域', N, '、'.join(REGIONS)],
    ['资金情况\n(万元)', N, '资金总额:', N, N, 30],
    [N, N, '其中:财政拨款', N, N, 30],
    [N, N, '其他资金'],
    ['总体目标', N, '为推进宗教活动场所规范化管理,提升我市宗教工作管理水平,'],
    ['绩效\n指标', '一级指标', '二级指标', '三级指标', '指标解释', '区域目标值'],
    [N, N, N, N, N] + REGIONS,
    J([N, '产出指标', '数量指标', '宗教管理经费补助县(市、区)数量', '反映宗教管理经费补助县(市、区)数量情况',
       2, 3, 1, 2, 2, 2, 2], 'ok', None,
      'bare counts with no operator and no unit (each county its own figure): warnings at most'),
    J([N, N, '质量指标', '项目资金使用合规性', '反映项目资金使用合规情况'] + ['>=95%'] * 7, 'ok', None,
      '>=95% is ≥95% in ASCII'),
]

FORM = {
    'id': 'f-05',
    'source': {
        'url': 'https://www.chacewang.com/newsdetail/news284125.html',
        'publisher': '龙岩市民族与宗教事务局 (with 龙岩市财政局; republished by a grants-news site)',
        'year': 2023,
        'province': '福建',
        'kind': 'approval',
        'layout': 'region-columns',
        'notes': ('附件2 专项转移支付绩效目标表 (2023年度) of the notice 关于下达2023年龙岩市民族发展专项资金的通知 (龙岩市财政局, '
                  '龙岩市民族与宗教事务局, 2023-03-13), as republished by chacewang.com; the table is for 宗教管理经费 (30万元) '
                  'granted to seven counties. The stored copy is the text of the notice with the cells run together and no '
                  'separators; the grid is the one the 2025 notice of the same bureau shows with line breaks '
                  '(http://xxgk.longyan.gov.cn/mzyzjsws/gkml/0400/202504/t20250416_2211806.htm, cut before its rows): '
                  '绩效指标 | 一级 | 二级 | 三级 | 指标解释 | 区域目标值 over one sub-column per county. Kept as published: '
                  '部门(单位)名称 and 部门预算编码 beside the project; 补助区域 listing the counties; 资金总额: 30 with '
                  '其中:财政拨款 30 and 其他资金 empty; the 总体目标 ending in a comma; the counts per county with no unit '
                  '(the run "2312222" under seven county columns, one digit each: 2, 3, 1, 2, 2, 2, 2); >=95% seven '
                  'times. The stored text ends inside the third row (项目完成率 反映…): two rows are transcribed. Each '
                  'county\'s cell is a target of its own: expected as seven tables over the same rows, one per county '
                  'column. Funds in 万元: 300,000 元.'),
    },
    'sheets': [{
        'name': '专项转移支付绩效目标表',
        'width': 12,
        'rows': ROWS,
        'merges': ['A1:L1', 'A2:L2', 'A3:B3', 'C3:E3', 'F3:G3', 'H3:L3', 'A4:B4', 'C4:E4', 'F4:G4', 'H4:L4', 'A5:B7',
                   'C5:E5', 'F5:L5', 'C6:E6', 'F6:L6', 'C7:E7', 'F7:L7', 'A8:B8', 'C8:L8', 'A9:A12', 'B9:B10', 'C9:C10',
                   'D9:D10', 'E9:E10', 'F9:L9', 'B11:B12'],
        'widths': [5, 9, 9, 26, 26, 7, 7, 7, 7, 7, 7, 7],
        'tables': [{'first': 11, 'last': 12, 'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': c}} for c in COLS],
        'forms': [{
            'projectName': '宗教管理经费',
            'totalFunds': 300000,
            'department': '龙岩市民族与宗教事务局',
            'titleCell': 'A1',
            'projectNameCell': 'C4',
            'totalFundsCell': 'F5',
            'layout': 'declaration',
            'headerRow': 9,
        }],
    }],
}
