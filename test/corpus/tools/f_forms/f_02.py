# 南华县 野生菌加工车间建设项目(续建) 项目支出绩效自评表 (云南, 楚雄州): no title (the form starts at 项目名称), 经济效益指标
# written as a 二级 inside the 产出指标(50分) block, a bare 550 against an actual of 20, a 成本指标 二级 left empty, and the
# 绩效指标 column merged again below it (the table goes on to a second block, cut in the stored copy).
from b_corpus import J

N = None
DASH = '—'
GOAL = ('目标1:1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装,冷库仓储3100元每平方米,投资400万元;'
        '目标2:配套烘干杀菌设备及包装设备购置及安装550万元;目标3:配套电力设施1250KVA变压器3台,完成高压线接入及土建安装'
        '投资150万元。')
ROWS = [
    ['项目名称', N, '南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目(续建)'],
    ['主管部门', N, '南华县农业农村局', N, N, '实施单位', '南华县国有资本管理有限公司'],
    ['项目资金\n(万元)', N, N, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [N, N, '年度资金总额', 1100, 1100, 1100, 10, '100%', 10],
    [N, N, '其中:当年财政拨款', 1100, 1100, 1100, DASH, '100%', DASH],
    [N, N, '上年结转资金', N, N, N, DASH, N, DASH],
    [N, N, '其他资金', N, N, N, DASH, N, DASH],
    ['年度总体目标', '预期目标', N, N, N, '实际完成情况'],
    [N, GOAL, N, N, N, GOAL],
    ['绩\n效\n指\n标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    J([N, '产出指标(50分)', '数量指标', '1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装', '≥1290.3平方米',
       '1290.3平方米', 10.3, 10.3], 'ok', 'met'),
    J([N, N, N, '配套烘干杀菌设备及包装设备购置及安装', 550, 20, 9.3, 9.3], 'ok', 'not_met',
      'a bare 550 (the 550万元 of 目标2, no operator, no unit): at most warnings; read as at least 550, the actual 20 falls '
      'far short although the row is scored 9.3 of 9.3 and no reason is given'),
    J([N, N, N, '配套电力设施1250KVA变压器3台', 3, N, 9.3, 9.3], 'ok', 'pending',
      'the stored page shows a single number on this row; it is placed under 年度指标值 (the name says 3台) and the actual '
      'is left empty — pending'),
    J([N, N, '经济效益\n指标', '奖补资金兑付率(%)', '≥100%', '≥100%', 10.8, 10.8], 'ok', 'met',
      'the target is fine; the actual repeats the operator (≥100%), read as 100%: met. The 二级 is the hierarchy error'),
    J([N, N, '时效指标', '任务完成时限(月)', 10, 10, 10.3, 10.3], 'ok', 'met',
      'bare 10, the unit 月 in the name: at most warnings; 10 against 10 is met whichever way a time limit is read'),
    [N, N, '成本指标'],
]

FORM = {
    'id': 'f-02',
    'source': {
        'url': 'https://www.ynnh.gov.cn/info/17693/347777.htm',
        'publisher': '南华县农业农村局 (实施单位 南华县国有资本管理有限公司)',
        'year': 2023,
        'province': '云南',
        'kind': 'self-evaluation',
        'layout': 'self-evaluation',
        'notes': ('项目支出绩效自评表 of 南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目(续建), on the 南华县 (楚雄州, 云南) '
                  'portal. The year is not in the stored text: 2023 is an estimate (the spec needs a year; no check '
                  'uses it and the sheet has no (年度) line). The stored copy is the HTML table row by row, '
                  'starting at 项目名称 — no title and no (年度) line are in it, so none is transcribed (the form starts at '
                  'its 项目名称 label). The page drops empty cells, so the cells of each row are placed by the template '
                  'and the weights (产出指标(50分) = 10.3+9.3+9.3+10.8+10.3); one row is uncertain: 配套电力设施1250KVA'
                  '变压器3台 shows a single number 3, placed under 年度指标值 with the actual empty (it could be the actual '
                  'with the target empty). Kept as published: 经济效益 指标 as a 二级 inside the 产出指标(50分) block '
                  '(probably meant for 质量指标); a bare 550 against an actual of 20 scored in full; an actual written '
                  '≥100%; 任务完成时限(月) 10 / 10; a 成本指标 二级 with nothing under it; then the 绩效指标 column merged '
                  'again over the 效益 block — the stored text ends there ("绩 效 指 标 | 效益"), so that block is not '
                  'transcribed. Funds in 万元: total and executed 11,000,000 元.'),
    },
    'sheets': [{
        'name': '自评表',
        'width': 9,
        'rows': ROWS,
        'merges': ['A1:B1', 'C1:I1', 'A2:B2', 'C2:E2', 'G2:I2', 'A3:B7', 'A8:A9', 'B8:E8', 'F8:I8', 'B9:E9', 'F9:I9',
                   'A10:A16', 'B11:B16', 'C11:C13'],
        'widths': [5, 10, 10, 34, 12, 12, 6, 6, 20],
        'tables': [{'first': 11, 'last': 16,
                    'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': 'E', 'actual': 'F', 'weight': 'G'}}],
        'hierarchyErrors': [[14, '经济效益指标 is a 效益 二级 written inside the 产出指标(50分) block (level2-mismatch)']],
        'forms': [{
            'projectName': '南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目(续建)',
            'totalFunds': 11000000,
            'department': '南华县农业农村局',
            'implementingUnit': '南华县国有资本管理有限公司',
            'projectNameCell': 'C1',
            'totalFundsCell': 'E4',
            'layout': 'self-evaluation',
            'headerRow': 10,
            'executedFunds': 11000000,
        }],
    }],
}
