/**
 * The task pane, shared by the Excel add-in and the browser preview:
 *   <TaskPane host={workbookHost} />
 */
export { TaskPane } from './TaskPane';
