# 蒙城县 2024年度 项目支出绩效目标申报表 (安徽, 国家基本公共卫生服务项目): a declaration carried inside a report as text
# from a PDF — spaces where the cells broke lines ((2024 年度), 总体 目标, 7 岁以下…), 2279.048 万元 with a space before
# the unit, 主管部门及代码 left empty, 财政投款 for 财政拨款, ≧ for ≥, rates under 数量指标.
from b_corpus import J

N = None
ROWS = [
    ['项目支出绩效目标申报表'],
    ['(2024 年度)'],
    ['项目名称', '国家基本公共卫生服务项目', N, '主管部门及代码', N, '实施单位', '卫健委'],
    ['项目属性', '滚动项目', N, '项目期', N, '长期'],
    ['项目金额(万元)', '年度资金总额', N, '2279.048 万元'],
    [N, '其中:财政投款', N, '2279.048 万元'],
    [N, '其他资金'],
    ['总体 目标', '针对当前城乡居民存在的主要健康问题,以儿童、孕产妇、老年人、慢性疾病患者为重点人群,面向全体居民免 '
     '费提供的最基本的公共卫生服务,促进基本公共卫生服务均等化。'],
    ['绩效 指标', '一级 指标', '二级指标', '三级指标', N, N, '指标值'],
    J([N, '产出 指标', '数量指标', '适龄儿童国家免疫规划疫苗接种率', N, N, '≧90%'], 'ok', None,
      'a rate under 数量指标 (as the national 基本公卫 indicators are set): fine; ≧ is ≥'),
    J([N, N, N, '7 岁以下儿童健康管理率', N, N, '≧85%'], 'ok', None,
      'the space inside the name comes from the PDF and is no part of it'),
]

FORM = {
    'id': 'f-06',
    'source': {
        'url': 'https://www.mengcheng.gov.cn/XxgkContent/show/2601075.html',
        'publisher': '蒙城县卫生健康委员会 (实施单位 written 卫健委)',
        'year': 2024,
        'province': '安徽',
        'kind': 'declaration',
        'layout': 'classic',
        'notes': ('项目支出绩效目标申报表 (2024 年度) of 国家基本公共卫生服务项目 (蒙城县县级配套经费, 年度预算安排 2279.048万元), '
                  'inside a report on the 蒙城县 (亳州, 安徽) portal that first describes the project (立项依据, 实施主体 '
                  '蒙城县卫生健康委员会, 起止时间 2024-01-01 to 2024-12-31). The stored copy is the table as text from a '
                  'PDF, one cell a line, empty cells kept; the spaces where a cell broke its line are kept as published '
                  '((2024 年度), 总体 目标, 绩效 指标, 一级 指标, 产出 指标, 7 岁以下, 免 费, 2279.048 万元). Kept as '
                  'published: 主管部门及代码 empty; 实施单位 卫健委; 项目属性 滚动项目 and 项目期 长期; 其中:财政投款 (for '
                  '财政拨款); rates under 数量指标 with ≧. The stored text ends inside the third indicator row (0-6 岁儿童眼'
                  '保健和视力检查覆盖率 | ≧, the value cut): two rows are transcribed. The 三级 cell spans three columns '
                  'here as the table is wide; the layout of the header block is the usual one. Funds in 万元: '
                  '22,790,480 元.'),
    },
    'sheets': [{
        'name': 'Sheet1',
        'width': 7,
        'rows': ROWS,
        'merges': ['A1:G1', 'A2:G2', 'B3:C3', 'D3:E3', 'B4:C4', 'D4:E4', 'F4:G4', 'A5:A7', 'B5:C5', 'D5:G5', 'B6:C6',
                   'D6:G6', 'B7:C7', 'D7:G7', 'B8:G8', 'A9:A11', 'D9:F9', 'B10:B11', 'C10:C11', 'D10:F10', 'D11:F11'],
        'widths': [8, 10, 12, 14, 10, 10, 12],
        'tables': [{'first': 10, 'last': 11, 'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': 'G'}}],
        'forms': [{
            'projectName': '国家基本公共卫生服务项目',
            'totalFunds': 22790480,
            'implementingUnit': '卫健委',
            'titleCell': 'A1',
            'projectNameCell': 'B3',
            'totalFundsCell': 'D5',
            'layout': 'declaration',
            'headerRow': 9,
        }],
    }],
}
