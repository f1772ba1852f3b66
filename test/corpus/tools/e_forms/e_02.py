# 荣昌区林业局 2022 项目绩效目标表 (重庆): a split table whose columns run 三级指标 | 计量单位 | 指标性质 | 指标值 (the unit
# before the operator and the value), the project under 项目(专项)名称, and a blank template row left in the table.
from b_corpus import J

N = None

ROWS = [
    ['附件2-1'],
    ['项目绩效目标表'],
    ['(2022年度)'],
    ['申报单位', '区林业局', N, '项目(专项)名称', N, '古昌镇大青冈村乡村振兴绿化美化项目'],
    ['具体实施单位', '区林业局', N, '项目属性', N, '延续'],
    ['项目负责人', '胡正君', N, '联系电话', N, '19922989736'],
    ['资金情况(万元)', '年度资金总额:', N, 153.5184],
    [N, '其中:1.中央资金'],
    [N, '2.市级资金', N, 153.5184],
    [N, '3.区级资金'],
    [N, '4.其他资金'],
    ['项目概况及立项依据', '在古昌镇大青杠村事实乡村公路绿化;对周边沿线村民发放李子苗'],
    ['项目总体目标', '对古昌镇大青杠村约3500米公路沿线进行绿化美化。'],
    ['项目年度目标', '在古昌镇大青杠村约3500米公路沿线,通过地面清表,苗木采购和栽植,区域造景、管护等措施,进行绿化和美化,'
                     '同时向周边沿线村民发放李子苗。'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '计量单位', '指标性质', '指标值'],
    J([N, '产出指标', '数量指标', '绿化美化公路', '米', '=', 3500], 'ok', None,
      'split layout with 计量单位 before 指标性质: = 3500 米, a length — fine'),
    J([N, N, N, '购买发放李子苗', '株', '=', 15000], 'ok'),
    J([N, N, '质量指标', '树木成活率', '%', '≥', 85], 'ok'),
    [N, N, N, N, N, N, N],
]

FORM = {
    'id': 'e-02',
    'source': {
        'url': 'http://www.rongchang.gov.cn/bm/qlyj/zwgk_70831/fdzdgknr_70834/ysjs/ysgk/202209/t20220907_11085882.html',
        'publisher': '重庆市荣昌区林业局',
        'year': 2022,
        'province': '重庆',
        'kind': 'declaration',
        'layout': 'split',
        'notes': ('荣昌区林业局 2022 project disclosure (重庆): a list of projects with amounts, then 附件2-1, the 项目绩效目标表 '
                  '(2022年度) of 古昌镇大青冈村乡村振兴绿化美化项目. Only that form is transcribed (the list before it is left out; it '
                  'gives the project 100万元 where the form\'s 年度资金总额 reads 153.5184 — kept as the form has it). Kept as '
                  'published: 申报单位 and 具体实施单位 (both 区林业局) as the header labels, the project under 项目(专项)名称, '
                  'funds by source (1.中央资金 blank, 2.市级资金 153.5184, 3.区级资金, 4.其他资金 blank), 大青杠 in the goals beside '
                  '大青冈 in the name, 事实 for 实施, the split indicator columns in the order 计量单位 | 指标性质 | 指标值, and an '
                  'empty template row under 质量指标. The stored page ends in the next row (时效指标 with its cells empty, then '
                  'nothing): the three complete indicator rows and the blank row are transcribed, 时效指标 onwards is not. '
                  'Total funds: 年度资金总额 153.5184万元 = 1,535,184 元.'),
    },
    'sheets': [{
        'name': '项目绩效目标表',
        'width': 7,
        'rows': ROWS,
        'merges': ['A2:G2', 'A3:G3', 'B4:C4', 'D4:E4', 'F4:G4', 'B5:C5', 'D5:E5', 'F5:G5', 'B6:C6', 'D6:E6', 'F6:G6',
                   'A7:A11', 'B7:C7', 'D7:G7', 'B8:C8', 'D8:G8', 'B9:C9', 'D9:G9', 'B10:C10', 'D10:G10', 'B11:C11',
                   'D11:G11', 'B12:G12', 'B13:G13', 'B14:G14', 'A15:A19', 'B16:B19', 'C16:C17', 'C18:C19'],
        'widths': [10, 10, 10, 20, 8, 8, 10],
        'tables': [{'first': 16, 'last': 19,
                    'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': 'G'}}],
        'forms': [{
            'projectName': '古昌镇大青冈村乡村振兴绿化美化项目',
            'totalFunds': 1535184,
            'titleCell': 'A2',
            'projectNameCell': 'F4',
            'totalFundsCell': 'D7',
            'layout': 'declaration-split',
            'headerRow': 15,
        }],
    }],
}
