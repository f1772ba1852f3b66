# 衡山县商务和粮食局 2020年度县级专项资金绩效目标自评表 (湖南): 290% for a ≥90% satisfaction target (scanned ≥),
# 无 as an actual, 高/高, 0起, a page break that repeats the 绩效指标 label and 效益指标, 说明 and 注 rows after the table.
from b_corpus import J

N = None
ROWS = [
    ['2020年度县级专项资金绩效目标自评表'],
    ['专项资金名称', '县级储备粮', N, '负责人及电话', '旷建成、向建军'],
    ['县级主管部门', '衡山县商务和粮食局', N, '实施单位', '粮食调控储备与产业发展股'],
    ['项目资金(万元)', N, N, '全年预算数(A)', '全年执行数(B)', '执行率(B/A)'],
    [N, '年度资金总额', N, 194.9, 194.9, '100%'],
    [N, '其中:中央、省、市补助县级资金', N, 194.9, 194.9, '100%'],
    [N, '其他资金'],
    ['年度\n总体\n目标', '年初设定目标', N, N, '全年实际完成情况'],
    [N, '保持和稳定地方粮食储备机制', N, N, '地方储备粮食规模达标'],
    ['绩\n效\n指\n标', '一级\n指标', '二级\n指标', '三级指标', '年度指标\n值', '全年\n完成值', '未完成原因和\n改进措施'],
    J([N, '产\n出\n指\n标', '数量\n指标', '5000吨稻谷、500吨成\n品粮储备到位率', '100%', '100%'], 'either', 'met', '100% with no operator'),
    J([N, N, N, '库存数量真实率', '100%', '100%'], 'either', 'met', '100% with no operator'),
    J([N, N, '质量\n指标', '县级储备粮管理制\n度严格执行率', '100%', '100%'], 'either', 'met', '100% with no operator'),
    J([N, N, N, '储备粮管理专户管\n理率', '100%', '100%'], 'either', 'met', '100% with no operator'),
    J([N, N, N, '县级储备粮库存粮\n食明显变质比例', 0, 0], 'either', 'met', 'a ratio written as a bare 0: no operator, no %'),
    J([N, N, '时效\n指标', '县级储备粮贷款付\n息及时率', '100%', '100%'], 'either', 'met', '100% with no operator'),
    J([N, N, N, '县级储备粮应急保\n障率', '100%', '100%'], 'either', 'met', '100% with no operator'),
    J([N, N, '成本\n指标', '国家政策性粮收购\n价格执行率', '100%', '100%'], 'either', 'met', '100% with no operator (a bare 成本 value reads as <=)'),
    J([N, N, N, '县级储备粮库存成\n本核算率', '100%', '100%'], 'either', 'met', '100% with no operator (a bare 成本 value reads as <=)'),
    J([N, '效益\n指标', '经济\n效益\n指标', '利息费用保障率', '100%', '100%'], 'either', 'met', '100% with no operator'),
    J([N, N, N, '政策性挂账利息补\n贴保障率', '100%', '无', '没有轮换、动用库存'], 'either', 'invalid',
      '100% with no operator; the actual 无 (nothing happened: no rotation) is not a value that can be compared'),
    ['绩效\n指标', '效\n益\n指\n标', '生态\n效益\n指标', '低温、低氧、低剂量\n科学保粮率', '100%', '100%'],
    J([N, N, N, '食品安全指标达标\n率', '100%', '100%'], 'either', 'met', '100% with no operator'),
    J([N, N, '可持\n续影\n响指标', '粮食储备设备维\n护及安全性', '高', '高'], 'ok', 'met'),
    J([N, '满意\n度指\n标', '服务\n对象\n满意\n度指\n标', '因粮食市场波动引\n起的粮食安全事件\n发生数', '0起', '0起'], 'either', 'met',
      'a count of incidents (0起, no operator) filed under 服务对象满意度指标'),
    J([N, N, N, '市民满意度调查', '290%', '100%'], 'error', 'invalid',
      '290% for a satisfaction survey: over 100%, almost certainly a scanned >=90%; completion cannot be judged against it'),
    ['说明', '无'],
    ['注:1、其他资金包括和中央、省、市补助、地方财政资金共同投入到同一项目的自'],
]
# row 22 is an indicator too (the first row after the page break)
ROWS[21] = J(ROWS[21], 'either', 'met', '100% with no operator')

FORM = {
    'id': 'b-09',
    'source': {
        'url': 'https://taodocs.com/p-72820237.html',
        'publisher': '衡山县商务和粮食局',
        'year': 2020,
        'province': '湖南',
        'kind': 'self-evaluation',
        'layout': 'self-evaluation',
        'notes': ('2020年度县级专项资金绩效目标自评表 of a Hunan county, stored as the text of a .docx. No 分值/得分 '
                  'columns: 一级 | 二级 | 三级 | 年度指标值 | 全年完成值 | 未完成原因和改进措施. Kept as published: '
                  'the satisfaction target 290% (a scanned ≥90%); the actual 无 with the reason 没有轮换、动用库存; '
                  'qualitative 高/高; 0起 incidents filed under 服务对象满意度指标; a bare 0 for a ratio; every % target '
                  'without an operator; the line breaks inside the narrow cells (三级 names and vertical labels); a page '
                  'break after 政策性挂账利息补贴保障率 where the 绩效指标 label and 效益指标 are written again (no repeated '
                  'header row); 说明 | 无 and the 注 line after the table. Header labels are 专项资金名称, 县级主管部门, '
                  '负责人及电话; the funds block has no 年初预算数/分值/得分. The stored text ends inside the 注 line '
                  '(kept as cut). Province 湖南 is corpus A\'s: taken for its quirks (290%, 无).'),
    },
    'sheets': [{
        'name': '自评表',
        'width': 7,
        'rows': ROWS,
        'merges': ['A1:G1', 'B2:C2', 'E2:G2', 'B3:C3', 'E3:G3', 'A4:A7', 'B4:C4', 'F4:G4', 'B5:C5', 'F5:G5',
                   'B6:C6', 'F6:G6', 'B7:C7', 'F7:G7', 'A8:A9', 'B8:D8', 'E8:G8', 'B9:D9', 'E9:G9', 'A10:A21',
                   'A22:A26', 'B27:G27', 'A28:G28'],
        'mergeDown': {'table': (11, 26), 'cols': ['B', 'C']},
        'widths': [6, 8, 8, 22, 10, 10, 18],
        'tables': [{'first': 11, 'last': 26, 'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': 'E', 'actual': 'F', 'reason': 'G'}}],
        'forms': [{
            'projectName': '县级储备粮',
            'totalFunds': 1949000,
            'department': '衡山县商务和粮食局',
            'implementingUnit': '粮食调控储备与产业发展股',
            'titleCell': 'A1',
            'projectNameCell': 'B2',
            'totalFundsCell': 'D5',
            'layout': 'self-evaluation',
            'headerRow': 10,
            'executedFunds': 1949000,
        }],
    }],
}
