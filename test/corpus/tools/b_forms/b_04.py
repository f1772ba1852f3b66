# 巴彦淖尔市自然资源局甘其毛都口岸分局 2024 项目支出绩效自评表 (内蒙古): split self-evaluation with 指标性质
# (正向) and 指标方向 (大于等于/小于等于/等于 in words), 计量单位 after the values, a blank 一级.
from b_corpus import J

N = None
ROWS = [
    ['项目支出绩效自评表 (2024年度)'],
    ['项目名称', '内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局自然资源业务支出项目'],
    ['主管部门', '内蒙古自治区巴彦淖尔市自然资源局(部门)', N, N, N, N, '实施单位', '内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局'],
    ['项目资金 (万元)', N, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率(%)', '得分'],
    [N, '年度资金总额', 0, 2.38, 2.38, 10, 100, 10],
    [N, '其中:财政拨款', 0, 0.58, 0.58, '——', 100, '——'],
    [N, '其他资金', 0, 1.8, 1.8, '——', 0, '——'],
    ['年度总体目标', '预期目标', N, N, N, N, '实际完成情况'],
    [N, '目标1:通过开展自然调查,全面查清全市资源利用状况,实现资源信息的社会化服务,实现资源宏观调控及资源管理的需要.', N, N, N, N,
     '负责编制辖区内国土空间规划并监督实施,落实辖区内自然资源调查监测评价工作;承担辖区内国土空间生态修复工作,负责组织实施最严格的耕地保护制度;负责辖区内地质勘查协调、监督管理和行业规范执行监督;负责矿产资源管理工作;负责辖区内测绘地理信息管理工作,推动自然资源领域科技发展。'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标性质', '指标方向', '年度指标值', '实际完成值', '计量单位', '分值', '得分', '偏差原因分析及改进措施'],
    J([N, N, '数量指标', '指标1:租车次数(次)', '正向', '大于等于', 1, 1, '次', 8, 8], 'ok', 'met'),
    J([N, N, N, '指标2:宣传美工制作个数(个)', '正向', '小于等于', 1, 1, '个', 7, 7], 'either', 'met',
      '指标性质 says 正向 (more is better) but 指标方向 is 小于等于; the target itself (<=1个) reads fine'),
    J([N, N, '质量指标', '指标1:租车达标率', '正向', '等于', 100, 100, '%', 8, 8], 'ok', 'met'),
    J([N, N, N, '指标2:宣传合格率', '正向', '等于', 100, 100, '%', 7, 7], 'ok', 'met'),
]

FORM = {
    'id': 'b-04',
    'source': {
        'url': 'http://zrzy.bynr.gov.cn/zwgk/czyjs/202509/t20250924_714315.html',
        'publisher': '内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局',
        'year': 2024,
        'province': '内蒙古',
        'kind': 'self-evaluation',
        'layout': 'self-evaluation-split',
        'notes': ('项目支出绩效自评表 in a 2024 决算公开报告, split layout of the Inner Mongolia system: 指标性质 holds 正向, '
                  'the operator is in a separate 指标方向 column written in words (大于等于, 小于等于, 等于), then '
                  '年度指标值 | 实际完成值 | 计量单位 | 分值 | 得分. Kept as published: the title and year share one cell; '
                  'the 一级 cell of the table is empty (the HTML shows no 产出指标 anywhere above 数量/质量指标); the '
                  '三级 names carry 指标1:/指标2: and a unit bracket; 宣传美工制作个数 is 正向 with 小于等于; the 其他资金 '
                  'row shows 执行率 0 although 1.8 of 1.8 was spent; numbers are plain numbers. The stored page ends at '
                  'the 时效指标 row (its 三级 is cut off): the rows from 时效指标 on are not transcribed, so the table here '
                  'has the four 数量/质量 rows only.'),
    },
    'sheets': [{
        'name': '项目支出绩效自评表',
        'width': 12,
        'rows': ROWS,
        'merges': ['A1:L1', 'B2:L2', 'B3:F3', 'H3:L3', 'A4:A7', 'A8:A9', 'B8:F8', 'G8:L8', 'B9:F9', 'G9:L9', 'A10:A14'],
        'mergeDown': {'table': (11, 14), 'cols': ['C']},
        'widths': [8, 10, 10, 26, 8, 10, 10, 10, 8, 6, 6, 20],
        'tables': [{'first': 11, 'last': 14, 'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': 'G', 'actual': 'H', 'weight': 'J'}}],
        'hierarchyErrors': [(r, 'the 一级 cell is empty at the top of the table (nothing to inherit); its 二级 implies 产出指标') for r in range(11, 15)],
        'forms': [{
            'projectName': '内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局自然资源业务支出项目',
            'totalFunds': 23800,
            'department': '内蒙古自治区巴彦淖尔市自然资源局(部门)',
            'implementingUnit': '内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局',
            'titleCell': 'A1',
            'projectNameCell': 'B2',
            'totalFundsCell': 'D5',
            'layout': 'self-evaluation-split',
            'headerRow': 10,
            'executedFunds': 23800,
        }],
    }],
}
