/**
 * 填写完成情况's confirmation, inline in the pane (it fits Excel's 320-px pane like every other view):
 * per form the basis — the weights (filled 分值 or proposed, said so), the 预算执行率 score, the total
 * and the grade — then the empty cells it will write with their values, the cells it would overwrite
 * (only if ticked) and the user's own scores it keeps. Nothing is written before 写入; 取消 writes nothing.
 */
import { useEffect, useRef } from 'react';
import { Body1, Button, Caption1, Checkbox, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { FormWritePlan, PlanNote, PlannedCell } from '../../core/completion/write-plan';
import type { FillState } from '../state/controller';
import { GRADE_CODE, formatNumber, formatRatio } from '../state/format';
import { useLocale } from './i18n-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: {
    margin: 0,
    outlineStyle: 'none',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  basis: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  note: { margin: 0, color: tokens.colorPaletteDarkOrangeForeground1 },
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  table: { width: '100%', borderCollapse: 'collapse' },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXXS },
  th: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: '2px 3px',
    whiteSpace: 'nowrap',
    verticalAlign: 'bottom',
  },
  flush: { margin: 0 },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 3px', verticalAlign: 'top' },
  what: { overflowWrap: 'anywhere', minWidth: '3em' },
  num: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  proposed: { display: 'block', whiteSpace: 'nowrap', color: tokens.colorNeutralForeground3 },
  cellButton: {
    border: 'none',
    background: 'none',
    padding: 0,
    font: 'inherit',
    color: tokens.colorBrandForegroundLink,
    cursor: 'pointer',
    textDecorationLine: 'underline',
    whiteSpace: 'nowrap',
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface FillPlanProps {
  fill: FillState;
  withSheet: boolean;
  busy: boolean;
  onOverwrite: (overwrite: boolean) => void;
  onConfirm: () => void;
  onCancel: () => void;
  onSelect: (sheet: string, cell: string) => void;
}

export function FillPlan({ fill, withSheet, busy, onOverwrite, onConfirm, onCancel, onSelect }: FillPlanProps) {
  const { t } = useLocale();
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  // focus moves to the plan when it opens (a screen reader reads it from its title)
  useEffect(() => heading.current?.focus(), []);
  const { plan, overwrite } = fill;
  const writes = plan.forms.reduce((n, f) => n + f.writes.length, 0);
  const overwrites = plan.forms.reduce((n, f) => n + f.overwrites.length, 0);
  const count = writes + (overwrite ? overwrites : 0);
  return (
    <section className={styles.root} aria-labelledby="fill-plan-title" data-fill-plan="">
      <h2 id="fill-plan-title" tabIndex={-1} ref={heading} className={styles.heading}>
        {t('pane.plan.title')}
      </h2>
      <Body1 as="p" className={styles.flush}>
        {t('pane.plan.intro')}
      </Body1>
      {plan.forms.map((form) => (
        <FormPlan key={`${form.sheet}!${form.range}`} form={form} withSheet={withSheet} onSelect={onSelect} />
      ))}
      {overwrites > 0 && (
        <Checkbox
          checked={overwrite}
          onChange={(_, d) => onOverwrite(d.checked === true)}
          label={t('pane.action.overwrite')}
          data-plan-overwrite=""
        />
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onConfirm} disabled={busy || count === 0} data-plan-confirm="">
          {t('pane.plan.confirm', { count })}
        </Button>
        <Button onClick={onCancel} data-plan-cancel="">
          {t('pane.action.cancel')}
        </Button>
      </div>
    </section>
  );
}

function FormPlan({
  form,
  withSheet,
  onSelect,
}: {
  form: FormWritePlan;
  withSheet: boolean;
  onSelect: (sheet: string, cell: string) => void;
}) {
  const { t, lang } = useLocale();
  const styles = useStyles();
  const dash = t('pane.completion.dash');
  const num = (n: number | null) => (n === null ? dash : formatNumber(n, lang));
  const where = (c: { sheet: string; cell: string }) => (withSheet ? `${c.sheet}!${c.cell}` : c.cell);
  const { basis } = form;
  const weights = basis.weights;
  const weightLine =
    basis.weightSource === 'filled'
      ? t('pane.plan.weights.filled', { sum: num(basis.weightSum) })
      : basis.weightSource === 'proposed'
        ? t('pane.plan.weights.proposed', { sum: num(basis.weightSum) })
        : basis.weightSource === 'mixed'
          ? t('pane.plan.weights.mixed', {
              filled: weights.filter((w) => !w.proposed).length,
              proposed: weights.filter((w) => w.proposed).length,
            })
          : t('pane.plan.weights.none');

  const what = (c: PlannedCell): string => {
    switch (c.role) {
      case 'score':
        return c.label;
      case 'status':
        return t('pane.plan.role.status', { name: c.label });
      case 'status-header':
        return t('pane.plan.role.status-header');
      case 'budget-score':
        return t('pane.plan.role.budget-score');
      case 'total':
        return c.scope === 'indicators' ? t('pane.plan.role.total-indicators') : t('pane.plan.role.total');
    }
  };
  const noteText = (n: PlanNote): string => {
    switch (n.code) {
      case 'total-incomplete':
        return t('pane.plan.note.total-incomplete', {
          pending: n.pending,
          cell: where({ sheet: form.sheet, cell: n.cell }),
        });
      case 'total-mismatch':
        return t('pane.plan.note.total-mismatch', {
          cells: n.cells.join('、'),
          cell: where({ sheet: form.sheet, cell: n.cell }),
        });
      case 'no-total-cell':
        return t('pane.plan.note.no-total-cell');
      case 'merged':
        return t('pane.plan.note.merged', { cell: where({ sheet: form.sheet, cell: n.cell }) });
    }
  };
  const cellButton = (c: PlannedCell) => (
    <button
      type="button"
      className={styles.cellButton}
      title={t('pane.select-cell', { cell: where(c) })}
      onClick={() => onSelect(c.sheet, c.cell)}
    >
      {where(c)}
    </button>
  );

  return (
    <section className={styles.form} data-plan-form={form.sheet} aria-label={form.project ?? t('pane.summary.unnamed')}>
      <Subtitle2 as="h3" className={styles.flush}>
        {form.project ?? t('pane.summary.unnamed')}
      </Subtitle2>
      <Caption1 as="h4" className={styles.flush}>
        {t('pane.plan.basis')}
      </Caption1>
      <ul className={styles.basis} data-basis="">
        <li data-weights={basis.weightSource}>{weightLine}</li>
        {basis.budget && (
          <li data-budget="">
            {t('pane.plan.budget', {
              rate: basis.budget.rate === null ? dash : formatRatio(basis.budget.rate, lang),
              weight: basis.budget.proposed
                ? t('pane.completion.proposed', { weight: num(basis.budget.weight) })
                : num(basis.budget.weight),
              score: num(basis.budget.score),
            })}
          </li>
        )}
        <li data-total="">{t('pane.completion.total', { total: num(basis.total) })}</li>
        {basis.grade ? (
          <li data-grade={basis.grade}>{t('pane.completion.grade', { grade: t(GRADE_CODE[basis.grade]) })}</li>
        ) : (
          !basis.complete && <li data-incomplete="">{t('pane.completion.incomplete')}</li>
        )}
      </ul>
      {form.notes.map((n, i) => (
        <p key={i} className={styles.note} data-note={n.code}>
          {noteText(n)}
        </p>
      ))}
      {form.writes.length === 0 ? (
        <Body1 as="p">{t('pane.plan.no-writes')}</Body1>
      ) : (
        <div className={styles.scroller}>
          <table className={styles.table} data-plan-writes="">
            <caption className={styles.caption}>{t('pane.plan.writes', { count: form.writes.length })}</caption>
            <thead>
              <tr>
                <th className={styles.th} scope="col">
                  {t('pane.plan.col.cell')}
                </th>
                <th className={styles.th} scope="col">
                  {t('pane.plan.col.what')}
                </th>
                <th className={styles.th} scope="col">
                  {t('pane.completion.weight')}
                </th>
                <th className={styles.th} scope="col">
                  {t('pane.plan.col.value')}
                </th>
              </tr>
            </thead>
            <tbody>
              {form.writes.map((c) => (
                <tr key={c.cell} data-cell={c.cell} data-role={c.role}>
                  <td className={styles.td}>{cellButton(c)}</td>
                  <td className={`${styles.td} ${styles.what}`}>{what(c)}</td>
                  <td className={`${styles.td} ${styles.num}`}>
                    {c.weight === undefined ? (
                      ''
                    ) : c.proposed ? (
                      <span
                        data-proposed=""
                        title={t('pane.completion.proposed', { weight: formatNumber(c.weight, lang) })}
                      >
                        {formatNumber(c.weight, lang)}
                        <Caption1 className={styles.proposed}>{t('pane.completion.proposed-mark')}</Caption1>
                      </span>
                    ) : (
                      formatNumber(c.weight, lang)
                    )}
                  </td>
                  <td className={`${styles.td} ${c.value !== undefined ? styles.num : styles.what}`} data-value="">
                    {c.value !== undefined ? formatNumber(c.value, lang) : c.text}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {form.overwrites.length > 0 && (
        <div data-plan-overwrites="">
          <Body1 as="p">{t('pane.plan.overwrites', { count: form.overwrites.length })}</Body1>
          <ul className={styles.list}>
            {form.overwrites.map((c) => (
              <li key={c.cell} data-cell={c.cell}>
                {t('pane.change', { cell: where(c), before: c.current, after: c.text })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {form.kept.length > 0 && (
        <Caption1 as="p" data-plan-kept="">
          {t('pane.plan.kept', {
            count: form.kept.length,
            cells: form.kept.map((c) => `${where(c)} ${c.current}`).join('、'),
          })}
        </Caption1>
      )}
    </section>
  );
}
