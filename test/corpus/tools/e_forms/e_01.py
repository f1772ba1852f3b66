# 镇江博物馆 2024 赛珍珠文化公园运转经费 项目绩效公开 (江苏, 镇江): the 江苏 target form with two target columns,
# 半年(程)指标值 and 全年(程)指标值, and the evaluation framework's 一级 决策 / 二级 项目立项, 绩效目标 in the indicator table.
from b_corpus import J

N = None
WHY = ('一级 "决策" (二级 项目立项 / 绩效目标) comes from the evaluation framework (决策/过程/产出/效益), not from '
       '财预〔2015〕88号 or 〔2021〕101号: domain.md §2 treats 决策指标 as unknown, so unknown-level1 on every row under it')
HALF = ('a declaration with two target columns: 全年(程)指标值 (E) is the year\'s target; 半年(程)指标值 (D) is the '
        'mid-year checkpoint, not an actual — qualitative target, fine')

ROWS = [
    ['2024年度镇江博物馆赛珍珠文化公园运转经费项目绩效公开'],
    ['2024年度'],
    ['项目名称', '赛珍珠文化公园运转经费', '实施部门', '镇江市文化广电 和旅游局'],
    ['项目类型', '常年安排项目', '项目级次', '市本级'],
    ['开始时间', '2024年', '完成时间', '2026年'],
    ['预算单位', '镇江博物馆', '项目负责人/ 联系电话'],
    ['项目必要性说明', '赛珍珠文化公园为免费式开放公园,运营服务项目包含了所有设 施设备的维护和维修,绿化修剪,水电费用度的支出以及物业管 理服务。'],
    ['项目可行性说明', '中宣发[2008]2号《关于全国博物馆、纪念馆免费开放的通知》'],
    ['项目概述', '赛珍珠市著名的文学家和社会活动家,赛珍珠文化公园的建成和 投入使用,是城市对外交流的靓丽名片,对纪念赛珍珠、挖掘镇 '
                 '江深厚的历史文化底蕴发挥了重要的推动作用。运营服务采购项 目能保证赛珍珠文化公园日常公共文化服务活动,保证赛珍珠文 '
                 '化公园日常运营以及业务活动的开展。'],
    ['项目资金 (万元)', '收入', N, N, '全年(程) 预算数'],
    [N, N, '资金总额', N, 80],
    [N, N, '财政拨款', '小计', 80],
    [N, N, N, '一般公共预算资金', 80],
    [N, N, N, '政府性基金'],
    [N, N, N, '财政专户管理资金'],
    [N, N, N, '国有资本金'],
    [N, N, N, '社保基金', 0],
    [N, N, '上年结转资金', N, 0],
    [N, N, '其他资金'],
    [N, '支出', N, '半年(程) 计划执行数', '全年(程) 预算数'],
    [N, N, '赛珍珠文化公园运转经费', 0, 80],
    ['中长期目标', '加强对赛珍珠文化公园的管理,加强文化宣传,保证赛珍珠文化 公园免费开放运转。'],
    ['一级指标', '二级指标', '三级指标', '半年(程) 指标值', '全年(程) 指标值'],
    J(['决策', '项目立项', '立项程序规范性', '规范', '规范'], 'ok', None, HALF),
    J([N, N, '立项依据充分性', '充分', '充分'], 'ok'),
    J([N, '绩效目标', '绩效指标明确性', '明确', '明确'], 'ok'),
    J([N, N, '绩效目标合理性', '合理', '合理'], 'ok'),
]

FORM = {
    'id': 'e-01',
    'source': {
        'url': 'https://m.bidcenter.com.cn/newsrili-1-274516967.html',
        'publisher': '镇江博物馆 (实施部门 镇江市文化广电和旅游局; republished by a tender-news site)',
        'year': 2024,
        'province': '江苏',
        'kind': 'declaration',
        'layout': 'half-year',
        'notes': ('2024年度镇江博物馆赛珍珠文化公园运转经费项目绩效公开 (江苏, 镇江), as republished on a tender-news site '
                  '(bidcenter). The 江苏 target form: a header of label/value pairs (项目名称, 实施部门, 项目类型, 项目级次, '
                  '开始时间 2024年 / 完成时间 2026年, 预算单位, an empty 项目负责人/联系电话), three prose rows, a funds block '
                  '(收入 by source under 全年(程)预算数: 资金总额 80, 财政拨款 小计 80, 一般公共预算资金 80, 社保基金 0, 上年结转资金 0; '
                  '支出 with 半年(程)计划执行数 0 and 全年(程)预算数 80), 中长期目标, then the indicator table with two target '
                  'columns, 半年(程)指标值 and 全年(程)指标值. The 一级/二级 are the evaluation framework\'s (决策 → 项目立项, '
                  '绩效目标). The stored text is a PDF extraction: the spaces inside 镇江市文化广电 和旅游局, 项目负责人/ 联系电话, '
                  '全年(程) 预算数 and inside the prose (设 施设备, 物业管 理) are its line wraps, kept as stored; the exact cell '
                  'geometry of the header and funds block (which label cells are merged) is not in the text and is laid out '
                  'the usual way. The stored page ends inside the fifth indicator row (资金投入 / 预算编制科学…): only the four '
                  'complete 决策 rows are transcribed; the 过程/产出/效益 rows, if any, are not in the stored copy. Total funds: '
                  '资金总额 80 under 项目资金 (万元) = 800,000 元.'),
    },
    'sheets': [{
        'name': '项目绩效公开',
        'width': 5,
        'rows': ROWS,
        'merges': ['A1:E1', 'A2:E2', 'D3:E3', 'D4:E4', 'D5:E5', 'D6:E6', 'B7:E7', 'B8:E8', 'B9:E9',
                   'A10:A21', 'B10:B19', 'C10:D10', 'C11:D11', 'C12:C17', 'C18:D18', 'C19:D19', 'B20:B21',
                   'B22:E22', 'A24:A27', 'B24:B25', 'B26:B27'],
        'widths': [14, 14, 22, 16, 16],
        'tables': [{'first': 24, 'last': 27, 'cols': {'l1': 'A', 'l2': 'B', 'l3': 'C', 'target': 'E'}}],
        'forms': [{
            'projectName': '赛珍珠文化公园运转经费',
            'totalFunds': 800000,
            'titleCell': 'A1',
            'projectNameCell': 'B3',
            'totalFundsCell': 'E11',
            'layout': 'declaration',
            'headerRow': 23,
        }],
        'hierarchyErrors': [[r, WHY] for r in range(24, 28)],
    }],
}
