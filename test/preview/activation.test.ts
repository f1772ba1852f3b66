/**
 * Issue #10 item 8 in the preview: with 检查范围 = 当前工作表 the pane follows the tab the user opens.
 */
import { MemoryHost } from '../../src/preview/memory-host';
import { PaneController } from '../../src/taskpane/state/controller';
import { buildWorkbook } from '../helpers/build-workbook';

const settle = () => new Promise((r) => setTimeout(r, 0));

test('switching tabs in the preview re-checks the sheet now shown', async () => {
  const bytes = await buildWorkbook([
    { name: '表一', rows: [['财政项目支出绩效目标申报表'], ['项目名称', '甲项目']] },
    { name: '表二', rows: [['财政项目支出绩效目标申报表'], ['项目名称', '乙项目']] },
  ]);
  const host = await MemoryHost.open(bytes, 'two.xlsx', 'zh');
  const controller = new PaneController(host);
  await controller.start();
  expect(controller.getState().results.map((r) => r.sheet)).toEqual(['表一']);
  host.setActiveSheet('表二');
  for (let i = 0; i < 5; i++) await settle();
  expect(controller.getState().results.map((r) => r.sheet)).toEqual(['表二']);
  controller.dispose();
  host.setActiveSheet('表一');
  await settle();
  expect(controller.getState().results.map((r) => r.sheet)).toEqual(['表二']);
});
