import { declaration, ruleTester } from '../rule-tester';

ruleTester('form.missing-field', {
  valid: [
    { name: 'every header field filled in', rows: declaration() },
    {
      name: 'a self-evaluation needs no 项目类别',
      rows: [
        ['项目支出绩效自评表'],
        ['项目名称', '自评项目', '主管部门', '某局', '实施单位', '某中心'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
        ['产出指标', '数量指标', '培训人数', '≥200人次', '210人次'],
        ['效益指标', '社会效益指标', '群众知晓率', '≥90%', '92%'],
        ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '95%'],
      ],
    },
  ],
  invalid: [
    { name: 'the 项目名称 left blank', rows: declaration({ project: '' }), cell: 'A3', params: { field: '项目名称' } },
    { name: 'the 项目类别 left blank', rows: declaration({ category: '' }), cell: 'D3', params: { field: '项目类别' } },
    {
      name: 'the 主管部门 left blank',
      rows: declaration({ department: '' }),
      cell: 'A4',
      params: { field: '主管部门' },
    },
    { name: 'the 实施单位 left blank', rows: declaration({ unit: '' }), cell: 'D4', params: { field: '实施单位' } },
    {
      name: 'no 项目名称 label at all: said on the title',
      rows: declaration().filter((r) => r[0] !== '项目名称'),
      cell: 'A1',
      params: { field: '项目名称' },
    },
  ],
});
