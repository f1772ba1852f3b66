/**
 * The pane's state and actions, without React: reads sheets through the host, runs the engine,
 * holds what is shown, asks for confirmations, writes and paints. Components only render its
 * state and call its methods; tests drive it directly or through the components.
 *
 * Every action that touches the workbook runs in one queue, so a live check never interleaves
 * with a fix or a paint.
 */
import {
  isHostError,
  type CellWrite,
  type SheetChange,
  type WorkbookHost,
  type WorkbookSettings,
} from '../../host/types';
import { analyzeSheet } from '../../core/analyze';
import type { FormModel } from '../../core/model';
import { buildPatch, markedCells, type SheetPatch } from '../../core/patch';
import { isOwnSheet } from '../../core/own-sheets';
import type { TemplateOptions } from '../../core/template';
import type { GridSnapshot, Issue } from '../../core/types';
import { translator, type Translate } from '../i18n';
import { keyDebouncer, type KeyDebouncer } from './debounce';
import { checkOptionsOf, normalizeSettings } from '../../core/settings-store';
import { DEFAULT_SETTINGS } from './settings';
import { changesToWrites, fillPlan, fixChange, plannedWrites, safeFixChanges, type Change } from './writes';
import { isEmptyPlan, type WritePlan } from '../../core/completion/write-plan';

export type Scope = 'active' | 'all';

export interface SheetResult {
  sheet: string;
  snapshot: GridSnapshot;
  forms: FormModel[];
}

export type Confirmation =
  | { kind: 'fix'; change: Change; issue: Issue }
  | { kind: 'fix-all'; changes: Change[] }
  | { kind: 'overwrite'; cells: (CellWrite & { current: string })[] };

/** 填写完成情况's plan, shown before anything is written; `overwrite`: the user ticked "覆盖这些单元格". */
export interface FillState {
  plan: WritePlan;
  overwrite: boolean;
}

export interface Notice {
  intent: 'success' | 'info' | 'warning' | 'error';
  text: string;
}

export interface PaneState {
  phase: 'loading' | 'ready';
  scope: Scope;
  results: SheetResult[];
  settings: WorkbookSettings;
  /** Sheets where our marks are painted (from the workbook's record at start, then our own paints). */
  paintedSheets: string[];
  busy: boolean;
  confirm: Confirmation | null;
  /** The completion write plan awaiting the user's confirmation (kept current while it is open). */
  fill: FillState | null;
  notice: Notice | null;
  /** Sheets the last check could not read (全部工作表: the others are still checked), each in one sentence. */
  failedSheets: { sheet: string; text: string }[];
  /**
   * Marks follow every check: painted when a workbook opens, after each check and re-check, kept
   * current by the live check (the preview, whose workbook is the page's own copy). Off in Excel, where
   * marks are painted on request; off too after "清除标记" until the user marks again.
   */
  marksFollow: boolean;
}

export interface PaneOptions {
  /** Quiet period of the live check (ms). */
  liveDelayMs?: number;
  /** Paint the issues as soon as a sheet is checked, and keep the marks current (see PaneState.marksFollow). */
  markOnCheck?: boolean;
}

/** Quiet period after the last change before a live re-check. */
const LIVE_CHECK_DELAY_MS = 600;

export class PaneController {
  private state: PaneState = {
    phase: 'loading',
    scope: 'active',
    results: [],
    settings: DEFAULT_SETTINGS,
    paintedSheets: [],
    busy: false,
    confirm: null,
    fill: null,
    notice: null,
    failedSheets: [],
    marksFollow: false,
  };
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private unsubscribeHost: (() => void) | null = null;
  private unsubscribeActivated: (() => void) | null = null;
  private disposed = false;
  /** The patch last painted per sheet (JSON), so an unchanged re-check does not repaint. */
  private readonly lastPatch = new Map<string, string>();
  private readonly debouncer: KeyDebouncer;
  /** Marks follow the checks in this pane (PaneOptions.markOnCheck), except after a clear. */
  private readonly markOnCheck: boolean;
  readonly t: Translate;

  constructor(
    readonly host: WorkbookHost,
    options: PaneOptions = {},
  ) {
    this.t = translator(host.lang);
    this.markOnCheck = options.markOnCheck === true;
    this.state = { ...this.state, marksFollow: this.markOnCheck };
    this.debouncer = keyDebouncer(options.liveDelayMs ?? LIVE_CHECK_DELAY_MS, (sheets) => {
      void this.run(() => this.liveRecheck(sheets), { busy: false, live: true });
    });
  }

  // ---- store ----------------------------------------------------------------

  getState = (): PaneState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<PaneState>): void {
    if (this.disposed) return;
    this.state = { ...this.state, ...patch };
    // an open plan follows the sheet: what it shows is what a confirmation writes
    if (this.state.fill && !('fill' in patch) && ('results' in patch || 'settings' in patch)) {
      const plan = this.plan();
      // no self-evaluation shown any more (another sheet, a template inserted): nothing to confirm
      this.state = { ...this.state, fill: plan.forms.length > 0 ? { ...this.state.fill, plan } : null };
    }
    for (const l of this.listeners) l();
  }

  /** Runs a workbook action after the ones before it; failures become an error notice. */
  private run<T>(task: () => Promise<T>, options: { busy?: boolean; live?: boolean } = {}): Promise<T | undefined> {
    const busy = options.busy ?? true;
    const next = this.queue.then(async () => {
      if (this.disposed) return undefined;
      if (busy) this.set({ busy: true });
      try {
        return await task();
      } catch (err) {
        if (isHostError(err, 'cell-edit')) {
          // a live re-check: no notice, the next change re-checks; an action the user asked for: say why
          if (!options.live) this.set({ notice: { intent: 'info', text: this.t('pane.result.cell-edit') } });
          return undefined;
        }
        if (isHostError(err, 'protected')) {
          // protected between our check and our write: Excel does not say which sheet, the pane's are named
          const sheets = err.sheet ?? this.state.results.map((r) => r.sheet).join('”“');
          this.set({ notice: { intent: 'warning', text: this.t('pane.result.protected', { sheets }) } });
          return undefined;
        }
        this.set({ notice: { intent: 'error', text: this.t('pane.error', { detail: errorText(err) }) } });
        return undefined;
      } finally {
        if (busy) this.set({ busy: false });
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Resolves once the workbook actions queued so far (a live check included) have finished. */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  // ---- life cycle -------------------------------------------------------------

  /** Loads the saved settings and the marks record, checks the active sheet, starts the live check. */
  start(): Promise<void> {
    return this.run(async () => {
      const stored = await this.host.loadSettings().catch(() => null);
      const settings = normalizeSettings(stored);
      const painted = await this.host.paintedCells().catch(() => []);
      this.set({ settings, paintedSheets: [...new Set(painted.map((p) => p.sheet))] });
      const unsubscribe = await this.host.onChanged((change) => this.onHostChange(change));
      if (this.disposed) unsubscribe();
      else this.unsubscribeHost = unsubscribe;
      if (this.host.onActivated) {
        const off = await this.host.onActivated((sheet) => this.onActivated(sheet));
        if (this.disposed) off();
        else this.unsubscribeActivated = off;
      }
      await this.checkScope();
    }).finally(() => this.set({ phase: 'ready' })) as Promise<void>;
  }

  dispose(): void {
    this.disposed = true;
    this.debouncer.cancel();
    this.unsubscribeHost?.();
    this.unsubscribeHost = null;
    this.unsubscribeActivated?.();
    this.unsubscribeActivated = null;
    this.listeners.clear();
  }

  private onHostChange(change: SheetChange): void {
    // our own writes are re-checked by the action that made them
    if (this.disposed || isOwnSheet(change.sheet) || change.own) return;
    this.debouncer.schedule(change.sheet);
  }

  /** The user opened another sheet: with 检查范围 = 当前工作表 the pane follows it. */
  private onActivated(sheet: string): void {
    if (this.disposed || isOwnSheet(sheet) || this.state.scope !== 'active') return;
    if (this.state.results.length === 1 && this.state.results[0].sheet === sheet) return;
    void this.run(
      async () => {
        if (this.state.scope !== 'active') return;
        const result = this.analyze(await this.host.readSheet(sheet, { live: true }));
        this.set({ results: [result], failedSheets: [] });
        await this.keepMarks(result, true);
      },
      { busy: false, live: true },
    );
  }

  // ---- reading and checking ---------------------------------------------------

  private analyze(snapshot: GridSnapshot): SheetResult {
    const forms = analyzeSheet(snapshot, { lang: this.host.lang, ...checkOptionsOf(this.state.settings) });
    return { sheet: snapshot.sheet, snapshot, forms };
  }

  /** Checks what the scope covers; when marks follow the checks, brings the marks of those sheets up to date. */
  private async checkScope(): Promise<void> {
    await this.readScope();
    if (this.state.marksFollow) for (const r of this.state.results) await this.keepMarks(r);
  }

  private async readScope(): Promise<void> {
    if (this.state.scope === 'active') {
      const snapshot = await this.host.readSheet();
      this.set({ results: [this.analyze(snapshot)], failedSheets: [] });
      return;
    }
    const { names } = await this.host.listSheets();
    const results: SheetResult[] = [];
    const failedSheets: PaneState['failedSheets'] = [];
    for (const name of names) {
      if (isOwnSheet(name)) continue;
      try {
        results.push(this.analyze(await this.host.readSheet(name)));
      } catch (err) {
        if (isHostError(err, 'cell-edit')) throw err;
        failedSheets.push({
          sheet: name,
          text: this.t('pane.result.sheet-failed', { sheet: name, detail: this.reason(err) }),
        });
      }
    }
    this.set({ results, failedSheets });
  }

  /** A failure in a few words for a person. */
  private reason(err: unknown): string {
    if (isHostError(err, 'too-large')) return this.t('pane.reason.too-large');
    if (isHostError(err, 'protected')) return this.t('pane.reason.protected');
    return errorText(err);
  }

  /** Re-reads one sheet, replaces its result, and repaints it if it was painted and its patch changed. */
  private async refreshSheet(sheet: string, live = false): Promise<void> {
    const result = this.analyze(await this.host.readSheet(sheet, live ? { live } : undefined));
    const results = this.state.results.some((r) => r.sheet === sheet)
      ? this.state.results.map((r) => (r.sheet === sheet ? result : r))
      : [...this.state.results, result];
    this.set({ results });
    await this.keepMarks(result, live);
  }

  /**
   * Brings one sheet's marks up to date with its result: a painted sheet whose patch changed is
   * repainted (old marks off, new on, in one step), one left with nothing to mark is cleared. A sheet
   * not painted yet is painted only when marks follow the checks. An unchanged patch paints nothing,
   * so re-checks never pile marks up.
   */
  private async keepMarks(result: SheetResult, live = false): Promise<void> {
    const { sheet } = result;
    const painted = this.state.paintedSheets.includes(sheet);
    if (!painted && !this.state.marksFollow) return;
    const patch = this.patchFor(result.forms);
    const json = JSON.stringify(patch);
    if (painted && this.lastPatch.get(sheet) === json) return;
    if (patch.ops.length > 0) {
      const options: { replace?: string[]; live?: boolean } = {};
      // the old marks off and the new ones on in one step (one undo step)
      if (painted) options.replace = [sheet];
      if (live) options.live = true;
      const applied = await this.host.applyPatch(patch, options);
      if (applied.protectedSheets.length > 0) {
        this.lastPatch.delete(sheet);
        return;
      }
      this.lastPatch.set(sheet, json);
      if (!painted) this.set({ paintedSheets: [...this.state.paintedSheets, sheet] });
    } else if (painted) {
      await this.host.clearMarks(sheet, live ? { live } : undefined);
      this.lastPatch.delete(sheet);
      this.set({ paintedSheets: this.state.paintedSheets.filter((s) => s !== sheet) });
    }
  }

  private async liveRecheck(sheets: string[]): Promise<void> {
    const shown = new Set(this.state.results.map((r) => r.sheet));
    let active: string | null = null;
    for (const sheet of sheets) {
      if (shown.has(sheet)) {
        await this.refreshSheet(sheet, true);
        continue;
      }
      if (this.state.scope === 'all') {
        await this.refreshSheet(sheet, true);
        continue;
      }
      // active scope, a sheet not shown: follow it only if it is now the active sheet
      active ??= (await this.host.listSheets()).active;
      if (sheet === active) {
        this.set({ results: [] });
        await this.refreshSheet(sheet, true);
      }
    }
  }

  recheck(): Promise<void> {
    return this.run(() => this.checkScope()) as Promise<void>;
  }

  setScope(scope: Scope): Promise<void> {
    if (scope === this.state.scope) return Promise.resolve();
    this.set({ scope });
    return this.recheck();
  }

  // ---- derived ----------------------------------------------------------------

  forms(): FormModel[] {
    return this.state.results.flatMap((r) => r.forms);
  }

  issues(): Issue[] {
    return this.forms().flatMap((f) => f.issues);
  }

  private snapshots(): Map<string, GridSnapshot> {
    return new Map(this.state.results.map((r) => [r.sheet, r.snapshot]));
  }

  safeFixes(): Change[] {
    return safeFixChanges(this.issues(), this.snapshots());
  }

  /** The cells "标记" would mark now: one per cell with an error or warning, over the sheets shown. */
  markCount(): number {
    return this.state.results.reduce((n, r) => n + markedCells(this.patchFor(r.forms)), 0);
  }

  private patchFor(forms: FormModel[]): SheetPatch {
    return buildPatch(forms, { lang: this.host.lang });
  }

  // ---- actions ----------------------------------------------------------------

  /** Selects the issue's cell in the sheet. */
  select(issue: Issue): Promise<void> {
    if (!issue.cell) return Promise.resolve();
    return this.selectCell(issue.sheet, issue.cell);
  }

  /** Selects (and scrolls to) a cell in the sheet: a completion row's, a planned write's. */
  selectCell(sheet: string, cell: string): Promise<void> {
    return this.host.selectCell(sheet, cell).catch((err: unknown) => {
      this.set({ notice: { intent: 'error', text: this.t('pane.error', { detail: errorText(err) }) } });
    });
  }

  /** "修正" on one issue: a safe fix is written at once; a confirm fix asks first. */
  fix(issue: Issue): Promise<void> {
    const change = fixChange(issue, this.snapshots());
    if (!change || !issue.fix) return Promise.resolve();
    if (issue.fix.safety === 'confirm') {
      this.set({ confirm: { kind: 'fix', change, issue } });
      return Promise.resolve();
    }
    return this.run(() => this.writeChanges([change])) as Promise<void>;
  }

  /** "全部安全修正": shows the list of changes; nothing is written before `confirm()`. */
  fixAll(): void {
    const changes = this.safeFixes();
    if (changes.length === 0) {
      this.set({ notice: { intent: 'info', text: this.t('pane.result.no-safe-fixes') } });
      return;
    }
    this.set({ confirm: { kind: 'fix-all', changes } });
  }

  private async writeChanges(changes: Change[]): Promise<void> {
    const result = await this.host.writeCells(changesToWrites(changes), { onlyIfEmpty: false });
    for (const sheet of new Set(result.written.map((c) => c.sheet))) await this.refreshSheet(sheet);
    if (this.protectedNotice(result.protectedSheets)) return;
    this.set({ notice: { intent: 'success', text: this.t('pane.result.fixed', { count: result.written.length }) } });
  }

  /** The one sentence for sheets that were left alone because they are protected; true when shown. */
  private protectedNotice(sheets: string[] | undefined): boolean {
    if (!sheets || sheets.length === 0) return false;
    this.set({ notice: { intent: 'warning', text: this.t('pane.result.protected', { sheets: sheets.join('”“') }) } });
    return true;
  }

  /** Paints highlights and notes for every issue shown (clearing our earlier marks on those sheets first). */
  paint(): Promise<void> {
    return this.run(async () => {
      const sheets = this.state.results.map((r) => r.sheet);
      const painted = new Set(this.state.paintedSheets);
      // our earlier marks on these sheets come off in the same step as the new ones go on
      const replace = sheets.filter((s) => painted.has(s));
      for (const sheet of sheets) {
        painted.delete(sheet);
        this.lastPatch.delete(sheet);
      }
      const ops: SheetPatch['ops'] = [];
      const patches = new Map<string, string>();
      for (const r of this.state.results) {
        const patch = this.patchFor(r.forms);
        if (patch.ops.length === 0) continue;
        for (const op of patch.ops) ops.push(op); // no spread: one op per cell, unbounded
        patches.set(r.sheet, JSON.stringify(patch));
      }
      let locked: string[] = [];
      if (ops.length > 0 || replace.length > 0)
        locked = (await this.host.applyPatch({ ops }, replace.length > 0 ? { replace } : {})).protectedSheets;
      for (const [sheet, json] of patches) {
        if (locked.includes(sheet)) continue;
        painted.add(sheet);
        this.lastPatch.set(sheet, json);
      }
      // a pane whose marks follow the checks (the preview) follows them again after a clear
      this.set({ paintedSheets: [...painted], marksFollow: this.markOnCheck });
      if (this.protectedNotice(locked)) return;
      const count = markedCells({ ops });
      this.set({
        notice:
          count > 0
            ? { intent: 'success', text: this.t('pane.result.painted', { count }) }
            : { intent: 'info', text: this.t('pane.result.nothing-to-paint') },
      });
    }) as Promise<void>;
  }

  /** "清除标记": restores every painted cell from the workbook's record. */
  clear(): Promise<void> {
    return this.run(async () => {
      const result = await this.host.clearMarks();
      this.lastPatch.clear();
      // cleared on purpose: the marks stay off (also through later checks) until the user marks again
      this.set({ paintedSheets: [...new Set(result.protectedSheets)], marksFollow: false });
      if (this.protectedNotice(result.protectedSheets)) return;
      if (result.leftAlone.length > 0) {
        const cells = result.leftAlone.map((c) => `${c.sheet}!${c.cell}`).join('、');
        this.set({
          notice: {
            intent: 'info',
            text: this.t('pane.result.cleared-left-alone', { count: result.leftAlone.length, cells }),
          },
        });
        return;
      }
      this.set({ notice: { intent: 'success', text: this.t('pane.result.cleared') } });
    }) as Promise<void>;
  }

  /** The completion write plan of what is shown now. */
  private plan(): WritePlan {
    return fillPlan(this.forms(), this.snapshots(), {
      statusColumn: this.state.settings.writeStatusColumn,
      lang: this.host.lang,
      rounding: this.state.settings.scoring.rounding,
    });
  }

  /**
   * "填写完成情况": shows what it would write and on what basis; nothing is written before
   * `confirmFill()`. Cells holding the user's text are written only when `setFillOverwrite(true)`.
   */
  fill(): void {
    const plan = this.plan();
    if (isEmptyPlan(plan)) {
      this.set({ fill: null, notice: { intent: 'info', text: this.t('pane.result.nothing-to-fill') } });
      return;
    }
    this.set({ fill: { plan, overwrite: false }, notice: null });
  }

  /** The plan's "覆盖这些单元格" choice. */
  setFillOverwrite(overwrite: boolean): void {
    if (this.state.fill) this.set({ fill: { ...this.state.fill, overwrite } });
  }

  /** Writes the plan as shown: its empty cells (still only if empty), and the others only if the user chose so. */
  confirmFill(): Promise<void> {
    const pending = this.state.fill;
    if (!pending) return Promise.resolve();
    this.set({ fill: null });
    return this.run(async () => {
      // one write, one undo step: the empty cells (still only if empty) and the filled ones the user chose to replace
      const over = pending.overwrite
        ? plannedWrites(pending.plan, 'overwrites').map((w) => ({ ...w, overwrite: true }))
        : [];
      const result = await this.host.writeCells([...plannedWrites(pending.plan, 'writes'), ...over], {
        onlyIfEmpty: true,
      });
      const { written, skipped } = result;
      const locked = result.protectedSheets ?? [];
      for (const sheet of new Set(written.map((w) => w.sheet))) await this.refreshSheet(sheet);
      if (written.length === 0 && skipped.length === 0 && this.protectedNotice(locked)) return;
      this.set({
        notice: { intent: 'success', text: this.t('pane.result.filled', { count: written.length }) },
        // a cell filled in between the plan and the write: kept, and offered as any other
        confirm: skipped.length > 0 ? { kind: 'overwrite', cells: skipped } : null,
      });
    }) as Promise<void>;
  }

  /** The user declined the plan: nothing is written. */
  cancelFill(): void {
    if (!this.state.fill) return;
    this.set({ fill: null, notice: { intent: 'info', text: this.t('pane.plan.cancelled') } });
  }

  /** The user confirmed the open confirmation. */
  confirm(): Promise<void> {
    const pending = this.state.confirm;
    if (!pending) return Promise.resolve();
    this.set({ confirm: null });
    switch (pending.kind) {
      case 'fix':
        return this.run(() => this.writeChanges([pending.change])) as Promise<void>;
      case 'fix-all':
        return this.run(() => this.writeChanges(pending.changes)) as Promise<void>;
      case 'overwrite':
        return this.run(async () => {
          const writes = pending.cells.map(({ sheet, cell, text }) => ({ sheet, cell, text }));
          const result = await this.host.writeCells(writes, { onlyIfEmpty: false });
          for (const sheet of new Set(writes.map((w) => w.sheet))) await this.refreshSheet(sheet);
          this.set({
            notice: { intent: 'success', text: this.t('pane.result.filled', { count: result.written.length }) },
          });
        }) as Promise<void>;
    }
  }

  /** The user declined the open confirmation: nothing is written. */
  cancel(): void {
    const pending = this.state.confirm;
    if (!pending) return;
    this.set({
      confirm: null,
      notice:
        pending.kind === 'overwrite'
          ? { intent: 'info', text: this.t('pane.result.kept', { count: pending.cells.length }) }
          : this.state.notice,
    });
  }

  dismissNotice(): void {
    this.set({ notice: null });
  }

  /** Saves the settings with the workbook and re-checks what is shown with them. */
  saveSettings(settings: WorkbookSettings): Promise<void> {
    return this.run(async () => {
      const normalized = normalizeSettings(settings);
      await this.host.saveSettings(normalized);
      this.set({ settings: normalized });
      for (const r of this.state.results) await this.refreshSheet(r.sheet);
      this.set({ notice: { intent: 'success', text: this.t('pane.result.settings-saved') } });
    }) as Promise<void>;
  }

  /** "插入标准模板": adds the sheet, then checks it. */
  insertTemplate(options: TemplateOptions): Promise<void> {
    return this.run(async () => {
      const sheet = await this.host.insertTemplate(options);
      if (this.state.scope === 'active') this.set({ results: [] });
      await this.refreshSheet(sheet);
      this.set({ notice: { intent: 'success', text: this.t('pane.result.template', { sheet }) } });
    }) as Promise<void>;
  }
}

function errorText(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
