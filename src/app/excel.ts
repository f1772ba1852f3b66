/** The Excel host, loaded only inside Excel (its own chunk, with office-js calls only). */
import type { WorkbookHost } from '../host/types';

export async function loadExcelHost(): Promise<WorkbookHost> {
  const { createExcelHost } = await import(/* webpackChunkName: "excel" */ '../excel/excel-host');
  return createExcelHost();
}
