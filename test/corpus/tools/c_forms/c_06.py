# 武汉市青山区教育局 2020 项目支出绩效目标表 (湖北): side-by-side 长期 and 年度 blocks (二级指标(长期) | 三级指标(长期) |
# 指标值(长期) | 二级指标(年度) | 三级指标(年度) | 指标值(年度)) with the 长期 block left empty, 一级 repeated on every row,
# amounts with 万元 in the cell under a 项目资金 label without unit.
from b_corpus import J

N = None
ROWS = [
    ['项目支出绩效目标表'],
    ['2020年度)'],
    ['项目名称', '教育系统基础设施建设和设备购置'],
    ['主管部门\n及编码', '[015001]武汉市青山区教育局'],
    ['实施单位', '武汉市青山区教育局'],
    ['项目属性', '基础建设、修缮类'],
    ['项目起止时间', '202001-202012'],
    ['项目资金', '资金总额', '10000万元', N, '当年资金总额:', '10000万元'],
    [N, '其中:财政拨款', '10000万元', N, '其中:当年财政拨款', '10000万元'],
    [N, '其他资金', N, N, '当年其他资金'],
    ['总体目标', '中期目标', N, N, '年度目标'],
    [N, '优化教育布局,推进教育领域综合改革全面提升育人质量实现基础教育持续发展', N, N, '按工作计划完成教育局重点项目建设经费预算安排'],
    ['绩效项目指标表'],
    ['一级指标', '二级指标(长期)', '三级指标(长期)', '指标值(长期)', '二级指标(年度)', '三级指标(年度)', '指标值(年度)'],
    J(['产出指标', '数量指标', N, N, '数量指标', '重点建设工程安排数量', '2'], 'ok', note='bare number without unit'),
    J(['产出指标', '质量指标', N, N, '质量指标', '重点建设工程验收合格率', '100%'], 'ok'),
    J(['产出指标', '成本指标', N, N, '成本指标', '建设项目成本', '参照政府采购成本控制'], 'ok',
      note='qualitative compliance wording under 成本 (at most a warning)'),
    J(['产出指标', '时效指标', N, N, '时效指标', '重点建设工程按期完成率', '100%'], 'ok'),
    J(['效益指标', '可持续影响指标', N, N, '可持续影响指标', '基础教育巩固提高情况', '巩固提高'], 'ok'),
    J(['效益指标', '社会效益指标', N, N, '社会效益指标', '基础教育学校办学条件', '持续改善'], 'ok'),
    J(['满意度指标', '服务对象满意度指标', N, N, '服务对象满意度指标', '学生、家长、社会满意度', '≥90%'], 'ok'),
]

FORM = {
    'id': 'c-06',
    'source': {
        'url': 'http://www.qingshan.gov.cn/qzfbm/zfgzbm/jyj/czxx/zjxx/202001/t20200120_1016313.shtml',
        'publisher': '武汉市青山区教育局',
        'year': 2020,
        'province': '湖北',
        'kind': 'declaration',
        'layout': 'side-by-side',
        'notes': ('项目支出绩效目标表 (2020年度) "项目支出绩效目标表3" on the 青山区 (武汉) site, 发布 2020-01-20 by 区教育局. '
                  'Kept as published: the year line "2020年度)" without its opening bracket (stored copy); the 长期 and 年度 '
                  'blocks side by side under a "绩效项目指标表" line, the 长期 block holding only the 二级 names (its 三级 and '
                  '指标值 empty) and the 年度 block repeating them; the 一级 written on every row (产出指标 four times); '
                  'amounts written "10000万元" in the cells under a 项目资金 label with no unit; the code [015001] glued to '
                  'the department; "2" without unit; qualitative targets (参照政府采购成本控制, 巩固提高, 持续改善). The '
                  'table is complete in the stored copy. One form; the indicators are the 7 rows of the 年度 block (the '
                  '长期 block has 二级 names only: placeholders, no indicators).'),
    },
    'sheets': [{
        'name': '绩效目标表',
        'width': 7,
        'rows': ROWS,
        'merges': ['A1:G1', 'A2:G2', 'B3:G3', 'B4:G4', 'B5:G5', 'B6:G6', 'B7:G7', 'A8:A10', 'C8:D8', 'F8:G8', 'C9:D9',
                   'F9:G9', 'C10:D10', 'F10:G10', 'A11:A12', 'B11:D11', 'E11:G11', 'B12:D12', 'E12:G12', 'A13:G13'],
        'widths': [10, 14, 14, 10, 14, 24, 16],
        'tables': [{'first': 15, 'last': 21, 'cols': {'l1': 'A', 'l2': 'E', 'l3': 'F', 'target': 'G'}}],
        'forms': [{
            'projectName': '教育系统基础设施建设和设备购置',
            'totalFunds': 100000000,
            'department': '[015001]武汉市青山区教育局',
            'implementingUnit': '武汉市青山区教育局',
            'titleCell': 'A1',
            'projectNameCell': 'B3',
            'totalFundsCell': 'C8',
            'layout': 'declaration',
            'headerRow': 14,
        }],
    }],
}
