# 六安市农业农村局 2024 项目支出绩效目标申报表 (安徽): 中期 and 年度 indicator blocks side by side in the same rows, both
# filled (and identical), under a header that repeats 二级指标 | 三级指标 | 指标值 without saying which block is which.
from b_corpus import J

N = None
W = lambda v: {'v': v, 'fmt': '0.00'}


def both(l1, l2, name, value, note=None):
    """One published row: the same 二级/三级/指标值 in the 中期 block (C-E) and in the 年度 block (F-H)."""
    return J([N, l1, l2, name, value, l2, name, value], 'ok', None, note)


RATE_NOTE = ('检测及时率 (a rate by its name) with a duration ≤7工作日: the value says what is meant (test within 7 working '
             'days); at most a reviewer\'s remark, not an error')
ROWS = [
    ['项目支出绩效目标申报表'],
    ['( 2024 年度)'],
    ['项目责任人(签字):', N, N, N, N, '单位(盖章):'],
    ['项目名称', '发展建设类-农产品质检体系建设和“三品一标”发展项目'],
    ['主管部门及代码', '[066]六安市农业农村局', N, N, '实施单位', '六安市农业农村局'],
    ['项目属性', '常年项目', N, N, '项目期', '3年'],
    ['项目资金\n(万元)', '中期资金总额:', W(68.5), N, '年度资金总额:', W(51.35)],
    [N, '其中:财政拨款', W(68.5), N, '其中:财政拨款', W(51.35)],
    [N, '其他资金', W(0), N, '其他资金', W(0)],
    ['总\n体\n目\n标', '中期目标(2024年—2026年)', N, N, '年度目标'],
    [N, '通过项目实施,开展农产品质量安全监测及三品一标工作,实现农产品质量安全得到提升,检测批次达到2批次/千人,'
        '“两强一增”认证总数得到上升。', N, N,
     '通过项目实施,开展农产品质量安全监测及三品一标工作,实现农产品质量安全得到提升,检测批次达到2批次/千人,'
     '“两强一增”认证总数得到上升。'],
    ['绩\n效\n指\n标', '一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'],
    both('产出指标', '数量指标', '鉴定校准实验室仪器', '≥57个'),
    both(N, N, '购买标准试剂', '≥100个'),
    both(N, N, '监督抽检批次', '≥100组'),
    both(N, '质量指标', '农产品例行监测合格率', '≥98%'),
    both(N, N, '农产品监督抽样合格率', '≥98%'),
    both(N, N, '实验室仪器维修维护', '≥4次', 'a count (≥4次) under 质量指标: fine'),
    both(N, '时效指标', '检测及时率', '≤7工作日', RATE_NOTE),
]

FORM = {
    'id': 'd-03',
    'source': {
        'url': 'https://nyncj.luan.gov.cn/public/6608321/10480730.html',
        'publisher': '六安市农业农村局',
        'year': 2024,
        'province': '安徽',
        'kind': 'declaration',
        'layout': 'side-by-side',
        'notes': ('六安市农业农村局2024年农产品质检体系建设和“三品一标”发展项目支出预算绩效目标表 (安徽), the provincial '
                  '项目支出绩效目标申报表 template with a 中期 (2024—2026, 项目期 3年) and a 年度 column everywhere: funds '
                  '(中期资金总额 68.50 / 年度资金总额 51.35 万元), goals, and the indicator table, whose header repeats '
                  '二级指标 | 三级指标 | 指标值 for the two blocks without a (中期)/(年度) suffix — only the 总体目标 row '
                  'above says which is which. Both blocks are filled and identical. Kept as published: the empty '
                  '项目责任人(签字)/单位(盖章) line, [066] before the department, amounts shown with two decimals, '
                  '检测及时率 ≤7工作日, 实验室仪器维修维护 ≥4次 under 质量指标, 一级/二级 written once with blank cells '
                  'below. The stored page ends inside the 时效指标 block ("开展质…"): only the 7 complete rows are '
                  'transcribed, each in both blocks (14 indicators). Province 安徽 is corpus A\'s: taken for the '
                  'side-by-side table with both blocks filled (c-06 has its 长期 block empty). Total funds: the '
                  'project\'s total over its period, 中期资金总额 68.50万元 = 685,000 元 (domain.md: 项目资金总额 before '
                  '年度资金申请总额); the year\'s amount is 51.35万元.'),
    },
    'sheets': [{
        'name': '绩效目标申报表',
        'width': 8,
        'rows': ROWS,
        'merges': ['A1:H1', 'A2:H2', 'A3:E3', 'F3:H3', 'B4:H4', 'B5:D5', 'F5:H5', 'B6:D6', 'F6:H6', 'A7:A9',
                   'C7:D7', 'C8:D8', 'C9:D9', 'F7:H7', 'F8:H8', 'F9:H9', 'A10:A11', 'B10:D10', 'E10:H10', 'B11:D11',
                   'E11:H11', 'A12:A19'],
        'widths': [5, 10, 10, 22, 10, 10, 22, 10],
        'tables': [
            {'first': 13, 'last': 19, 'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': 'E'}},
            {'first': 13, 'last': 19, 'cols': {'l1': 'B', 'l2': 'F', 'l3': 'G', 'target': 'H'}},
        ],
        'forms': [{
            'projectName': '发展建设类-农产品质检体系建设和“三品一标”发展项目',
            'totalFunds': 685000,
            'titleCell': 'A1',
            'projectNameCell': 'B4',
            'totalFundsCell': 'C7',
            'layout': 'declaration',
            'headerRow': 12,
        }],
    }],
}
