# 天津市宝坻区 2022 中央预算内投资计划绩效目标表 (天津), attached to the finance bureau's 下达 notice
# 津财基指〔2022〕23号: the NDRC investment template, 一级 = 实施效果指标 with 产出指标/效益指标 as 二级.
from b_corpus import J

N = None
ROWS = [
    ['附件'],
    ['天津市农业绿色发展专项(畜禽粪污\n资源化利用整县推进项目)2022年\n中央预算内投资计划绩效目标表'],
    ['(天津市宝坻区畜禽粪污资源化利用整区推进项目)'],
    ['专项名称', '农业绿色发展专项 (畜禽粪污资源化利用整县推进项目)'],
    ['下达地方或单位', '宝坻区人民政府'],
    ['下达中央预算内投资(万元)', 2350],
    ['总 体 目 标', '提高畜禽粪污综合利用率和规模养殖场设施装备配套率。'],
    ['绩 效 指 标', '一级指标', '二级指标', '三级指标', '指标值'],
    J([N, '实施效果指标', '产出指标', '建设项目个数(含续建)', 1], 'either',
      note='bare 1 with no operator; no counting unit (the bracket is (含续建), not a unit)'),
    J([N, N, N, '竣工验收合格率', '100%'], 'either', note='100% with no operator'),
    J([N, N, N, '按进度计划实施情况', '按计划实施'], 'ok'),
    J([N, N, '效益指标', '完工项目县畜禽粪污综合利用率', '≥90%'], 'ok'),
]

WHY = ('一级 实施效果指标 is not a 一级 of the 88号/101号 frameworks (NDRC investment template); '
       'its 二级 产出指标/效益指标 are 一级 names')
FORM = {
    'id': 'b-05',
    'source': {
        'url': 'http://www.tyc-yl.com/zwgk_53713/ysgk_59783/czjzxzj/202207/t20220710_5930157.html',
        'publisher': '天津市宝坻区财政局 (津财基指〔2022〕23号, 下达 宝坻区人民政府)',
        'year': 2022,
        'province': '天津',
        'kind': 'approval',
        'layout': 'classic',
        'notes': ('The 绩效目标表 attached to a 下达 (approval) notice for central budget investment, in the NDRC '
                  'template: 一级指标 = 实施效果指标, 二级指标 = 产出指标 / 效益指标, so every row breaks the 财政 '
                  'framework. Header labels are 专项名称, 下达地方或单位, 下达中央预算内投资(万元) (none of the usual '
                  '项目名称/主管部门/资金总额 labels); the title spans three lines and a bracketed subtitle names the '
                  'district project. The site is a mirror of the 宝坻区 government page (the host name is not the '
                  'government\'s; the text and 文号 are). The stored text cuts off inside the 5th indicator '
                  '(完工项目县规模养殖场畜禽粪污处理…): the four full indicator rows are transcribed, the rest is not. '
                  'Project name judged as the 专项名称 value; funds 2350万元.'),
    },
    'sheets': [{
        'name': '绩效目标表',
        'width': 5,
        'rows': ROWS,
        'merges': ['A2:E2', 'A3:E3', 'B4:E4', 'B5:E5', 'B6:E6', 'B7:E7', 'A8:A12'],
        'mergeDown': {'table': (9, 12), 'cols': ['B', 'C']},
        'widths': [12, 14, 12, 30, 14],
        'tables': [{'first': 9, 'last': 12, 'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': 'E'}}],
        'hierarchyErrors': [(r, WHY) for r in range(9, 13)],
        'forms': [{
            'projectName': '农业绿色发展专项 (畜禽粪污资源化利用整县推进项目)',
            'totalFunds': 23500000,
            'titleCell': 'A2',
            'projectNameCell': 'B4',
            'totalFundsCell': 'B6',
            'layout': 'declaration',
            'headerRow': 8,
        }],
    }],
}
