import { Badge, Body1Strong, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { FormModel, IndicatorModel } from '../../core/model';
import type { CompletionStatus } from '../../core/types';
import { STATUS_MESSAGE } from '../../core/completion/write-plan';
import { GRADE_CODE, formatNumber, formatRatio } from '../state/format';
import { isSelfEvaluation } from '../state/view';
import { useLocale } from './i18n-context';

const STATUS_COLOR: Record<CompletionStatus, 'success' | 'danger' | 'warning' | 'informative' | 'subtle'> = {
  met: 'success',
  not_met: 'danger',
  partial: 'warning',
  pending: 'informative',
  invalid: 'danger',
  na: 'subtle',
};

const useStyles = makeStyles({
  // Excel's pane can be 320 px wide (issue #12): the indicator names wrap anywhere, the figures
  // stay on one line (a proposed weight is the number over a small 建议 mark), and should a long
  // figure still not fit, the table scrolls within its own box instead of being cut off
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  table: { width: '100%', borderCollapse: 'collapse', marginTop: tokens.spacingVerticalXS },
  th: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: '2px 3px',
    verticalAlign: 'bottom',
  },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 3px', verticalAlign: 'top' },
  rowHeader: { fontWeight: tokens.fontWeightRegular, textAlign: 'start', overflowWrap: 'anywhere', minWidth: '3em' },
  num: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  proposed: { display: 'block', whiteSpace: 'nowrap', color: tokens.colorNeutralForeground3 },
  totals: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    marginTop: tokens.spacingVerticalS,
  },
  form: { marginBottom: tokens.spacingVerticalL },
  // a row selects its cell in the sheet: the whole row is the click target, the name its keyboard stop
  row: { cursor: 'pointer', ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover } },
  name: {
    border: 'none',
    background: 'none',
    padding: 0,
    margin: 0,
    font: 'inherit',
    color: 'inherit',
    textAlign: 'start',
    cursor: 'pointer',
    overflowWrap: 'anywhere',
    ':hover': { textDecorationLine: 'underline' },
  },
});

/** The cell a completion row selects: its 实际完成值 (where the row is completed), else its target. */
function completionCell(i: IndicatorModel): string {
  return i.cells.actual ?? i.cell;
}

/**
 * Per row met / not met / partial / pending / invalid, the ratio and the score; totals and grade.
 * Clicking a row (or Enter on its name) selects its cell in the sheet.
 */
export function Completion({
  forms,
  onSelect,
}: {
  forms: FormModel[];
  onSelect?: (sheet: string, cell: string) => void;
}) {
  const { t, lang } = useLocale();
  const styles = useStyles();
  const selfEvaluations = forms.filter(isSelfEvaluation);
  if (selfEvaluations.length === 0) return <p>{t('pane.completion.none')}</p>;
  const dash = t('pane.completion.dash');
  const num = (n: number | null) => (n === null ? dash : formatNumber(n, lang));
  return (
    <div>
      {selfEvaluations.map((form) => {
        const score = form.score;
        return (
          <section
            key={`${form.sheet}!${form.range}`}
            className={styles.form}
            aria-label={form.project.name ?? t('pane.summary.unnamed')}
          >
            <Subtitle2 as="h3">{form.project.name ?? t('pane.summary.unnamed')}</Subtitle2>
            <Caption1 as="p">{t('pane.completion.counts', { ...form.counts.completion })}</Caption1>
            <div className={styles.scroller}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th className={styles.th} scope="col">
                      {t('pane.completion.indicator')}
                    </th>
                    <th className={styles.th} scope="col">
                      {t('pane.completion.status')}
                    </th>
                    <th className={styles.th} scope="col">
                      {t('pane.completion.ratio')}
                    </th>
                    <th className={styles.th} scope="col">
                      {t('pane.completion.weight')}
                    </th>
                    <th className={styles.th} scope="col">
                      {t('pane.completion.score')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {form.indicators.map((i) => {
                    const c = i.completion;
                    const cell = completionCell(i);
                    const select = onSelect ? () => onSelect(i.sheet, cell) : undefined;
                    return (
                      <tr
                        key={i.row}
                        data-row={i.row}
                        data-cell={cell}
                        data-status={c?.status ?? ''}
                        className={select ? styles.row : undefined}
                        onClick={select}
                      >
                        <th className={`${styles.td} ${styles.rowHeader}`} scope="row">
                          {select ? (
                            <button
                              type="button"
                              className={styles.name}
                              title={t('pane.select-cell', { cell })}
                              onClick={(e) => {
                                e.stopPropagation();
                                select();
                              }}
                            >
                              {i.level3}
                            </button>
                          ) : (
                            i.level3
                          )}
                        </th>
                        <td className={styles.td}>
                          {c?.status ? (
                            <Badge appearance="tint" color={STATUS_COLOR[c.status]}>
                              {t(STATUS_MESSAGE[c.status])}
                            </Badge>
                          ) : (
                            dash
                          )}
                        </td>
                        <td className={`${styles.td} ${styles.num}`}>
                          {c && c.ratio !== null ? formatRatio(c.ratio, lang) : dash}
                        </td>
                        <td className={`${styles.td} ${styles.num}`}>
                          {c && c.weight !== null ? (
                            c.weightProposed ? (
                              <span
                                title={t('pane.completion.proposed', { weight: formatNumber(c.weight, lang) })}
                                data-proposed=""
                              >
                                {formatNumber(c.weight, lang)}
                                <Caption1 className={styles.proposed}>{t('pane.completion.proposed-mark')}</Caption1>
                              </span>
                            ) : (
                              formatNumber(c.weight, lang)
                            )
                          ) : (
                            dash
                          )}
                        </td>
                        <td className={`${styles.td} ${styles.num}`}>{num(c ? c.score : null)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {score && (
              <div className={styles.totals} data-totals="">
                {score.budget && (
                  <span data-budget="">
                    {t('pane.completion.budget', {
                      rate: score.budget.rate === null ? dash : formatRatio(score.budget.rate, lang),
                      weight: formatNumber(score.budget.weight, lang),
                      score: num(score.budget.score),
                    })}
                  </span>
                )}
                <Body1Strong data-total="">{t('pane.completion.total', { total: num(score.total) })}</Body1Strong>
                {score.grade && (
                  <Body1Strong data-grade={score.grade}>
                    {t('pane.completion.grade', { grade: t(GRADE_CODE[score.grade]) })}
                  </Body1Strong>
                )}
                {!score.complete && <Caption1>{t('pane.completion.incomplete')}</Caption1>}
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
