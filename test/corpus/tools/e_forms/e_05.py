# 福建省台湾同胞联谊会 2017年财政支出项目绩效目标表 (福建, 省直): the corpus's first 2015–2017 form. The 2017 省直 template:
# 绩效目标 | 评价指标 (over a 二级 and a 目标N label column) | 绩效内容 | 绩效标准 | 全年绩效目标, with 一级 投入 / 产出 and 二级
# 成本目标 / 数量目标 — the evaluation framework's words, not 88号's.
from b_corpus import J

N = None
WHY_INPUT = ('一级 "投入" (二级 成本目标) is the evaluation framework\'s, not 88号/101号 (domain.md §2: 投入指标 unknown): '
             'unknown-level1 on the row')
WHY_OUTPUT = ('二级 "数量目标" under 产出: one character from 数量指标 — the spec\'s misspelled rule (a reviewer would read 数量目标 '
              'as the 2017 template\'s word for 数量指标, but the row still needs the framework name)')

ROWS = [
    ['2017年财政支出项目绩效目标表'],
    ['主管部门名称:福建省台湾同胞联谊会'],
    ['专项名称', '台胞扶贫济困生活补贴、涉台联络专项经费及调研培训费'],
    ['概况', '台胞扶贫济困生活补贴包括:台胞困难户每月每人200元、高龄补贴(没退休金每月每人300元、有退休金200元);充分发挥桥梁和'
             '纽带作用,创新对台联谊模式,深化同名村、丰收节、青年夏令营等对台交流活动,加强定居台胞服务工作,推动两岸宗亲交流,少数民族交流、'
             '青少年交流,推进闽台深度融合,广泛争取台湾民心'],
    ['总体绩效目标', '台胞扶贫济困生活补贴,为我省台胞解决生活困难,从而调动广大台胞投身海西建设,为祖国和平统一大业;增进与台湾同胞沟通'
                   '交流、促进两岸和平统一发展'],
    ['绩效目标', '评价指标', N, '绩效内容', '绩效标准', '全年绩效目标'],
    J(['投入', '成本目标', '目标1', '发放省直困难、高龄台胞', '100%', '按实际情况发放'], 'ok', None,
      '全年绩效目标 (F) is the target, 绩效标准 (E) its standard: "按实际情况发放" under a cost 二级 is qualitative — a '
      'warning at most (the 二级 成本目标 is not a framework name, so even that may not apply)'),
    J([N, N, '目标2', '开展丰收节活动、夏令营活动、台胞技能培训、定居台胞困难大学生助学金', '100%', '100%'], 'ok', None,
      'a bare 100% (no operator): a warning at most'),
    J(['产出', '数量目标', '目标1', '困难台胞、高龄台胞困难补助受益', '台胞困难户每月每人200元、高龄补贴(没退休金每月每人300元、有退休金200元)',
       '困难台胞432人、高龄台胞1792人、困难学生助学95人、困难台胞技能培训91人'], 'ok', None,
      'four counts in one sentence (432人、1792人、95人、91人): descriptive text with numbers, an embedded-number warning at most'),
    J([N, N, '目标2', '争取台湾民心、增进乡情', '开展丰收节活动1次、夏令营活动1次、台胞技能培训2期',
       '开展丰收节活动1次、夏令营活动1次、台胞技能培训2期'], 'ok', None,
      'a list of activities with counts: descriptive, an embedded-number warning at most'),
]

FORM = {
    'id': 'e-05',
    'source': {
        'url': 'http://fjtl.taiwan.cn/zxgg/201707/t20170731_11825756.htm',
        'publisher': '福建省台湾同胞联谊会 (published on 福建台胞之家网, 2017-07-31)',
        'year': 2017,
        'province': '福建',
        'kind': 'declaration',
        'layout': 'classic',
        'notes': ('"2017年财政支出项目绩效目标表" of 福建省台湾同胞联谊会, published 2017-07-31 under 闽财绩函[2017]1号 (福建, 省直 '
                  'department). The stored text gives the cells in order without boundaries inside a row; the columns follow '
                  'the header (绩效目标 | 评价指标 | 绩效内容 | 绩效标准 | 全年绩效目标) and the rows, which all have six values when '
                  'the 一级/二级 are written (投入 | 成本目标 | 目标1 | 发放省直困难、高龄台胞 | 100% | 按实际情况发放) and four when '
                  'they are merged from above: 评价指标 heads both the 二级 (成本目标, 数量目标) and a 目标1/目标2 label column. '
                  'Kept as published: the department as "主管部门名称:…" in one line, 专项名称 as the project label, no funds '
                  'anywhere on the form, the evaluation-framework 一级 投入 and the 二级 成本目标 / 数量目标, 100% as a cost '
                  'standard, several counts in one target cell. The stored page ends inside the fifth row (目标3 困难台胞助学款 '
                  '定…): the four complete rows are transcribed. The page names no amount, so total funds are null.'),
    },
    'sheets': [{
        'name': '绩效目标表',
        'width': 6,
        'rows': ROWS,
        'merges': ['A1:F1', 'A2:F2', 'B3:F3', 'B4:F4', 'B5:F5', 'B6:C6', 'A7:A8', 'B7:B8', 'A9:A10', 'B9:B10'],
        'widths': [8, 10, 7, 30, 30, 30],
        'tables': [{'first': 7, 'last': 10, 'cols': {'l1': 'A', 'l2': 'B', 'l3': 'D', 'target': 'F'}}],
        'forms': [{
            'projectName': '台胞扶贫济困生活补贴、涉台联络专项经费及调研培训费',
            'totalFunds': None,
            'titleCell': 'A1',
            'projectNameCell': 'B3',
            'layout': 'declaration',
            'headerRow': 6,
        }],
        'hierarchyErrors': [[7, WHY_INPUT], [8, WHY_INPUT], [9, WHY_OUTPUT], [10, WHY_OUTPUT]],
    }],
}
