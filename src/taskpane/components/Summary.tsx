import { Badge, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { FormModel } from '../../core/model';
import { LAYOUT_CODE, formatYuan } from '../state/format';
import { useLocale } from './i18n-context';

const useStyles = makeStyles({
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalS,
  },
  list: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere', minWidth: 0 },
  counts: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** A form's facts: funds (yuan), layout, range, indicator / error / warning counts. */
export function FormFacts({ form }: { form: FormModel }) {
  const { t, lang } = useLocale();
  const styles = useStyles();
  const funds = form.project.totalFunds;
  return (
    <dl className={styles.list}>
      <dt className={styles.term}>{t('pane.summary.funds')}</dt>
      <dd className={styles.value} data-field="funds">
        {funds === null
          ? t('pane.summary.no-funds')
          : t('pane.summary.funds-value', { amount: formatYuan(funds, lang) })}
      </dd>
      <dt className={styles.term}>{t('pane.summary.layout')}</dt>
      <dd className={styles.value} data-field="layout">
        {t(LAYOUT_CODE[form.layout])}
      </dd>
      <dt className={styles.term}>{t('pane.summary.range')}</dt>
      <dd className={styles.value}>
        <Caption1>{`${form.sheet}!${form.range}`}</Caption1>
      </dd>
      <dt className={styles.term}>{t('pane.summary.indicators')}</dt>
      <dd className={styles.value} data-field="indicators">
        {form.counts.indicators}
      </dd>
      <dt className={styles.term}>{t('pane.summary.errors')}</dt>
      <dd className={styles.value} data-field="errors">
        <Badge appearance="tint" color={form.counts.errors > 0 ? 'danger' : 'success'}>
          {String(form.counts.errors)}
        </Badge>
      </dd>
      <dt className={styles.term}>{t('pane.summary.warnings')}</dt>
      <dd className={styles.value} data-field="warnings">
        <Badge appearance="tint" color={form.counts.warnings > 0 ? 'warning' : 'success'}>
          {String(form.counts.warnings)}
        </Badge>
      </dd>
    </dl>
  );
}

/**
 * One form: a card with its project and facts. Several forms: one line of totals (each form's line,
 * which expands to its facts and issues, is in the issue list) — not a card per form before the
 * first issue.
 */
export function Summary({ forms }: { forms: FormModel[] }) {
  const { t } = useLocale();
  const styles = useStyles();
  if (forms.length > 1) {
    const sum = (f: (form: FormModel) => number) => forms.reduce((n, form) => n + f(form), 0);
    return (
      <section aria-label={t('pane.summary.title')}>
        <p className={styles.value} data-forms-total="">
          {t('pane.summary.forms', {
            count: forms.length,
            errors: sum((f) => f.counts.errors),
            warnings: sum((f) => f.counts.warnings),
          })}
        </p>
      </section>
    );
  }
  return (
    <section aria-label={t('pane.summary.title')}>
      {forms.map((form) => (
        <article key={`${form.sheet}!${form.range}`} className={styles.card} data-form={`${form.sheet}!${form.range}`}>
          <Subtitle2 as="h3">{form.project.name ?? t('pane.summary.unnamed')}</Subtitle2>
          <FormFacts form={form} />
        </article>
      ))}
    </section>
  );
}
