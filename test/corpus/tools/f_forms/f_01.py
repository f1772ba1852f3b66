# 金寨县 2023年度 部门整体支出绩效自评表 (安徽, 茶谷和美丽乡村建设服务中心): the central 自评表 grid used for a whole
# department — 部门 instead of 项目名称, 预算资金 instead of 项目资金, 全年执行数 above 全年预算数 (102.59%), 指标N:
# labels, ≤4 on a count, deadlines written 9月前 / 11月前 met by bare months 7月 / 10月, counts with no unit.
from b_corpus import J

N = None
DASH = '—'
ROWS = [
    ['部门整体支出绩效自评表'],
    ['(2023年度)'],
    ['部门', N, '金寨县茶谷和美丽乡村建设服务中心'],
    ['预算资金\n(万元)', N, N, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [N, N, '年度资金总额', 329.77, 329.77, 338.31, 10, '102.59%', N],
    [N, N, '其中:当年财政拨款', 329.77, 329.77, 338.31, DASH, '102.59%', DASH],
    [N, N, '上年结转资金', N, N, N, DASH, N, DASH],
    [N, N, '其他资金', N, N, N, DASH, N, DASH],
    ['年度总体目标', '预期目标', N, N, N, '实际完成情况'],
    [N, '1.建设徽风皖韵美丽乡村;2.整治美丽宜居自然村庄;3.推进农村改厕提质增效;4.深入开展村庄清洁行动;5.促进茶谷果岭融合发展。',
     N, N, N,
     '1.启动燕子河镇龙马村、花石乡大湾村等4个精品示范村建设;2.整治美丽宜居自然村庄202个;3.完成农村户用卫生厕所改造3061户;'
     '4.全面完成2022年度10个省级中心村各项建设任务,并顺利通过省级验收;加快2023年度10个省级中心村任务,确保2024年通过各级验收。'],
    ['绩\n效\n指\n标', '一级指标', '二级指标', '三级指标', '年度\n指标值', '实际\n完成值', '分值', '得分', '偏差原因分析及改进措施'],
    J([N, '产出指标', '数量指标', '指标1:开展精品示范村建设数量', '≤4', 4, 10, 10], 'ok', 'met',
      '≤4 caps a count of villages to build (an odd direction, but no rule makes it wrong) and has no unit: at most '
      'warnings; 4 ≤ 4 is met'),
    J([N, N, N, '指标2:建设美丽宜居自然村庄数量', '≥200', 202, 10, 10], 'ok', 'met', 'no counting unit: at most a warning'),
    J([N, N, N, '指标3:完成农村户用卫生厕所改造数量', '≥2000', 3061, 10, 10], 'ok', 'met',
      'no unit; 3061 of ≥2000 is far above the target (info at most)'),
    J([N, N, N, '指标4:新建省级中心村数量', '≥10', 10, 10, 10], 'ok', 'met'),
    J([N, N, '质量指标', '指标1:美丽宜居自然村庄验收通过率', '≥95%', '100%', 5, 5], 'ok', 'met'),
    J([N, N, N, '指标2:户用卫生厕所改造验收通过率', '≥95%', '100%', 5, 5], 'ok', 'met'),
    J([N, N, '时效指标', '指标1:完成美丽宜居自然村庄验收时间', '9月前', '7月', 5, 5], 'ok', 'met',
      '9月前 is a plain deadline in the form year (before September); the acceptance was done in July: met'),
    J([N, N, N, '指标2:完成户用卫生厕所改造验收时间', '11月前', '10月', 5, 5], 'ok', 'met',
      '11月前 is a deadline (before November); done in October: met'),
]

FORM = {
    'id': 'f-01',
    'source': {
        'url': 'https://www.ahjinzhai.gov.cn/public/6624963/37545031.html',
        'publisher': '金寨县茶谷和美丽乡村建设服务中心',
        'year': 2023,
        'province': '安徽',
        'kind': 'self-evaluation',
        'layout': 'self-evaluation',
        'notes': ('部门整体支出绩效自评表 (2023年度) of 金寨县茶谷和美丽乡村建设服务中心 (六安, 安徽), published on the county '
                  'portal. The stored copy is the HTML table, row by row; the grid is the central 自评表 one applied to a '
                  'whole department: 部门 instead of 项目名称 (no project name, no 主管部门/实施单位), 预算资金 (万元) instead of '
                  '项目资金, then 年度总体目标 and the 绩效指标 block. Kept as published: 全年执行数 338.31 above 全年预算数 '
                  '329.77 (执行率 102.59%) with 得分 left empty; 上年结转资金/其他资金 with only the — of 分值 and 得分; 指标N: '
                  'labels before every 三级; ≤4 on a count of villages to build; counts with no unit (≥200, ≥2000, ≥10) and '
                  'bare numeric actuals; deadlines 9月前 / 11月前 answered by bare months 7月 / 10月. The stored text ends '
                  'at "成本指标 | 指标1:" (the 成本 row is cut inside its name): the eight rows before it are transcribed, '
                  'the 成本, 效益 and 满意度 rows are not. The empty cells of the funds rows are placed by the template '
                  '(the page drops empty cells). Expected as one form with no project name; total 3,297,700 元 and executed '
                  '3,383,100 元 (label 预算资金 (万元)).'),
    },
    'sheets': [{
        'name': '部门整体支出绩效自评表',
        'width': 9,
        'rows': ROWS,
        'merges': ['A1:I1', 'A2:I2', 'A3:B3', 'C3:I3', 'A4:B8', 'A9:A10', 'B9:E9', 'F9:I9', 'B10:E10', 'F10:I10',
                   'A11:A19', 'B12:B19', 'C12:C15', 'C16:C17', 'C18:C19'],
        'widths': [5, 9, 12, 34, 10, 10, 6, 6, 22],
        'tables': [{'first': 12, 'last': 19,
                    'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': 'E', 'actual': 'F', 'weight': 'G'}}],
        'forms': [{
            'projectName': None,
            'totalFunds': 3297700,
            'department': '金寨县茶谷和美丽乡村建设服务中心',
            'titleCell': 'A1',
            'totalFundsCell': 'E5',
            'layout': 'self-evaluation',
            'headerRow': 11,
            'executedFunds': 3383100,
        }],
    }],
}
