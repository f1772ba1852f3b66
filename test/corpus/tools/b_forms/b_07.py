# 新疆生产建设兵团第一师阿拉尔市六团 2021 兵团本级财政衔接推进乡村振兴补助资金绩效目标申报表 (新疆).
from b_corpus import J

N = None
ROWS = [
    ['附件:'],
    ['兵团本级财政衔接推进乡村振兴补助资金绩效目标申报表'],
    ['项目名称', '第一师六团巩固脱贫攻坚与乡村振兴有效衔接特色产业基地气调保鲜库建设项目'],
    ['主管部门', '农业农村局', '实施单位', '新疆生产建设兵团第一师阿拉尔市六团农业发展服务中心'],
    ['项目属性', '兵团推进乡村振兴补助资金', '项目期', '1年'],
    ['资金情况 (万元)', '项目资金总额:', 1500, '年度资金申请总额', 1500],
    [N, '其中:财政资金', 1500, '其中:当年财政拨款', 1500],
    [N, N, N, '上年结转资金'],
    [N, '其他资金', N, '其他资金'],
    ['项目绩效目标', '项目总目标', N, '年度总体目标'],
    [N, '建设完成保鲜库1座,3550平方米;建设完成消防水池1座,419平方米。', N, '2021年完成保鲜库钢构主体安装、封顶;完成消防水池土建工程。'],
    ['绩 效 指 标', '一级 指标', '二级指标', '三级指标', '年度指标值'],
    J([N, '产 出 指 标', '数量指标', '指标1:新建保鲜库数量', '1座'], 'either', note='quantity with no operator'),
    J([N, N, N, '指标2:新建保鲜库面积', '3550平方米'], 'either', note='quantity with no operator'),
    J([N, N, N, '指标3:新建消防水池数量', '1座'], 'either', note='quantity with no operator'),
]

FORM = {
    'id': 'b-07',
    'source': {
        'url': 'http://www.nys.gov.cn/xwzx/tzgg/content_88212',
        'publisher': '第一师阿拉尔市财政局 (项目: 六团农业发展服务中心)',
        'year': 2021,
        'province': '新疆',
        'kind': 'declaration',
        'layout': 'classic',
        'notes': ('绩效目标申报表 attached to the 2021-05-17 notice that 下达 1500万元 to 六团. Header block in the central '
                  '申报表 shape: 项目名称, 主管部门/实施单位, 项目属性/项目期, 资金情况 (万元) with 项目资金总额 and '
                  '年度资金申请总额 side by side and their 其中 lines, 项目总目标/年度总体目标. Kept as published: no title '
                  'year line; 项目属性 holds the fund name, not 新增/延续; the vertical labels keep their spaces '
                  '(绩 效 指 标, 产 出 指 标, 一级 指标); 三级 names carry 指标1:/指标2:/指标3:; targets have no '
                  'operator. The stored text ends after the third 数量指标 row: the rest of the table is not '
                  'transcribed.'),
    },
    'sheets': [{
        'name': '绩效目标申报表',
        'width': 5,
        'rows': ROWS,
        'merges': ['A2:E2', 'B3:E3', 'D4:E4', 'D5:E5', 'A6:A9', 'A10:A11', 'B10:C10', 'D10:E10', 'B11:C11', 'D11:E11', 'A12:A15'],
        'mergeDown': {'table': (13, 15), 'cols': ['B', 'C']},
        'widths': [10, 22, 12, 30, 18],
        'tables': [{'first': 13, 'last': 15, 'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': 'E'}}],
        'forms': [{
            'projectName': '第一师六团巩固脱贫攻坚与乡村振兴有效衔接特色产业基地气调保鲜库建设项目',
            'totalFunds': 15000000,
            'department': '农业农村局',
            'implementingUnit': '新疆生产建设兵团第一师阿拉尔市六团农业发展服务中心',
            'titleCell': 'A2',
            'projectNameCell': 'B3',
            'totalFundsCell': 'C6',
            'layout': 'declaration',
            'headerRow': 12,
        }],
    }],
}
