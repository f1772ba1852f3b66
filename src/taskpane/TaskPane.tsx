/**
 * The task pane: one component for the Excel add-in and the browser preview. It touches the
 * workbook only through the WorkbookHost it is given; all state lives in PaneController.
 */
import { Suspense, lazy, useMemo, useState } from 'react';
import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { savedSettingsDifferences } from '../core/settings-store';
import type { WorkbookHost } from '../host/types';
import { translator } from './i18n';
import { usePane } from './use-pane';
import type { PaneController, PaneState, Scope } from './state/controller';
import { fixChange } from './state/writes';
import { isSelfEvaluation } from './state/view';
import { LocaleContext, useLocale } from './components/i18n-context';
import { Summary } from './components/Summary';
import { IssueList } from './components/IssueList';
import { Hierarchy } from './components/Hierarchy';
import { Completion } from './components/Completion';
import { ConfirmDialog } from './components/ConfirmDialog';
import { FillPlan } from './components/FillPlan';

// needed only when opened: split out of the initial bundle
const SettingsPanel = lazy(() => import('./components/SettingsPanel'));
const TemplateDialog = lazy(() => import('./components/TemplateDialog'));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  scope: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  panel: { paddingTop: tokens.spacingVerticalS },
  limitation: { display: 'block' },
});

export interface TaskPaneProps {
  host: WorkbookHost;
  /** Quiet period of the live check (ms); tests and hosts may shorten it. */
  liveDelayMs?: number;
  /**
   * Paint the issues as soon as a sheet is checked and keep the marks current (the preview, whose
   * workbook is the page's own copy). Excel paints on request.
   */
  markOnCheck?: boolean;
}

export function TaskPane({ host, liveDelayMs, markOnCheck }: TaskPaneProps) {
  const locale = useMemo(() => ({ lang: host.lang, t: translator(host.lang) }), [host.lang]);
  return (
    <FluentProvider theme={webLightTheme} lang={host.lang === 'zh' ? 'zh-CN' : 'en'}>
      <LocaleContext.Provider value={locale}>
        <PaneBody host={host} liveDelayMs={liveDelayMs} markOnCheck={markOnCheck} />
      </LocaleContext.Provider>
    </FluentProvider>
  );
}

type TabValue = 'issues' | 'hierarchy' | 'completion';

function PaneBody({ host, liveDelayMs, markOnCheck }: TaskPaneProps) {
  const { t } = useLocale();
  const styles = useStyles();
  const { controller, state } = usePane(host, { liveDelayMs, markOnCheck });
  const [tab, setTab] = useState<TabValue>('issues');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [templateOpen, setTemplateOpen] = useState(false);
  const [templateLoaded, setTemplateLoaded] = useState(false);

  const limitations = [...host.capabilities.limitations];
  if (!host.capabilities.notes) limitations.unshift(t('pane.notes-unavailable'));

  return (
    <main className={styles.root} aria-busy={state?.busy ?? true}>
      <header className={styles.header}>
        <Title3 as="h1">{t('pane.title')}</Title3>
        {state?.busy && <Spinner size="tiny" aria-label={t('pane.busy')} />}
      </header>

      {limitations.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-limitations="">
          <MessageBarBody>
            <MessageBarTitle>{t('pane.limitations.title')}</MessageBarTitle>
            {limitations.map((line, i) => (
              <span key={i} className={styles.limitation}>
                {line}
              </span>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}

      {controller && state && (
        <Toolbar
          controller={controller}
          state={state}
          onSettings={() => setSettingsOpen(true)}
          onTemplate={() => {
            setTemplateLoaded(true);
            setTemplateOpen(true);
          }}
        />
      )}
      {state && !settingsOpen && <SavedSettingsLine settings={state.settings} />}

      <div role="status" aria-live="polite">
        {state?.notice && (
          <MessageBar intent={state.notice.intent} data-notice={state.notice.intent}>
            <MessageBarBody>{state.notice.text}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" size="small" onClick={() => controller?.dismissNotice()}>
                  {t('pane.action.dismiss')}
                </Button>
              }
            />
          </MessageBar>
        )}
        {state?.failedSheets.map((f) => (
          <MessageBar key={f.sheet} intent="warning" data-failed-sheet={f.sheet}>
            <MessageBarBody>{f.text}</MessageBarBody>
          </MessageBar>
        ))}
      </div>

      {!state || !controller || state.phase === 'loading' ? (
        <Spinner label={t('pane.loading')} />
      ) : settingsOpen ? (
        <Suspense fallback={<Spinner size="small" />}>
          <SettingsPanel
            settings={state.settings}
            busy={state.busy}
            onSave={(s) => {
              void controller.saveSettings(s).then(() => setSettingsOpen(false));
            }}
            onClose={() => setSettingsOpen(false)}
          />
        </Suspense>
      ) : state.fill ? (
        <FillPlan
          fill={state.fill}
          withSheet={state.results.length > 1}
          busy={state.busy}
          onOverwrite={(on) => controller.setFillOverwrite(on)}
          onConfirm={() => void controller.confirmFill()}
          onCancel={() => controller.cancelFill()}
          onSelect={(sheet, cell) => void controller.selectCell(sheet, cell)}
        />
      ) : (
        <Results controller={controller} state={state} tab={tab} onTab={setTab} />
      )}

      {controller && state && (
        <ConfirmDialog
          confirm={state.confirm}
          withSheet={state.results.length > 1}
          onConfirm={() => void controller.confirm()}
          onCancel={() => controller.cancel()}
        />
      )}

      {templateLoaded && controller && (
        <Suspense fallback={null}>
          <TemplateDialog
            open={templateOpen}
            defaultYear={new Date().getFullYear()}
            onInsert={(options) => {
              setTemplateOpen(false);
              void controller.insertTemplate(options);
            }}
            onClose={() => setTemplateOpen(false)}
          />
        </Suspense>
      )}
    </main>
  );
}

function Toolbar({
  controller,
  state,
  onSettings,
  onTemplate,
}: {
  controller: PaneController;
  state: PaneState;
  onSettings: () => void;
  onTemplate: () => void;
}) {
  const { t } = useLocale();
  const styles = useStyles();
  const disabled = state.busy || state.phase === 'loading';
  const hasSelfEvaluation = state.results.some((r) => r.forms.some(isSelfEvaluation));
  // the controller is mutable: its safe fixes change when the results do
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const safeCount = useMemo(() => controller.safeFixes().length, [controller, state.results]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const markCount = useMemo(() => controller.markCount(), [controller, state.results]);
  return (
    <>
      <div className={styles.scope}>
        <label htmlFor="pane-scope">{t('pane.scope.label')}</label>
        <Select
          id="pane-scope"
          value={state.scope}
          disabled={disabled}
          onChange={(_, d) => void controller.setScope(d.value as Scope)}
        >
          <option value="active">{t('pane.scope.active')}</option>
          <option value="all">{t('pane.scope.all')}</option>
        </Select>
      </div>
      <div className={styles.actions} role="group" aria-label={t('pane.toolbar')}>
        <Button onClick={() => void controller.recheck()} disabled={disabled}>
          {t('pane.action.recheck')}
        </Button>
        <PaintButton
          count={markCount}
          follows={state.marksFollow}
          disabled={disabled}
          onPaint={() => void controller.paint()}
        />
        <Button onClick={() => void controller.clear()} disabled={disabled}>
          {t('pane.action.clear')}
        </Button>
        <Button onClick={() => controller.fixAll()} disabled={disabled || safeCount === 0}>
          {t('pane.action.fix-all-count', { count: safeCount })}
        </Button>
        {hasSelfEvaluation && (
          <Button onClick={() => controller.fill()} disabled={disabled || state.fill !== null}>
            {t('pane.action.fill')}
          </Button>
        )}
        <Button onClick={onTemplate} disabled={disabled}>
          {t('pane.action.template')}
        </Button>
        <Button onClick={onSettings} disabled={state.phase === 'loading'}>
          {t('pane.action.settings')}
        </Button>
      </div>
    </>
  );
}

/** 'one|other' entries of the catalog: the English form by the number (Chinese has one form). */
function plural(text: string, count: number): string {
  const forms = text.split('|');
  return forms.length > 1 && count !== 1 ? forms[1] : forms[0];
}

/**
 * "标记 N 个单元格": says how many cells it marks, and is disabled when there is nothing to mark. Where
 * the marks follow every check (the preview) they are already there: the button says how many are
 * shown and is disabled until "清除标记" takes them off.
 */
function PaintButton({
  count,
  follows,
  disabled,
  onPaint,
}: {
  count: number;
  follows: boolean;
  disabled: boolean;
  onPaint: () => void;
}) {
  const { t } = useLocale();
  const label =
    count === 0
      ? t('pane.action.paint-none')
      : plural(t(follows ? 'pane.action.marks-shown' : 'pane.action.paint-count', { count }), count);
  // a native title, not Fluent's Tooltip: the tooltip's positioning library would add ~14 KB (gzip) to the pane at start
  return (
    <Button
      appearance={follows ? 'secondary' : 'primary'}
      onClick={onPaint}
      disabled={disabled || count === 0 || follows}
      disabledFocusable={!disabled && follows && count > 0}
      title={t(follows ? 'pane.action.marks-shown-hint' : 'pane.action.paint-hint')}
      data-action="paint"
      data-mark-count={count}
      data-marks-follow={follows ? '' : undefined}
    >
      {label}
    </Button>
  );
}

function Results({
  controller,
  state,
  tab,
  onTab,
}: {
  controller: PaneController;
  state: PaneState;
  tab: TabValue;
  onTab: (tab: TabValue) => void;
}) {
  const { t } = useLocale();
  const styles = useStyles();
  const forms = state.results.flatMap((r) => r.forms);
  const empty = state.results.filter((r) => r.forms.length === 0);
  const hasSelfEvaluation = forms.some(isSelfEvaluation);
  const snapshots = useMemo(() => new Map(state.results.map((r) => [r.sheet, r.snapshot])), [state.results]);
  const current: TabValue = tab === 'completion' && !hasSelfEvaluation ? 'issues' : tab;

  return (
    <>
      {state.results.length === 0 && <p>{t('pane.no-sheets')}</p>}
      {empty.map((r) => (
        <p key={r.sheet} data-no-form={r.sheet}>
          {t('pane.no-form', { sheet: r.sheet })}
        </p>
      ))}
      {forms.length > 0 && (
        <>
          <Summary forms={forms} />
          <TabList
            selectedValue={current}
            onTabSelect={(_, d) => onTab(d.value as TabValue)}
            aria-label={t('pane.tabs')}
          >
            <Tab value="issues">{t('pane.tab.issues')}</Tab>
            <Tab value="hierarchy">{t('pane.tab.hierarchy')}</Tab>
            {hasSelfEvaluation && <Tab value="completion">{t('pane.tab.completion')}</Tab>}
          </TabList>
          <div role="tabpanel" className={styles.panel} aria-label={t(`pane.tab.${current}`)}>
            {current === 'issues' && (
              <IssueList
                forms={forms}
                withSheet={state.results.length > 1}
                busy={state.busy}
                fixChange={(issue) => fixChange(issue, snapshots)}
                onSelect={(issue) => void controller.select(issue)}
                onFix={(issue) => void controller.fix(issue)}
              />
            )}
            {current === 'hierarchy' && <Hierarchy forms={forms} />}
            {current === 'completion' && (
              <Completion forms={forms} onSelect={(sheet, cell) => void controller.selectCell(sheet, cell)} />
            )}
          </div>
        </>
      )}
    </>
  );
}

/**
 * Settings that differ from the defaults are said under the toolbar (接受评价类一级指标, 得分取舍：取整数 …): the
 * workbook may carry another unit's settings, and whoever reads the results should know which rules they follow.
 */
function SavedSettingsLine({ settings }: { settings: PaneState['settings'] }) {
  const { t, lang } = useLocale();
  const differences = savedSettingsDifferences(settings, lang);
  if (differences === null) return null;
  return (
    <Caption1 as="p" data-saved-settings="">
      {t('pane.settings.in-use', { settings: differences })}
    </Caption1>
  );
}
