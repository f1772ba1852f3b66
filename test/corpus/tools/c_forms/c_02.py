# 中共黄石市委党校 2022 项目支出绩效目标批复表 (湖北): a 批复表 with a two-row header (指标值 over 2021年实际实现值 |
# 预期2022年实现值), 产出指标 written on the fifth row of its block (the rows above have no 一级), no 效益指标 at all,
# the finance offices' (盖章) line after the table.
from b_corpus import J

N = None
ROWS = [
    ['项目支出绩效目标批复表'],
    ['(2022年度)'],
    ['项目名称', '主体班', N, '项目负责人'],
    ['项目金额', '164万元', N, '其中:当年市级财政资金', '132万元'],
    ['项目主管部门', N, N, '实施单位', '中共黄石市委党校'],
    ['项目属性', '持续性项目■ 新增性项目口', N, '项目期', '2022年'],
    ['年度绩效目标(文字)', '主体班培训280人次;邀请校外名师、领导授课25人次;情景教学或外训批次6批次;开设课程数量220门;高质量完成干部教育培训工作。'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', N, '指标标准或依据'],
    [N, N, N, N, '2021年实际实现值', '预期2022年实现值'],
    J([N, N, '数量指标', '主体班培训人次', N, '280人次'], 'ok', note='no 一级 on this row: 产出指标 is written four rows below'),
    J([N, N, N, '邀请校外名师、领导授课人次', N, '25人次'], 'ok', note='no 一级 on this row'),
    J([N, N, N, '情景教学或外训批次', N, '6次'], 'ok', note='no 一级 on this row'),
    J([N, N, N, '理论教育和党性教育课时比例', N, '70%'], 'ok', note='no 一级 on this row; a ratio without operator'),
    J([N, '产出指标', N, '开设课程数量', N, '220'], 'ok', note='bare number without unit (the goal text says 220门)'),
    J([N, N, '质量指标', '培训完成率', N, '100%'], 'ok'),
    J([N, N, N, '邀请校外名师、领导授课完成率', N, '100%'], 'ok'),
    J([N, N, N, '情景教学或外训完成率', N, '100%'], 'ok'),
    J([N, N, N, '理论教育和党性教育课时比例完成率', N, '100%'], 'ok'),
    J([N, N, N, '课程数量达标率', N, '100%'], 'ok'),
    J([N, N, '时效指标', '及时完成率', N, '100%'], 'ok'),
    J([N, N, '成本指标', '成本控制率', N, '100%'], 'ok'),
    J([N, '满意度指标', '服务对象满意度指标', '培训学员对培训效果满意度', N, '≥95%'], 'ok'),
    ['财政资金管理科室(盖章) 年 月 日', N, N, '财政绩效管理科室(盖章) 年 月 日'],
]

FORM = {
    'id': 'c-02',
    'source': {
        'url': 'http://czj.huangshi.gov.cn/2020xxgkzn/2020gknr/2020czzj/2020zxzj/202201/t20220125_875008.html',
        'publisher': '黄石市财政局 (项目: 中共黄石市委党校 主体班)',
        'year': 2022,
        'province': '湖北',
        'kind': 'approval',
        'layout': 'classic',
        'notes': ('项目支出绩效目标批复表 (2022年度) published by the 黄石市财政局 for the 市委党校 主体班 (training classes). '
                  'Kept as published: 项目金额 164万元 with 其中:当年市级财政资金 132万元 (units in the cells); the empty '
                  '项目主管部门 and 项目负责人; the ■/口 check boxes; the two-row header (指标值 over 2021年实际实现值 | '
                  '预期2022年实现值); 产出指标 written on the row of 开设课程数量 — the stored text gives it there, not on the '
                  'first row of the block, so the four rows above have no 一级 (the 数量指标 cell spans all five rows); no '
                  '效益指标 at all; 220 without unit; the (盖章) line of the two finance offices after the table. The stored '
                  'HTML keeps no positions for empty cells: each value is placed in the 预期2022年实现值 column (a 2022 '
                  '批复 sets the 2022 values; the 2021 column is read as left empty).'),
    },
    'sheets': [{
        'name': '批复表',
        'width': 7,
        'rows': ROWS,
        'merges': ['A1:G1', 'A2:G2', 'B3:C3', 'E3:G3', 'B4:C4', 'E4:G4', 'B5:C5', 'E5:G5', 'B6:C6', 'E6:G6', 'B7:G7',
                   'A8:A22', 'B8:B9', 'C8:C9', 'D8:D9', 'E8:F8', 'G8:G9', 'C10:C14', 'C15:C19', 'A23:C23', 'D23:G23'],
        'widths': [8, 10, 14, 30, 12, 14, 14],
        'tables': [{'first': 10, 'last': 22, 'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': 'F'}}],
        'hierarchyErrors': [(r, 'no 一级 applies: blank at the top of the table (产出指标 is written only from row 14); '
                                '数量指标 implies 产出指标') for r in (10, 11, 12, 13)],
        'forms': [{
            'projectName': '主体班',
            'totalFunds': 1640000,
            'implementingUnit': '中共黄石市委党校',
            'titleCell': 'A1',
            'projectNameCell': 'B3',
            'totalFundsCell': 'B4',
            'layout': 'declaration',
            'headerRow': 8,
        }],
    }],
}
