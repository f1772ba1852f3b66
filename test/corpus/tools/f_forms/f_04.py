# 岳阳楼区价格认证鉴定中心 2023年度整体绩效目标表 (湖南, 岳阳): a department-wide (整体) target table with a 指标值类型
# column (定量 / 定性) instead of an operator column, required-field asterisks in the header (*指标值, *指标解释,
# *评(扣)分标准), 28.8万元 with the unit % beside it, 定量 over the text 按月安排, 定性 应保尽保 with %, 社会成本指标
# written as a 三级 under 成本指标, and a 经济效益指标 二级 left empty.
from b_corpus import J

N = None
SCORE = '未达指标值酌情扣分'
ROWS = [
    ['岳阳楼区价格认证鉴定中心2023年度整体绩效目标表'],
    ['部门(单位)名称', '岳阳楼区价格认证鉴定中心'],
    ['*部门(单位)职责', '负责价格认定工作'],
    ['*年度总体绩效目标', '做好涉案、价格认定工作。'],
    ['绩效指标'],
    ['一级指标', '二级指标', '三级指标', '指标值类型', '*指标值', '计量单位', '*指标解释', '*评(扣)分标准', '备注'],
    J(['产出指标', '数量指标', '业务工作支出安排金额', '定量', '28.8万元', '%', '该指标主要考察业务工作支出安排情况', SCORE],
      'either', None,
      'the value carries 万元 while 计量单位 says %: a contradiction a reviewer would point out, though the spec has no '
      'rule for it; no operator (bare-number warning)'),
    J([N, '质量指标', '业务工作支出到位率', '定量', 100, '%', '该指标主要考察业务工作支出安排到位情况', SCORE], 'ok', None,
      '100 with the unit % on a 率: read as 100% (no operator: a warning at most)'),
    J([N, '时效指标', '工作安排时间', '定量', '按月安排', N, '该指标主要考察业务工作支出安排时间', SCORE], 'either', None,
      '按月安排 is an acceptable timeliness wording, but the row is typed 定量 with no number: a reviewer may or may '
      'not flag the mismatch'),
    J([N, '成本指标', '社会成本指标', '定量', 100, '%', '该指标主要考察总成本控制情况', SCORE], 'ok', None,
      'a 101-style 二级 name used as the 三级 under the 88号 成本指标 二级 (the hierarchy itself is valid); 100% of the '
      'cost controlled, no operator: warnings at most'),
    ['效益指标', '经济效益指标', N, N, N, N, N, SCORE],
    J([N, '社会效益指标', '保证单位正常运转', '定性', '应保尽保', '%', '该指标主要考察单位运转需要保障范围应保尽保', SCORE],
      'either', None,
      '应保尽保 is a fine 定性 target; the % in 计量单位 is a stray unit a reviewer may or may not flag'),
]

FORM = {
    'id': 'f-04',
    'source': {
        'url': 'http://monopolymediamarketing.com/21487/21535/21748/21750/21907/content_2062100.html',
        'publisher': '岳阳楼区价格认证鉴定中心 (来源 岳阳楼区发改局; republished by a non-government mirror)',
        'year': 2023,
        'province': '湖南',
        'kind': 'declaration',
        'layout': 'split',
        'notes': ('岳阳楼区价格认证鉴定中心2023年度整体绩效目标表 (岳阳, 湖南), 来源 区发改局, 发布时间 2023-04-26, as stored from a '
                  'mirror of the district portal that renders every page in traditional characters; the table is '
                  'transcribed in the simplified characters of the original (the conversion is the mirror\'s, nothing '
                  'else is changed). A department-wide (整体) table: 部门(单位)名称, *部门(单位)职责, *年度总体绩效目标, a '
                  '绩效指标 line, then 一级 | 二级 | 三级 | 指标值类型 | *指标值 | 计量单位 | *指标解释 | *评(扣)分标准 | '
                  '备注. The page drops empty cells; each row\'s cells are placed by their content (types 定量/定性, units, '
                  'the explanation and 未达指标值酌情扣分 are unmistakable). Kept as published: the asterisks of required '
                  'columns; 28.8万元 with 计量单位 %; 100 with %; 定量 over 按月安排 with no unit; 社会成本指标 as the 三级 '
                  'under 成本指标 (a 二级 of 产出指标); a 经济效益指标 二级 with only the scoring rule filled; 定性 应保尽保 '
                  'with %. The stored text ends at the next 二级 "生态" (cut): the rows before it are transcribed. No '
                  'project name and no funds are on the table: expected as one form with neither.'),
    },
    'sheets': [{
        'name': '整体绩效目标表',
        'width': 9,
        'rows': ROWS,
        'merges': ['A1:I1', 'B2:I2', 'B3:I3', 'B4:I4', 'A5:I5', 'A7:A10', 'A11:A12'],
        'widths': [10, 12, 20, 8, 10, 8, 30, 16, 6],
        'tables': [{'first': 7, 'last': 12, 'cols': {'l1': 'A', 'l2': 'B', 'l3': 'C', 'target': 'E'}}],
        'forms': [{
            'projectName': None,
            'totalFunds': None,
            'department': '岳阳楼区价格认证鉴定中心',
            'titleCell': 'A1',
            'layout': 'declaration-split',
            'headerRow': 6,
        }],
    }],
}
