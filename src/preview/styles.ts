/** The preview layout's CSS (kept in the bundle: the page fetches nothing else). */
export const PREVIEW_CSS = `
html, body, #root { height: 100%; margin: 0; }
body { font-family: "Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", sans-serif; color: #242424; background: #f5f5f5; }
.jx-preview { display: flex; flex-direction: column; height: 100vh; }
.jx-toolbar { background: #fff; border-bottom: 1px solid #d1d1d1; padding: 8px 14px 6px; }
.jx-title { font-size: 16px; margin: 0 0 6px; font-weight: 600; color: #0e5c2f; }
.jx-actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.jx-button { display: inline-flex; align-items: center; border: 1px solid #c7c7c7; background: #fff; color: #242424; border-radius: 4px; padding: 4px 12px; font: inherit; font-size: 13px; cursor: pointer; min-height: 28px; box-sizing: border-box; }
.jx-button:hover:not(:disabled) { background: #f0f0f0; }
.jx-button:disabled { color: #8a8a8a; cursor: default; }
.jx-button:focus-visible, .jx-link:focus-visible, .jx-tab:focus-visible, .jx-cell:focus-visible { outline: 2px solid #0f6cbd; outline-offset: -2px; }
.jx-primary { background: #107c41; border-color: #107c41; color: #fff; }
.jx-primary:hover { background: #0c6a37 !important; }
.jx-primary:focus-within { outline: 2px solid #0f6cbd; outline-offset: 1px; }
.jx-file { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
.jx-samples { font-size: 13px; color: #424242; }
.jx-link { border: none; background: none; color: #0f6cbd; text-decoration: underline; cursor: pointer; font: inherit; padding: 0 4px; }
.jx-filename { margin: 6px 0 0; font-size: 12px; color: #424242; }
.jx-hint { color: #5c5c5c; }
.jx-status { margin: 4px 0 0; font-size: 12px; color: #0e5c2f; }
.jx-error { margin: 6px 0 0; padding: 6px 10px; font-size: 13px; color: #8a1111; background: #fde7e9; border: 1px solid #f1bbbc; border-radius: 4px; }
.jx-main { flex: 1; display: flex; min-height: 0; }
.jx-sheet { flex: 1; min-width: 0; position: relative; display: flex; flex-direction: column; background: #fff; }
.jx-dragging { outline: 3px dashed #107c41; outline-offset: -6px; }
.jx-drop { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; background: rgba(255,255,255,.8); font-size: 18px; color: #107c41; pointer-events: none; }
.jx-pane { width: 380px; flex: none; border-left: 1px solid #d1d1d1; background: #fff; overflow: auto; }
.jx-grid-wrap { display: flex; flex-direction: column; flex: 1; min-height: 0; }
.jx-grid-scroll { flex: 1; overflow: auto; }
.jx-grid { border-collapse: collapse; table-layout: fixed; font-size: 12px; background: #fff; }
.jx-grid td, .jx-grid th { border: 1px solid #e1e1e1; padding: 1px 4px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; line-height: 1.35; }
.jx-grid td { cursor: cell; }
.jx-colhead, .jx-rowhead, .jx-corner { background: #f3f3f3; color: #424242; font-weight: 400; text-align: center; position: sticky; z-index: 1; }
.jx-colhead, .jx-corner { top: 0; }
.jx-rowhead { left: 0; }
.jx-corner { left: 0; z-index: 2; }
.jx-cell.jx-sev-error, .jx-cell.jx-sev-warning { box-shadow: inset 0 0 0 1px rgba(0,0,0,.18); }
.jx-cell.jx-sev-error::before { content: ""; }
.jx-selected { outline: 2px solid #107c41; outline-offset: -2px; }
.jx-edit { width: 100%; box-sizing: border-box; font: inherit; border: none; outline: none; padding: 0; background: #fff; }
.jx-truncated { margin: 6px 8px; font-size: 12px; color: #5c5c5c; }
.jx-tabs { display: flex; gap: 2px; border-top: 1px solid #d1d1d1; background: #f3f3f3; padding: 0 8px; overflow-x: auto; flex: none; }
.jx-tab { border: none; background: transparent; padding: 5px 14px; font: inherit; font-size: 12px; color: #424242; cursor: pointer; border-bottom: 3px solid transparent; white-space: nowrap; }
.jx-tab[aria-selected="true"] { background: #fff; color: #107c41; font-weight: 600; border-bottom-color: #107c41; }
`;
