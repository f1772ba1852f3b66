# 原州区自然资源局 2022 项目支出绩效目标申报表 (宁夏): template notes kept in the 二级 cells ("数量指标 (必填硬性指标)"),
# template hints kept in the 三级 names ("苗木成活率(≥**%)" with the bare value 85), bare numbers, sentences with no value.
from b_corpus import J

N = None
ROWS = [
    ['项目支出绩效目标申报表'],
    ['(2022年度)'],
    ['项目名称', '原州区2022年南部水源涵养林建设项目'],
    ['主管部门及代码', '固原市原州区自然资源局', '实施单位', '固原市原州区自然资源局'],
    ['项目属性', '新建', '项目期', '2022年3月-2023年11月'],
    ['项目资金\n(万元)', '年度资金总额:', {'v': 6070, 'fmt': '0.00'}],
    [N, '其中:财政拨款', {'v': 6070, 'fmt': '0.00'}],
    [N, '其他资金'],
    ['年度总体目标', '在东马场林场、东岳山林场、古树林场、红庄林场、马渠林场、沈河林场、水沟林场 7 个林场和古雁办、官厅镇、黄铎堡镇、'
     '开城镇、彭堡镇、炭山乡、头营镇、寨科乡、张易镇、中河乡、三营镇 11 个乡镇(街道办事处)实施营造林8万亩。其中:新造林3万亩,'
     '未成林抚育提升及退化林改造5万亩;修建作业道30公里。'],
    ['绩\n效\n指\n标', '一级指标', '二级指标', '三级指标', '指标值'],
    J([N, '产出指标', '数量指标\n(必填硬性指标)', '实施营造林总面积(亩)', 80000], 'ok',
      note='bare number; the unit 亩 is in the 三级 name'),
    J([N, N, N, '其中:实施新造林总面积(亩)', 30000], 'ok', note='a breakdown line (其中:) written as its own indicator; bare number'),
    J([N, N, N, '实施未成林抚育提升及退化林改造总面积(亩)', 50000], 'ok'),
    J([N, N, N, '修建作业道长度(公里)', 30], 'ok'),
    J([N, N, '质量指标\n(必填)', '苗木成活率(≥**%)', 85], 'ok',
      note='the template hint (≥**%) was left in the name and only 85 typed as the value: read ≥85%; warnings (no operator, no %), not an error'),
    J([N, N, '时效指标\n(必填)', '项目完成时间', '2023年底'], 'ok'),
    J([N, N, '成本指标\n(必填硬性指标)', '项目总投入(≥**万元)', 6070], 'ok',
      note='6070 (万元 from the hint in the name) equals the 6070万元 of funds: not over budget'),
    J([N, '效益指标', '经济效益\n指标\n(选填)', '增加就业机会,提高农民收入。', N], 'error',
      note='a sentence in the 三级 column and nothing in 指标值: the target is empty'),
    J([N, N, '社会效益\n指标\n(必填)', '受益人数(人)', 132], 'ok'),
    J([N, N, '生态效益\n指标\n(选填)', '提高森林覆盖率,促进生物多样性保护。', N], 'error',
      note='a sentence in the 三级 column and nothing in 指标值: the target is empty'),
    J([N, N, '可持续影响\n指标\n(必填)', '提高森林生态系统服务功能,显著改善项目区及周边地区的生态环境。', N], 'error',
      note='a sentence in the 三级 column and nothing in 指标值: the target is empty'),
    [N, '满意度指标'],
]

FORM = {
    'id': 'c-01',
    'source': {
        'url': 'http://www.yzh.gov.cn/xxgk_13314/zfxxgkml/zdxzjcygk/zdju/202203/t20220301_3340181.html',
        'publisher': '固原市原州区自然资源局',
        'year': 2022,
        'province': '宁夏',
        'kind': 'declaration',
        'layout': 'classic',
        'notes': ('项目支出绩效目标申报表 (2022年度) published on the 原州区 government site (发布机构 原州区自然资源局, '
                  '2022-02-23). The title is the page\'s 标题 field; the form begins with the (2022年度) line. Kept as '
                  'published: the template notes inside the 二级 cells ("数量指标 (必填硬性指标)", "质量指标 (必填)", '
                  '"经济效益 指标 (选填)"); the template hints left in the 三级 names ("苗木成活率(≥**%)" with the value 85, '
                  '"项目总投入(≥**万元)" with 6070); bare numbers whose unit is in the name; a 其中: breakdown line as an '
                  'indicator; 2023年底 as the completion date (after the 项目期 ends in 2023年11月). Under 经济效益, 生态效益 '
                  'and 可持续影响 a sentence stands in the 三级 column and the 指标值 column is empty in the stored copy '
                  '(the HTML keeps no column positions for empty cells; the sentence is placed in 三级 because the row '
                  'has one cell fewer than the rows with a value). The stored page ends at the 满意度指标 label: its '
                  'rows are not transcribed. Funds are 万元 (label 项目资金(万元)): 6070.00 = 60,700,000 元.'),
    },
    'sheets': [{
        'name': '绩效目标申报表',
        'width': 5,
        'rows': ROWS,
        'merges': ['A1:E1', 'A2:E2', 'B3:E3', 'D4:E4', 'D5:E5', 'A6:A8', 'C6:E6', 'C7:E7', 'C8:E8', 'B9:E9',
                   'A10:A22', 'B11:B17', 'C11:C14', 'B18:B21'],
        'widths': [6, 12, 14, 36, 12],
        'tables': [{'first': 11, 'last': 22, 'cols': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': 'E'}}],
        'forms': [{
            'projectName': '原州区2022年南部水源涵养林建设项目',
            'totalFunds': 60700000,
            'department': '固原市原州区自然资源局',
            'implementingUnit': '固原市原州区自然资源局',
            'titleCell': 'A1',
            'projectNameCell': 'B3',
            'totalFundsCell': 'C6',
            'layout': 'declaration',
            'headerRow': 10,
        }],
    }],
}
