# 嘉峪关城市博物馆 2023 省级部门预算项目支出绩效目标表 (甘肃): 101-style 成本指标 as a 一级, OCR residue kept.
from b_corpus import J

N = None
ROWS = [
    ['省级部门预算项目支出绩效目标表'],
    ['(2023年度)'],
    ['一*级项目名称', '文化事业发展专项资金', '二级项目名称', '博物馆纪念馆市级免费开放补助资金'],
    ['项目类型', '新增项目', '项目分类', '专项工作经费'],
    ['资金用途', '业务类项目', '主管部门', '嘉峪关市文化和旅游局'],
    ['项目开始日期', '2023-01-01', '项目完成H期', '2023-12-31'],
    ['项目总投资', '20万元', '中央补助安排', 0],
    ['省级财政安排', 0, '其他资金', '20万元'],
    ['预算申报数', '20万元', '资金性质', '一般公共预算'],
    ['基本情况', '保障博物馆正常运转'],
    ['项目立项必要性', '保障各项业务正常运行'],
    ['保证项目实施的制度措施', '博物馆绩效考核'],
    ['项目实施计划'],
    ['组织实施单位', '甘肃省文物局', '监督管理单位', '嘉峪关文旅局'],
    ['项目实施单位', '嘉峪关城市博物馆', '政策依据', '甘财科\n[2022]78号'],
    ['其他依据', N, '需要说明的其他问题'],
    ['年度绩效目标', '进一步提高博物馆纪念馆运行效率和免费开放服务水平'],
    ['一级指标', '二级指标', '三级指标', '指标目标值'],
    J(['产出指标', '数量指标', '免费开放天数', '=300天'], 'ok'),
    J([N, '质量指标', '博物馆绩效考核指标完成率', '=100百分比'], 'ok'),
    J([N, '时效指标', '各项工作完成及时率%', '=99百分比'], 'ok'),
    J(['成本指标', '经济成本指标', '资金使用效率', '二100百分比'], 'error',
      note='"二100百分比": the = sign was scanned as the numeral 二; the value does not parse'),
    J([N, '社会成本指标', '对当地文物保护、文化传承影响', '长远'], 'ok'),
    J([N, '生态环境成本指标', '提升博物馆绿化水平', '提升'], 'ok'),
    J(['效益指标', '经济效益指标', '为当地提供就业LJUI,冈位', '增加岗位'], 'ok'),
    J([N, '社会效益指标', '免费开放接待观众人数', '=30000人次'], 'ok'),
    J([N, '生态效益指标', '历史文化传承环保意识时限', '长远'], 'ok'),
    J(['满意度指标', '服务对象满意度', '服务对象满意度%', '=99百分比'], 'ok'),
]

FORM = {
    'id': 'b-03',
    'source': {
        'url': 'http://bigxun.com/view/1667741699571552258',
        'publisher': '嘉峪关城市博物馆 (主管部门 嘉峪关市文化和旅游局)',
        'year': 2023,
        'province': '甘肃',
        'kind': 'declaration',
        'layout': 'classic',
        'cost-level1': True,
        'notes': ('Gansu 省级部门预算项目支出绩效目标表 from the provincial budget system, stored as the text of a scanned '
                  'PDF. 101-style framework: 成本指标 is a 一级 with 经济/社会/生态环境成本指标. Kept as published, OCR '
                  'residue included: "一*级项目名称", "项目完成H期" (完成日期), "二100百分比" (= read as 二), '
                  '"为当地提供就业LJUI,冈位" (岗位), % at the end of two 三级 names, 百分比 written out as the unit, '
                  'qualitative targets (长远, 提升, 增加岗位). The header is laid out as label | value | label | value '
                  'pairs in the order the text gives them. The page holds a second form (博物馆提升改造项目, 174.78万元) '
                  'that the stored text cuts off inside its header block: not transcribed. Project name: the form has '
                  'no plain 项目名称 label; the project is the 二级项目名称 (the 一级项目名称 is the programme).'),
    },
    'sheets': [{
        'name': '绩效目标表',
        'width': 4,
        'rows': ROWS,
        'merges': ['A1:D1', 'A2:D2', 'B10:D10', 'B11:D11', 'B12:D12', 'B13:D13', 'B17:D17'],
        'mergeDown': {'table': (19, 28), 'cols': ['A']},
        'widths': [14, 20, 30, 24],
        'tables': [{'first': 19, 'last': 28, 'cols': {'l1': 'A', 'l2': 'B', 'l3': 'C', 'target': 'D'}}],
        'forms': [{
            'projectName': '博物馆纪念馆市级免费开放补助资金',
            'totalFunds': 200000,
            'department': '嘉峪关市文化和旅游局',
            'implementingUnit': '嘉峪关城市博物馆',
            'startDate': '2023-01-01',
            'endDate': '2023-12-31',
            'titleCell': 'A1',
            'projectNameCell': 'D3',
            'totalFundsCell': 'B7',
            'layout': 'declaration',
            'headerRow': 18,
        }],
    }],
}
