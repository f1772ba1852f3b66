# 清涧县 2021 绩效目标申报表 (陕西), attached to the 财政局's 下达 notice: funds without a unit label (500, meaning 万元),
# "2km" without operator, vertical labels cut to their first character (总, 绩).
from b_corpus import J

N = None
ROWS = [
    ['附表1'],
    ['绩效目标申报表'],
    ['(2021年度)'],
    ['项目名称', '2021年交通局寨山石坪、鲍家沟果园路', N, '项目负责人及联系电话', '刘志龙09125222043'],
    ['主管部门', '清涧县交通运输局', N, '实施单位', '清涧县交通运输局'],
    ['资金情况', '年度资金总额:', N, 500],
    [N, '其中:财政拨款', N, 500],
    [N, '其他资金'],
    ['总', '年度目标'],
    [N, '1、改善基础实施建设,呼家河至鲍家沟果园路建设2公里、寨山石坪果园路2公里 2、水泥路硬化路面、边沟及交安实施的建设,'
        '解决了生产道路硬化问题及生命防护问题 3、极大的改善了老百姓的生产生活问题'],
    ['绩', '一级指标', '二级指标', '三级指标', '指标值'],
    J([N, '产出指标', '数量指标', '寨山石坪村新建水泥路1条', '2km'], 'ok', note='no operator'),
    J([N, N, N, '呼家河至鲍家沟新建水泥路1条', '2km'], 'ok', note='no operator'),
    J([N, N, '质量指标', '项目(工程)验收合格率', '100%'], 'ok'),
    J([N, N, '时效指标', '项目(工程)完成及时率', '100%'], 'ok'),
    J([N, N, '成本指标', '硬化水泥砼公路补助标准', '≤120万元'], 'ok',
      note='within the 500万元 of funds (a reviewer reads the unlabelled 500 as 万元)'),
    [N, '效益指标', '经济效益'],
]

FORM = {
    'id': 'c-04',
    'source': {
        'url': 'http://qjzhf.gov.cn/Government/PublicInfoShow.aspx?ID=15161',
        'publisher': '清涧县财政局 (清财农发[2020]104号; 项目: 清涧县交通运输局)',
        'year': 2021,
        'province': '陕西',
        'kind': 'declaration',
        'layout': 'classic',
        'notes': ('附表1 绩效目标申报表 (2021年度) attached to 清涧县财政局关于提前下达2021年中央财政专项扶贫资金(发展资金)的通知 '
                  '(清财农发[2020]104号, 榆林, 陕西). Kept as published: the 资金情况 label carries no unit and the amounts are '
                  'bare 500 (the notice says 500万元); the vertical labels 总体目标 and 绩效指标 appear in the stored copy '
                  'only as their first character (总, 绩); "2km" with no operator; the 三级 names carry the quantity '
                  '(新建水泥路1条). The stored page ends at 效益指标 | 经济效益: the rest of the table is not transcribed '
                  '(the last row, with no 三级 and no value, is kept as cut). Judged against the spec on the funds: the '
                  'spec would assume 元 when no unit label is present; a reviewer reads 500 as 500万元 (5,000,000 元) — '
                  'the notice and the scale of the work say so.'),
    },
    'sheets': [{
        'name': '附表1',
        'width': 5,
        'rows': ROWS,
        'merges': ['A1:E1', 'A2:E2', 'A3:E3', 'B4:C4', 'B5:C5', 'A6:A8', 'B6:C6', 'D6:E6', 'B7:C7', 'D7:E7', 'B8:C8',
                   'D8:E8', 'A9:A10', 'B9:E9', 'B10:E10', 'A11:A17', 'B12:B16', 'C12:C13'],
        'widths': [6, 14, 12, 32, 16],
        'tables': [{'first': 12, 'last': 17, 'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': 'E'}}],
        'forms': [{
            'projectName': '2021年交通局寨山石坪、鲍家沟果园路',
            'totalFunds': 5000000,
            'department': '清涧县交通运输局',
            'implementingUnit': '清涧县交通运输局',
            'titleCell': 'A2',
            'projectNameCell': 'B4',
            'totalFundsCell': 'D6',
            'layout': 'declaration',
            'headerRow': 11,
        }],
    }],
}
