# 井研县马踏镇 2023 部门预算项目绩效目标申报表 (四川): one list of several projects, split columns
# (指标性质 | 指标值 | 度量单位 | 权重 | 指标方向性), 一级/二级 repeated on every row in no particular order.
from b_corpus import J

N = None
Y = lambda v: {'v': v, 'fmt': '#,##0.00'}
ROWS = [
    ['部门预算项目绩效目标申报表(2023年度)'],
    ['金额单位:元'],
    ['单位名称', '项目名称', '预算数', '年度目标', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重', '指标方向性'],
    ['820-马踏镇部门', N, Y(8827620.53)],
    J(['820001-井研县马踏镇人民政府', '村组干部报酬', Y(3309840), '按时发放村组干部报酬', '效益指标', '社会效益指标', '维护社会稳定', '≥', 95, '%', 10, '正向指标'], 'ok'),
    J([N, N, N, N, '产出指标', '时效指标', '维持时效', '≥', 1, '年', 20, '正向指标'], 'ok'),
    J([N, N, N, N, '产出指标', '质量指标', '按时发放', '≥', 1, '人/年', 10, '正向指标'], 'ok'),
    J([N, N, N, N, '效益指标', '经济效益指标', '促进村集体经济发展', '≥', 95, '%', 10, '正向指标'], 'ok'),
    J([N, N, N, N, '产出指标', '数量指标', '村组干部230人', '≥', 230, '个', 10, '正向指标'], 'ok'),
    J([N, N, N, N, '效益指标', '生态效益指标', '保护生态环境卫生', '≥', 95, '%', 10, '正向指标'], 'ok'),
    J([N, N, N, N, '效益指标', '可持续影响指标', '项目维持时效', '≥', 95, '%', 10, '正向指标'], 'ok'),
    J([N, N, N, N, '满意度指标', '服务对象满意度指标', '人民群众满意度', '≥', 95, '%', 10, '正向指标'], 'ok'),
    J([N, '基层组织活动经费', Y(660000), '包括必要的办公用品费、水电费、报刊费等村社区办公经费,基层党组织开展组织活动、党员干部教育培训,群团活动开展,组织活动场所维护等。',
       '满意度指标', '服务对象满意度指标', '辖区内群众满意度', '≥', 95, '%', 10, '正向指标'], 'ok'),
    J([N, N, N, N, '效益指标', '经济效益指标', '促进农村集体经济发展', '≥', 95, '%', 10, '正向指标'], 'ok'),
    J([N, N, N, N, '效益指标', '可持续影响指标', '经济、环境等方面可持续发展', '≥', 95, '%', 10, '正向指标'], 'ok'),
    J([N, N, N, N, '产出指标', '质量指标', '保障村社区正常运转', '≥', 95, '%', 20, '正向指标'], 'ok'),
    J([N, N, N, N, '产出指标', '数量指标', '行政村数量', '=', 11, '个', 10], 'ok'),
]
COLS = {'l1': 'E', 'l2': 'F', 'l3': 'G', 'target': 'I', 'weight': 'K'}

FORM = {
    'id': 'b-08',
    'source': {
        'url': 'https://m.qbidia.com/jyx/zjgk/202412/baa621fd1ec74c86bf45aa16dfd0603d.shtml',
        'publisher': '井研县马踏镇人民政府',
        'year': 2023,
        'province': '四川',
        'kind': 'list',
        'layout': 'list-split',
        'notes': ('部门预算项目绩效目标申报表(2023年度), 金额单位:元: one table listing every project of the 马踏镇 '
                  'department, each project\'s indicators in the split columns 指标性质 | 指标值 | 度量单位 | 权重 | '
                  '指标方向性 (正向指标). Kept as published: the department total row (820-马踏镇部门, 8,827,620.53) sits '
                  'above the projects; 一级/二级 are written on every row and the rows come in no order (效益 before '
                  '产出); 按时发放 is "≥ 1 人/年", 村组干部230人 has unit 个; amounts are numbers shown #,##0.00. The '
                  'unit, project name, amount and goal cells are merged down over each project\'s rows (the HTML '
                  'rowspans). The stored page ends inside the second project (its 行政村数量 row loses the 指标方向性 '
                  'cell): only the first two projects are transcribed, the second one partly. Judged as two forms, one '
                  'per project (the list holds several projects; each has its own name, amount and indicators). '
                  'Province is 四川 (corpus A\'s list): taken because list-style forms were scarce in the stored pages.'),
    },
    'sheets': [{
        'name': '项目绩效目标',
        'width': 12,
        'rows': ROWS,
        'merges': ['A1:L1', 'A2:L2', 'A5:A17', 'B5:B12', 'C5:C12', 'D5:D12', 'B13:B17', 'C13:C17', 'D13:D17'],
        'widths': [22, 16, 14, 30, 10, 16, 24, 8, 8, 8, 6, 10],
        'tables': [
            {'first': 5, 'last': 12, 'cols': COLS, 'form': 0},
            {'first': 13, 'last': 17, 'cols': COLS, 'form': 1},
        ],
        'forms': [
            {'projectName': '村组干部报酬', 'totalFunds': 3309840, 'department': '820-马踏镇部门',
             'implementingUnit': '820001-井研县马踏镇人民政府', 'titleCell': 'A1', 'projectNameCell': 'B5',
             'totalFundsCell': 'C5', 'layout': 'declaration-split', 'headerRow': 3},
            {'projectName': '基层组织活动经费', 'totalFunds': 660000, 'department': '820-马踏镇部门',
             'implementingUnit': '820001-井研县马踏镇人民政府', 'titleCell': 'A1', 'projectNameCell': 'B13',
             'totalFundsCell': 'C13', 'layout': 'declaration-split', 'headerRow': 3},
        ],
    }],
}
