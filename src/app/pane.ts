/**
 * The pane the app mounts, in Excel and in the preview alike: the task pane of src/taskpane.
 */
export { TaskPane as Pane } from '../taskpane';
