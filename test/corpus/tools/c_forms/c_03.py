# 浮梁县林业局 部门整体绩效目标 (江西, 2026 budget): the split layout with 计算符号 | 目标值 | 度量单位 | 指标值说明,
# "=" on head counts, the unit repeated in every 三级 name, no title ending in 表 and no 项目名称 (a department-wide table).
from b_corpus import J

N = None
OK = '该指标值数据合理'


def q(name, op, val, unit):
    return J([N, N, name, op, val, unit, OK], 'ok')


ROWS = [
    ['部门整体绩效目标'],
    ['基本信息'],
    ['部门编码:', '316', '部门名称:', '浮梁县林业局', '*联系人:', '王媛'],
    ['联系电话:', '13879821572'],
    ['*部门职能职责概述', '保证林业局职能实现,保障人员经费。'],
    ['年度绩效目标'],
    ['*年度绩效总目标', '保证林业局职能实现,保障人员经费。'],
    ['一级指标', '二级指标', '三级指标', '计算符号', '目标值', '度量单位', '指标值说明'],
    J(['产出指标', '数量指标', '保障在职职工人数(人)', '=', 116, '人', OK], 'ok'),
    q('保障退休职工人数(人)', '=', 81, '人'),
    q('保障遗属人数(人)', '=', 13, '人'),
    q('林木采伐监管(万立方米)', '=', 6, '万立方米'),
    q('野生动植物保护、防火面积(万亩)', '=', 320, '万亩'),
    q('湿地保有量(公顷)', '=', 4900, '公顷'),
    q('林业产业(万亩)', '=', 0.5, '万亩'),
    q('签订野生动物致害保险(单)', '=', 1, '单'),
    q('向各类新闻媒体完成林业新闻信息投稿数(篇)', '=', 30, '篇'),
    q('林业微信公众号完成新闻宣传(篇)', '=', 50, '篇'),
    q('制作宣传横幅、公益宣传牌等(年)', '=', 1, '年'),
    q('自然保护区负氧离子监测点(个)', '=', 4, '个'),
    J([N, '质量指标', '工资发放准确性(%)', '≥', 95, '%', OK], 'ok'),
]

FORM = {
    'id': 'c-03',
    'source': {
        'url': 'https://fuliang.gov.cn/xzf/czxx/bmczyjs/t1081473.shtml',
        'publisher': '浮梁县林业局',
        'year': 2026,
        'province': '江西',
        'kind': 'declaration',
        'layout': 'split',
        'notes': ('部门整体绩效目标 of the 浮梁县林业局 budget disclosure (景德镇, 江西); the page then lists the project '
                  'tables (林长制工作经费, 义务植树, 2026年营造林技术咨询服务, 2025-2026松线虫病防治, …), from which the year '
                  '2026 is inferred. The department-wide table uses the same grid as the project tables: 一级 | 二级 | '
                  '三级 | 计算符号 | 目标值 | 度量单位 | 指标值说明. Kept as published: no title ending in 表 and no 项目名称 '
                  '(部门编码/部门名称 instead); the asterisks of required fields (*联系人, *年度绩效总目标); "=" on every '
                  'count; the unit repeated in each 三级 name; "制作宣传横幅、公益宣传牌等(年)" = 1 年; the same phrase '
                  '该指标值数据合理 as every 指标值说明. 一级/二级 are written once with blank cells below (as the HTML '
                  'gives them). The stored page ends after the first 质量指标 row: only those 13 rows are transcribed. '
                  'Expected as one form with no project name and no funds (the table shows none).'),
    },
    'sheets': [{
        'name': '部门整体绩效目标',
        'width': 7,
        'rows': ROWS,
        'merges': ['A1:G1', 'A2:G2', 'F3:G3', 'B4:G4', 'B5:G5', 'A6:G6', 'B7:G7'],
        'widths': [10, 10, 36, 8, 8, 10, 16],
        'tables': [{'first': 9, 'last': 21, 'cols': {'l1': 'A', 'l2': 'B', 'l3': 'C', 'target': 'E'}}],
        'forms': [{
            'projectName': None,
            'totalFunds': None,
            'department': '浮梁县林业局',
            'titleCell': 'A1',
            'layout': 'declaration-split',
            'headerRow': 8,
        }],
    }],
}
