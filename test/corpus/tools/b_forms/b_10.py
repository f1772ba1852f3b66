# 六安市金安区体育局 2025 项目支出绩效目标表 (安徽): sentences as
# 三级 names, 无 for an indicator the project does not have, 满意度指标 as its own 二级, 2025年年底前.
from b_corpus import J

N = None
W = lambda v: {'v': v, 'fmt': '0.00'}
ROWS = [
    ['项目支出绩效目标表'],
    ['(2025年度)'],
    ['项目责任人:', N, '单位(盖章):'],
    ['项目名称', '2025金安国际网球公开赛(国际系列赛事)'],
    ['主管部门及代码', '[042]六安市金安区体育局', '实施单位', '六安市金安区体育局'],
    ['项目来源', '本级申报项目', '项目期', '3年'],
    ['项目资金\n(万元)', '年度资金总额:', W(1000)],
    [N, '其中:财政拨款', W(1000)],
    [N, '其他资金', W(0)],
    ['年度\n目标', '打造金安国际网球公开赛等一系列的品牌赛事,提升六安城市的知名度和美誉度。'],
    ['绩\n效\n指\n标', '一级\n指标', '二级指标', '三级指标', '指标值'],
    J([N, '产出指标', '数量指标', '开展运动种类', '1种'], 'either', note='quantity with no operator'),
    J([N, N, N, '打造品牌赛事种类', '1种'], 'either', note='quantity with no operator'),
    J([N, N, '质量指标', '经费支出合规率', '100%'], 'either', note='100% with no operator'),
    J([N, N, N, '赛事完成率', '100%'], 'either', note='100% with no operator'),
    J([N, N, '时效指标', '完成时间', '2025年年底前'], 'ok',
      note='a plain deadline (end of 2025); the date grammar lists 年底 and YYYY年M月 but not YYYY年年底 — common sense says ok'),
    J([N, N, '成本指标', '项目总成本', '≤1000万元'], 'ok'),
    J([N, '效益指标', '经济效益指标', '提升六安城市知名度和美誉度,推动体育消费、“网球+”产业深度融合', '经济效益良好'], 'ok'),
    J([N, N, '社会效益指标', '打造金安国际网球公开赛等系列品牌赛事,提升六安城市的知名度和美誉度。', '效果良好'], 'ok'),
    J([N, N, '生态效益指标', '本项目不适用此指标', '无'], 'either',
      note='无 is a placeholder word, but here the row itself says the indicator does not apply (不适用 would be the clean way)'),
    J([N, N, '可持续影响指标', '打造金安国际网球\n公开赛等系列品牌赛事', '影响可持续'], 'ok'),
    J([N, '满意度指标', '满意度指标', '群众满意度', '≥95%'], 'ok'),
]
COLS = {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': 'E'}

FORM = {
    'id': 'b-10',
    'source': {
        'url': 'https://www.ja.gov.cn/public/6602051/25929172.html',
        'publisher': '六安市金安区体育局',
        'year': 2025,
        'province': '安徽',
        'kind': 'declaration',
        'layout': 'classic',
        'notes': ('The first of the 项目支出绩效目标表 (2025年度) on this page. Header labels 主管部门及代码 ([042]六安市金安区体育局), 项目来源, 项目期, '
                  '项目资金(万元) with 年度资金总额:/其中:财政拨款/其他资金 (amounts typed as numbers shown 0.00), and '
                  'empty 项目责任人:/单位(盖章): cells above the block. Kept as published: 三级 names that are whole '
                  'sentences, qualitative targets (经济效益良好, 效果良好, 影响可持续), 生态效益指标 filled with '
                  '本项目不适用此指标 | 无, 满意度指标 written again as the 二级, 2025年年底前, ≤1000万元 equal to the '
                  'funds. The page goes on with a second form (安徽省常规赛费用, 1200万元) that the stored text cuts off '
                  'right after its first 一级/二级 cells; it is left out, since the cut (not the publisher) would leave '
                  'it with no indicators. Province 安徽 is corpus '
                  'A\'s: taken because it is the only 2025 form found.'),
    },
    'sheets': [{
        'name': '项目支出绩效目标表',
        'width': 5,
        'rows': ROWS,
        'merges': ['A1:E1', 'A2:E2', 'D3:E3', 'B4:E4', 'D5:E5', 'D6:E6', 'A7:A9', 'C7:E7', 'C8:E8', 'C9:E9', 'B10:E10', 'A11:A22'],
        'mergeDown': {'table': (12, 22), 'cols': ['B', 'C']},
        'widths': [8, 12, 16, 40, 16],
        'tables': [{'first': 12, 'last': 22, 'cols': COLS, 'form': 0}],
        'forms': [
            {'projectName': '2025金安国际网球公开赛(国际系列赛事)', 'totalFunds': 10000000, 'department': '[042]六安市金安区体育局',
             'implementingUnit': '六安市金安区体育局', 'titleCell': 'A1', 'projectNameCell': 'B4', 'totalFundsCell': 'C7',
             'layout': 'declaration', 'headerRow': 11},
        ],
    }],
}
