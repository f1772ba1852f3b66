/**
 * The pane the app mounts, in Excel and in the preview alike: the task pane of src/taskpane.
 * (src/app/PlaceholderPane.tsx is a minimal stand-in kept for debugging the host without Fluent UI.)
 */
export { TaskPane as Pane } from '../taskpane';
