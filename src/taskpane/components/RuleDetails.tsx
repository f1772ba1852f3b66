import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { message } from '../../core/messages';
import type { RuleExample } from '../../core/rule-docs';
import { exampleCells, exampleFix, explainFinding, fixLine } from '../../core/rule-docs-explain';
import type { Lang } from '../../core/types';
import { useLocale } from './i18n-context';

const useStyles = makeStyles({
  name: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  part: { margin: `${tokens.spacingVerticalXXS} 0 0 0` },
  label: { fontWeight: tokens.fontWeightSemibold },
  examples: { margin: `${tokens.spacingVerticalXXS} 0 0 0`, paddingLeft: tokens.spacingHorizontalL },
  cells: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  where: { color: tokens.colorNeutralForeground3 },
});

function Example({ ex, lang }: { ex: RuleExample; lang: Lang }) {
  const styles = useStyles();
  const fix = exampleFix(ex, lang);
  return (
    <li data-example="">
      <span className={styles.cells}>{exampleCells(ex, lang)}</span>
      {ex.where && <span className={styles.where}>{message('explain.where', lang, { where: ex.where })}</span>}
      {fix !== null && <span data-example-fix="">{` → ${message('explain.fixed-to', lang, { text: fix })}`}</span>}
    </li>
  );
}

/**
 * 详情: what a finding means, inside the pane — the explanation `jixiao explain` gives too
 * (src/core/rule-docs-explain.ts): what the rule checks, why it matters, how to fix it, cases from the
 * rule's own test table that are reported and that pass, and the code, default severity and fix safety.
 */
export function RuleDetails({
  id,
  code,
  className,
  textClassName,
}: {
  id: string;
  code: string;
  className: string;
  textClassName: string;
}) {
  const { t, lang } = useLocale();
  const styles = useStyles();
  const e = explainFinding(code, lang);
  const part = (key: 'what' | 'why' | 'how', text: string | null) =>
    text && (
      <p className={styles.part} data-part={key}>
        <span className={styles.label}>
          {message('explain.line', lang, { label: message(`explain.${key}`, lang), text: '' })}
        </span>
        {text}
      </p>
    );
  const examples = (key: 'fails' | 'passes', list: RuleExample[]) =>
    list.length > 0 && (
      <div data-examples={key}>
        <p className={styles.part}>
          <span className={styles.label}>{message(`explain.${key}`, lang)}</span>
        </p>
        <ul className={styles.examples}>
          {list.map((ex, i) => (
            <Example key={i} ex={ex} lang={lang} />
          ))}
        </ul>
      </div>
    );
  return (
    <div id={id} className={className} role="region" aria-label={t('pane.details.title')} data-details={code}>
      <p className={styles.name} data-explanation="">
        {e.name}
      </p>
      {part('what', e.what)}
      {part('why', e.why)}
      {part('how', e.how)}
      {examples('fails', e.examples.invalid)}
      {examples('passes', e.examples.valid)}
      <Caption1 as="p" className={textClassName}>
        {t('pane.details.message', { text: e.message })}
      </Caption1>
      <Caption1 as="p" className={textClassName} data-details-meta="">
        {t('pane.details.code', { code: e.code })}
        {e.severity && ` · ${t('pane.details.severity', { severity: t(`ui.severity.${e.severity}`) })}`}
        {e.hasModule && ` · ${fixLine(e.fixable, lang)}`}
      </Caption1>
    </div>
  );
}
