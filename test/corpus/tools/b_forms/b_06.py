# 抗疫特别国债项目绩效目标表(打捆项目) 2020, a district 城市管理委员(会) in 预算公开 (北京, inferred — see notes).
from b_corpus import J

N = None
ROWS = [
    ['抗疫特别国债项目绩效目标表(打捆项目)'],
    ['(2020年度)'],
    ['项目名称', '疫情期间区域病媒防治环境卫生清洁等费用'],
    ['主管预算部门', '狗万客户端城市管理委员', '项目预算金额 (万元)', 5652],
    ['绩 效 目 标', '1.按《狗万客户端市市容环境卫生管理条例》及疫情期间各项文件规定,为提升我区环境卫生质量、坚决杜绝病媒传播的需要,搞好污染防治、环境卫生保洁消杀工作,开展我区环境卫生治理工作。 2.工作由服务外包公司承担,采用服务外包方式,达到干净整洁、生活垃圾日产日清的效果。'],
    ['绩 效 指 标', '一级指标', '二级指标', '三级指标', '指标值'],
    J([N, '产出指标', '数量指标', '清扫保洁道路面积', '1346.0088万平方米'], 'either', note='quantity with no operator'),
    J([N, N, N, '清扫保洁道路条数', '485条'], 'either', note='quantity with no operator'),
    J([N, N, N, '生活垃圾运输车辆', '283辆'], 'either', note='quantity with no operator'),
    J([N, N, '质量指标', '垃圾无害化处理率', '100%'], 'either', note='100% with no operator'),
    J([N, N, '时效指标', '城市道路以克论净量化考核', '1次/月'], 'either', note='frequency with no operator'),
    J([N, N, N, '环境卫生专项考核', '1次/月'], 'either', note='frequency with no operator'),
    J([N, N, N, '各项费用使用周期', '2020年1月--2020年11月'], 'either',
      note='a clear period, but written with a doubled dash "--" that the period grammar does not list'),
    J([N, N, '成本指标', '人工成本', '≤620万/月'], 'ok'),
    J([N, '效益指标', '社会效益指标', '清扫保洁覆盖率', '≥99%'], 'ok'),
    J([N, N, '可持续影响指标', '保障期限', '2020年1月--2020年11月'], 'either',
      note='a clear period, but written with a doubled dash "--" that the period grammar does not list'),
    J([N, '满意度指标', '服务对象满意度指标', '周围群众满意度', '≥90%'], 'ok'),
]

FORM = {
    'id': 'b-06',
    'source': {
        'url': 'http://13560281748.com/xwzx/ztzl/yjjsgk/bmyjsgk/2020nysgk/202103/t20210304_5374860.html',
        'publisher': 'a district 城市管理委员会 (name replaced on the stored copy; see notes)',
        'year': 2020,
        'province': '北京',
        'kind': 'declaration',
        'layout': 'classic',
        'notes': ('抗疫特别国债项目绩效目标表(打捆项目), (2020年度), from a district 预决算公开 page (path '
                  'xwzx/ztzl/yjjsgk/bmyjsgk/2020nysgk). The stored copy is a hijacked mirror that replaced the place '
                  'name with "狗万客户端" (kept as stored in 主管预算部门 and the goal text, since that is what the cell '
                  'now says); the province is INFERRED as 北京 from the 城市管理委员(会) department, the 以克论净 '
                  'inspection and the 市容环境卫生条例 wording — treat it as unconfirmed. The mirror also shows runs of '
                  '"?" inside the vertical labels 绩效目标/绩效指标 (lost spacing): written here with plain spaces. '
                  'Kept as published: 主管预算部门 ends in 委员 (委员会 cut short), every quantity lacks an operator, '
                  'frequencies 1次/月, periods written 2020年1月--2020年11月 with a doubled dash, a cost per month '
                  '≤620万/月, 项目预算金额 (万元) 5652. Complete form (11 indicators).'),
    },
    'sheets': [{
        'name': '绩效目标表',
        'width': 5,
        'rows': ROWS,
        'merges': ['A1:E1', 'A2:E2', 'B3:E3', 'D4:E4', 'B5:E5', 'A6:A17'],
        'mergeDown': {'table': (7, 17), 'cols': ['B', 'C']},
        'widths': [8, 12, 16, 26, 22],
        'tables': [{'first': 7, 'last': 17, 'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': 'E'}}],
        'forms': [{
            'projectName': '疫情期间区域病媒防治环境卫生清洁等费用',
            'totalFunds': 56520000,
            'department': '狗万客户端城市管理委员',
            'titleCell': 'A1',
            'projectNameCell': 'B3',
            'totalFundsCell': 'D4',
            'layout': 'declaration',
            'headerRow': 6,
        }],
    }],
}
