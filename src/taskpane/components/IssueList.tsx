import { useRef, type KeyboardEvent } from 'react';
import { Button, Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Issue } from '../../core/types';
import { SEVERITY_GROUP_CODE } from '../state/format';
import { SEVERITIES, groupBySeverity, issueKey } from '../state/view';
import type { Change } from '../state/writes';
import { useLocale } from './i18n-context';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    borderLeft: `3px solid transparent`,
    marginBottom: tokens.spacingVerticalXXS,
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
  text: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
  plain: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, flexGrow: 1 },
  group: { marginTop: tokens.spacingVerticalS },
});

export interface IssueListProps {
  issues: Issue[];
  /** Show the sheet name with the cell (when several sheets are shown). */
  withSheet: boolean;
  busy: boolean;
  fixChange: (issue: Issue) => Change | null;
  onSelect: (issue: Issue) => void;
  onFix: (issue: Issue) => void;
}

/**
 * Issues grouped by severity. Each issue with a cell is a button (Tab / Enter, or the arrow keys
 * within the list) that selects its cell; an issue with a fix has a "修正" button beside it.
 */
export function IssueList({ issues, withSheet, busy, fixChange, onSelect, onFix }: IssueListProps) {
  const { t } = useLocale();
  const styles = useStyles();
  const root = useRef<HTMLDivElement>(null);
  if (issues.length === 0) return <p>{t('pane.issues.none')}</p>;
  const groups = groupBySeverity(issues);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    const items = Array.from(root.current?.querySelectorAll<HTMLElement>('[data-issue-item]') ?? []);
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (at < 0 || items.length === 0) return;
    const next =
      e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : e.key === 'ArrowDown' ? Math.min(at + 1, items.length - 1) : Math.max(at - 1, 0);
    e.preventDefault();
    items[next].focus();
  };

  return (
    <div ref={root} onKeyDown={onKeyDown}>
      <Caption1>{t('pane.issues.hint')}</Caption1>
      {SEVERITIES.filter((s) => groups[s].length > 0).map((severity) => {
        const headingId = `pane-issues-${severity}`;
        return (
          <section key={severity} className={styles.group} aria-labelledby={headingId} data-severity-group={severity}>
            <Subtitle2 as="h3" id={headingId}>
              {t(SEVERITY_GROUP_CODE[severity], { count: groups[severity].length })}
            </Subtitle2>
            <ul className={styles.list}>
              {groups[severity].map((issue, index) => {
                const where = issue.cell ? (withSheet ? `${issue.sheet}!${issue.cell}` : issue.cell) : t('pane.issue.whole-form');
                const change = fixChange(issue);
                const body = (
                  <span className={styles.text}>
                    <span>
                      <span className={styles.cell}>{where}</span> {issue.message}
                    </span>
                    {issue.suggestion !== null && <Caption1>{t('ui.suggestion', { text: issue.suggestion })}</Caption1>}
                  </span>
                );
                return (
                  <li key={issueKey(issue, index)} className={mergeClasses(styles.item, styles[severity])}>
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
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
