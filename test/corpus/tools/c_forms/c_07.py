# 武汉市青山区教育局 2020 绩效目标表 (湖北), 农村义务教育薄弱学校改造补助资金: label and amount in one cell
# ("年度资金总额:16", "其中 :上级资金16"), 指标内容 as the 三级 header, 社会公众或服务对象满意度指标 under 效益指标 (2013 template).
from b_corpus import J

N = None
ROWS = [
    ['绩效目标表'],
    ['(2020年度)'],
    ['项目名称', '农村义务教育薄弱学校改造补助资金'],
    ['项目主管部门', '青山区教育局', '项目执行单位', '化工区学校'],
    ['资金情况\n(万元)', '年度资金总额:16'],
    [N, '    其中 :上级资金16'],
    ['总体目标', '年度目标'],
    [N, '全面改善农村义务教育薄弱学校办学条件,扩大基础教育资源,进一步提高义务教育均衡发展水平。'],
    ['绩效指标', '一级指标', '二级指标', '指标内容', '指标值'],
    J([N, '产出指标', '数量指标', '农村义务教育学校改造覆盖率', '100%'], 'ok'),
    J([N, N, '质量指标', '校舍维修改造质量合格率', '100%'], 'ok'),
    J([N, N, N, '购置设施设备质量合格率', '100%'], 'ok'),
    J([N, N, '时效指标', '预算资金当年下达率', '100%'], 'ok'),
    J([N, N, N, '项目按计划完成率', '100%'], 'ok'),
    J([N, N, '成本指标', '建设项目成本控制率', '100%'], 'ok'),
    J([N, '效益指标', '可持续影响指标', '义务教育优质均衡发展情况', '稳步提高'], 'ok'),
    J([N, N, '社会公众或服务对象满意度指标', '学生家长满意度', '≥90%'], 'ok',
      note='社会公众或服务对象满意度指标 under 效益指标: the 2013 template, valid (domain.md §2)'),
    J([N, N, N, '学校满意度', '≥90%'], 'ok'),
]

FORM = {
    'id': 'c-07',
    'source': {
        'url': 'https://www.qingshan.gov.cn/qzfbm/zfgzbm/jyj/czxx/zxzj/ywjygz/202101/t20210105_1589009.shtml',
        'publisher': '武汉市青山区教育局 (执行单位 化工区学校)',
        'year': 2020,
        'province': '湖北',
        'kind': 'declaration',
        'layout': 'classic',
        'notes': ('绩效目标表 (2020年度) for 农村义务教育薄弱学校改造补助资金, published 2021-01-05 by the 青山区教育局 '
                  '(武汉). Kept as published: the title is just 绩效目标表; 年度资金总额:16 and 其中 :上级资金16 each in a '
                  'single cell, label and amount together (with the leading spaces), under 资金情况(万元); 指标内容 as the '
                  '三级 header; every rate at 100% without operator; 社会公众或服务对象满意度指标 as a 二级 of 效益指标 (the '
                  '2013 template) and no 满意度 一级. The table is complete in the stored copy. Total funds: a reviewer '
                  'reads 16万元 (160,000 元) from the label cell — the spec expects the amount in the cell to the right of '
                  'the label, where there is none here.'),
    },
    'sheets': [{
        'name': '绩效目标表',
        'width': 5,
        'rows': ROWS,
        'merges': ['A1:E1', 'A2:E2', 'B3:E3', 'A5:A6', 'B5:E5', 'B6:E6', 'A7:A8', 'B7:E7', 'B8:E8', 'A9:A18',
                   'B10:B15', 'C11:C12', 'C13:C14', 'B16:B18', 'C17:C18'],
        'widths': [8, 10, 16, 28, 12],
        'tables': [{'first': 10, 'last': 18, 'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': 'E'}}],
        'forms': [{
            'projectName': '农村义务教育薄弱学校改造补助资金',
            'totalFunds': 160000,
            'department': '青山区教育局',
            'implementingUnit': '化工区学校',
            'titleCell': 'A1',
            'projectNameCell': 'B3',
            'totalFundsCell': 'B5',
            'layout': 'declaration',
            'headerRow': 9,
        }],
    }],
}
