import { Badge, Caption1, Subtitle2, Body1Strong, makeStyles, tokens } from '@fluentui/react-components';
import type { FormModel } from '../../core/model';
import type { Verdict } from '../../core/types';
import { VERDICT_CODE } from '../state/format';
import { hierarchyView } from '../state/view';
import { useLocale } from './i18n-context';

const VERDICT_COLOR: Record<Verdict, 'success' | 'warning' | 'danger'> = {
  ok: 'success',
  warning: 'warning',
  error: 'danger',
};

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, paddingLeft: tokens.spacingHorizontalM },
  top: { listStyle: 'none', margin: 0, padding: 0 },
  leaf: { display: 'flex', flexDirection: 'column', padding: `${tokens.spacingVerticalXXS} 0` },
  line: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', flexWrap: 'wrap' },
  target: { fontFamily: tokens.fontFamilyMonospace },
  problem: { color: tokens.colorPaletteRedForeground1 },
  form: { marginBottom: tokens.spacingVerticalM },
});

/** 一级 → 二级 → 三级 with each target and its verdict; hierarchy errors with the suggested name. */
export function Hierarchy({ forms }: { forms: FormModel[] }) {
  const { t } = useLocale();
  const styles = useStyles();
  return (
    <div>
      {forms.map((form) => {
        const view = hierarchyView(form);
        return (
          <section
            key={`${form.sheet}!${form.range}`}
            className={styles.form}
            aria-label={form.project.name ?? t('pane.summary.unnamed')}
          >
            <Subtitle2 as="h3">{form.project.name ?? t('pane.summary.unnamed')}</Subtitle2>
            {view.tree.length === 0 && <p>{t('pane.hierarchy.none')}</p>}
            <ul className={styles.top}>
              {view.tree.map((l1, i1) => (
                <li key={`${i1}-${l1.name}`} data-level1={l1.name}>
                  <Body1Strong>{l1.name || t('pane.hierarchy.unnamed')}</Body1Strong>
                  <ul className={styles.list}>
                    {l1.level2.map((l2, i2) => (
                      <li key={`${i2}-${l2.name}`} data-level2={l2.name}>
                        <Body1Strong>{l2.name || t('pane.hierarchy.unnamed')}</Body1Strong>
                        <ul className={styles.list}>
                          {l2.leaves.map(({ indicator, hierarchyIssues }) => (
                            <li key={indicator.row} className={styles.leaf} data-row={indicator.row}>
                              <span className={styles.line}>
                                <span>{indicator.level3 || t('pane.hierarchy.unnamed')}</span>
                                <span className={styles.target}>{indicator.targetText || t('pane.empty-cell')}</span>
                                <Badge
                                  appearance="tint"
                                  color={VERDICT_COLOR[indicator.verdict]}
                                  data-verdict={indicator.verdict}
                                >
                                  {t(VERDICT_CODE[indicator.verdict])}
                                </Badge>
                              </span>
                              {hierarchyIssues.map((issue, k) => (
                                <Caption1 key={k} className={styles.problem} data-hierarchy-issue={issue.code}>
                                  {issue.message}
                                  {issue.suggestion !== null &&
                                    ` — ${t('pane.hierarchy.suggested', { name: issue.suggestion })}`}
                                </Caption1>
                              ))}
                            </li>
                          ))}
                        </ul>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
            {view.other.length > 0 && (
              <>
                <Body1Strong as="h4">{t('pane.hierarchy.other')}</Body1Strong>
                <ul className={styles.top}>
                  {view.other.map((issue, k) => (
                    <li key={k} className={styles.problem} data-hierarchy-issue={issue.code}>
                      {issue.cell ? `${issue.cell} ` : ''}
                      {issue.message}
                      {issue.suggestion !== null && ` — ${t('pane.hierarchy.suggested', { name: issue.suggestion })}`}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
