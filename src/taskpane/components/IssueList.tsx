import { useRef, useState, type KeyboardEvent } from 'react';
import {
  Button,
  Caption1,
  Subtitle2,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { FormModel } from '../../core/model';
import type { Issue, Severity } from '../../core/types';
import type { PaneCode } from '../i18n';
import { SEVERITY_GROUP_CODE } from '../state/format';
import { issueLines, rowSpan, type IssueLine } from '../../core/issue-lines';
import { SEVERITIES, groupBySeverity, issueKey } from '../state/view';
import type { Change } from '../state/writes';
import { useLocale } from './i18n-context';
import { RuleDetails } from './RuleDetails';
import { FormFacts } from './Summary';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    borderLeft: `3px solid transparent`,
    marginBottom: tokens.spacingVerticalXXS,
    minWidth: 0,
    flexWrap: 'wrap',
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorderActive },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  issue: {
    flexGrow: 1,
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
  },
  text: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', minWidth: 0, overflowWrap: 'anywhere' },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
  plain: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, flexGrow: 1, minWidth: 0 },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, flexShrink: 0 },
  group: { marginTop: tokens.spacingVerticalS },
  heading: { margin: 0, minWidth: 0, maxWidth: '100%' },
  toggle: { paddingLeft: 0, paddingRight: 0, minWidth: 0, fontWeight: tokens.fontWeightSemibold },
  filter: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    marginTop: tokens.spacingVerticalXS,
  },
  form: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalXS,
  },
  formLine: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  formName: {
    minWidth: 0,
    maxWidth: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    paddingLeft: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  formBody: { paddingLeft: tokens.spacingHorizontalS },
  details: {
    flexBasis: '100%',
    minWidth: 0,
    overflowWrap: 'anywhere',
    margin: `0 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    padding: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  detailsText: { margin: 0 },
});

const FILTER_CODE: Record<Severity, PaneCode> = {
  error: 'pane.filter.error',
  warning: 'pane.filter.warning',
  info: 'pane.filter.info',
};

export interface IssueListProps {
  /** The forms shown; several forms are listed one line each, expanding to their issues. */
  forms: FormModel[];
  /** Show the sheet name with the cell (when several sheets are shown). */
  withSheet: boolean;
  busy: boolean;
  fixChange: (issue: Issue) => Change | null;
  onSelect: (issue: Issue) => void;
  onFix: (issue: Issue) => void;
}

const formKey = (form: FormModel) => `${form.sheet}!${form.range}`;

/** Errors first, then warnings, then forms with notes only (stable within each). */
function formRank(form: FormModel): number {
  const g = groupBySeverity(form.issues);
  return g.error.length > 0 ? 0 : g.warning.length > 0 ? 1 : 2;
}

/**
 * Issues grouped by severity, errors first; notes (提示) collapsed under one line with their count;
 * a filter by severity. With several forms, one line per form (its counts) that expands to its
 * issues; the first form with an error or a warning is open. Each issue with a cell is a button
 * (Tab / Enter, or the arrow keys within the list) that selects its cell; an issue with a fix has a
 * "修正" button beside it.
 */
export function IssueList({ forms, withSheet, busy, fixChange, onSelect, onFix }: IssueListProps) {
  const { t } = useLocale();
  const styles = useStyles();
  const root = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  /** Expanded sections: form keys, and `<form key>#info` for a form's notes. */
  const [expanded, setExpanded] = useState<ReadonlySet<string> | null>(null);

  const issues = forms.flatMap((f) => f.issues);
  if (issues.length === 0) return <p>{t('pane.issues.none')}</p>;
  const all = groupBySeverity(issues);
  const several = forms.length > 1;
  const ordered = several ? [...forms].sort((a, b) => formRank(a) - formRank(b)) : forms;
  const defaultOpen = ordered.find((f) => formRank(f) < 2) ?? ordered[0];
  const open = expanded ?? new Set([formKey(defaultOpen)]);
  const toggle = (key: string) =>
    setExpanded(() => {
      const next = new Set(open);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    const items = Array.from(root.current?.querySelectorAll<HTMLElement>('[data-issue-item]') ?? []);
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (at < 0 || items.length === 0) return;
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? items.length - 1
          : e.key === 'ArrowDown'
            ? Math.min(at + 1, items.length - 1)
            : Math.max(at - 1, 0);
    e.preventDefault();
    items[next].focus();
  };

  const renderIssue =
    (scope: string) =>
    ({ issue, rows }: IssueLine<Issue>, index: number) => {
      const detailsKey = `${scope}#details#${issueKey(issue, index)}`;
      const detailsOpen = open.has(detailsKey);
      const detailsId = `pane-details-${scope}-${issueKey(issue, index)}`.replace(
        /[^\w-]/g,
        (c) => `_${c.charCodeAt(0)}`,
      );
      const where = issue.cell ? (withSheet ? `${issue.sheet}!${issue.cell}` : issue.cell) : t('pane.issue.whole-form');
      const change = fixChange(issue);
      const body = (
        <span className={styles.text}>
          <span>
            <span className={styles.cell}>{where}</span> {issue.message}
          </span>
          {issue.suggestion !== null && <Caption1>{t('ui.suggestion', { text: issue.suggestion })}</Caption1>}
          {rows.length > 1 && (
            <Caption1 data-issue-rows="">
              {t('ui.issue.rows', { count: rows.length, rows: rowSpan(rows, t('ui.list-separator')) })}
            </Caption1>
          )}
        </span>
      );
      return (
        <li
          key={issueKey(issue, index)}
          className={mergeClasses(styles.item, styles[issue.severity])}
          data-code={issue.code}
        >
          {issue.cell ? (
            <Button
              appearance="subtle"
              className={styles.issue}
              data-issue-item=""
              data-cell={issue.cell}
              aria-label={t('pane.issue.label', { cell: where, message: issue.message })}
              onClick={() => onSelect(issue)}
            >
              {body}
            </Button>
          ) : (
            <div className={styles.plain}>{body}</div>
          )}
          <div className={styles.side}>
            <Button
              size="small"
              appearance="subtle"
              aria-expanded={detailsOpen}
              aria-controls={detailsOpen ? detailsId : undefined}
              aria-label={t('pane.issue.details-label', { cell: where })}
              data-details-toggle=""
              onClick={() => toggle(detailsKey)}
            >
              {t('pane.issue.details')}
            </Button>
            {change && (
              <Button
                size="small"
                disabled={busy}
                aria-label={t('pane.action.fix-label', {
                  cell: where,
                  before: change.before || t('pane.empty-cell'),
                  after: change.after,
                })}
                onClick={() => onFix(issue)}
              >
                {t('pane.action.fix')}
              </Button>
            )}
          </div>
          {detailsOpen && (
            <RuleDetails
              id={detailsId}
              code={issue.code}
              className={styles.details}
              textClassName={styles.detailsText}
            />
          )}
        </li>
      );
    };

  /** The severity groups of some issues; `scope` keeps ids and expanded keys apart per form. */
  const renderGroups = (list: Issue[], scope: string, idPrefix: string) => {
    const groups = groupBySeverity(list);
    const visible = SEVERITIES.filter((s) => shown[s] && groups[s].length > 0);
    if (visible.length === 0) return <p>{list.length === 0 ? t('pane.issues.none') : t('pane.issues.all-hidden')}</p>;
    return visible.map((severity) => {
      const headingId = `${idPrefix}-${severity}`;
      const heading = t(SEVERITY_GROUP_CODE[severity], { count: groups[severity].length });
      // notes are collapsed under their heading until asked for
      const collapsible = severity === 'info';
      const notesKey = `${scope}#info`;
      const isOpen = !collapsible || open.has(notesKey);
      return (
        <section key={severity} className={styles.group} aria-labelledby={headingId} data-severity-group={severity}>
          <Subtitle2 as="h3" className={styles.heading}>
            {collapsible ? (
              <Button
                id={headingId}
                appearance="transparent"
                className={styles.toggle}
                aria-expanded={isOpen}
                data-notes-toggle=""
                onClick={() => toggle(notesKey)}
              >
                {heading}
              </Button>
            ) : (
              <span id={headingId}>{heading}</span>
            )}
          </Subtitle2>
          {isOpen && <ul className={styles.list}>{issueLines(groups[severity]).map(renderIssue(scope))}</ul>}
        </section>
      );
    });
  };

  return (
    <div ref={root} onKeyDown={onKeyDown}>
      <Caption1>{t('pane.issues.hint')}</Caption1>
      <div className={styles.filter} role="group" aria-label={t('pane.filter.label')} data-severity-filter="">
        <Caption1>{t('pane.filter.label')}</Caption1>
        {SEVERITIES.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            checked={shown[s]}
            data-filter={s}
            onClick={() => setShown((prev) => ({ ...prev, [s]: !prev[s] }))}
          >
            {t(FILTER_CODE[s])} {all[s].length}
          </ToggleButton>
        ))}
      </div>
      {several
        ? ordered.map((form, i) => {
            const key = formKey(form);
            const g = groupBySeverity(form.issues);
            const isOpen = open.has(key);
            const nameId = `pane-form-${i}`;
            return (
              <section key={key} className={styles.form} aria-labelledby={nameId} data-form-issues={key}>
                <div className={styles.formLine}>
                  <Subtitle2 as="h3" className={styles.heading}>
                    <Button
                      id={nameId}
                      appearance="transparent"
                      className={styles.formName}
                      aria-expanded={isOpen}
                      data-form-toggle=""
                      onClick={() => toggle(key)}
                    >
                      {form.project.name ?? t('pane.summary.unnamed')}
                    </Button>
                  </Subtitle2>
                  <Caption1 data-form-counts="">
                    {t('pane.issues.form-counts', {
                      errors: g.error.length,
                      warnings: g.warning.length,
                      notes: g.info.length,
                    })}
                  </Caption1>
                </div>
                {isOpen && (
                  <div className={styles.formBody}>
                    <FormFacts form={form} />
                    {renderGroups(form.issues, key, `pane-issues-${i}`)}
                  </div>
                )}
              </section>
            );
          })
        : renderGroups(issues, forms.length === 1 ? formKey(forms[0]) : '', 'pane-issues')}
    </div>
  );
}
