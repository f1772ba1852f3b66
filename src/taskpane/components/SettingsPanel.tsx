/**
 * The scoring settings (loaded lazily: only needed when opened). Saved with the workbook.
 */
import { useState } from 'react';
import {
  Button,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle1,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { WorkbookSettings } from '../../host/types';
import type { ReverseScoring, Rounding } from '../../core/types';
import type { PaneCode } from '../i18n';
import { LOW_SATISFACTION_PERCENT, REVERSE_CHOICES, ROUNDING_CHOICES, checkOptionsOf } from '../../core/settings-store';
import { TIER_KEYS, parsePercent, parseTier, type TierKey } from '../state/settings';
import { useLocale } from './i18n-context';

const useStyles = makeStyles({
  // Excel's pane can be 320 px wide: nothing here may be wider than the pane (issue #12)
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  // a fieldset's min-inline-size is its min-content by default: without minWidth 0 it overflows
  fieldset: {
    minWidth: 0,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // as many columns as fit (three at 320 px), wrapping when narrower; tracks may shrink below the inputs' intrinsic width
  tiers: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 4.5em), 1fr))',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  tier: { minWidth: 0 },
  input: { width: '100%', minWidth: 0 },
  inputElement: { width: '100%', minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const REVERSE_CODE: Record<ReverseScoring, PaneCode> = {
  ratio: 'pane.settings.reverse.ratio',
  linear: 'pane.settings.reverse.linear',
};
const ROUNDING_CODE: Record<Rounding, PaneCode> = {
  'two-decimals': 'pane.settings.rounding.two-decimals',
  integer: 'pane.settings.rounding.integer',
  none: 'pane.settings.rounding.none',
};
const TIER_CODE: Record<TierKey, PaneCode> = {
  met: 'pane.settings.tier.met',
  partial: 'pane.settings.tier.partial',
  notMet: 'pane.settings.tier.notMet',
};

export interface SettingsPanelProps {
  settings: WorkbookSettings;
  busy: boolean;
  onSave: (settings: WorkbookSettings) => void;
  onClose: () => void;
}

export default function SettingsPanel({ settings, busy, onSave, onClose }: SettingsPanelProps) {
  const { t } = useLocale();
  const styles = useStyles();
  const [reverse, setReverse] = useState<ReverseScoring>(settings.scoring.reverseScoring);
  const [rounding, setRounding] = useState<Rounding>(settings.scoring.rounding);
  const [tiers, setTiers] = useState<Record<TierKey, string>>({
    met: String(settings.scoring.qualitativeTiers.met),
    partial: String(settings.scoring.qualitativeTiers.partial),
    notMet: String(settings.scoring.qualitativeTiers.notMet),
  });
  const [statusColumn, setStatusColumn] = useState(settings.writeStatusColumn);
  const [evaluationLevel1, setEvaluationLevel1] = useState(settings.acceptEvaluationLevel1 === true);
  const [missingUnitError, setMissingUnitError] = useState(settings.missingUnitError === true);
  const [floorText, setFloorText] = useState(String(checkOptionsOf(settings).lowSatisfactionPercent));
  const floor = parsePercent(floorText);
  const parsed = Object.fromEntries(TIER_KEYS.map((k) => [k, parseTier(tiers[k])])) as Record<TierKey, number | null>;
  const valid = TIER_KEYS.every((k) => parsed[k] !== null) && floor !== null;

  const save = () => {
    if (!valid) return;
    onSave({
      scoring: {
        ...settings.scoring,
        reverseScoring: reverse,
        rounding,
        qualitativeTiers: {
          met: parsed.met as number,
          partial: parsed.partial as number,
          notMet: parsed.notMet as number,
        },
      },
      writeStatusColumn: statusColumn,
      ...(evaluationLevel1 ? { acceptEvaluationLevel1: true } : {}),
      ...(missingUnitError ? { missingUnitError: true } : {}),
      ...(floor !== null && floor !== LOW_SATISFACTION_PERCENT ? { lowSatisfactionPercent: floor } : {}),
    });
  };

  return (
    <section aria-labelledby="pane-settings-title">
      <Subtitle1 as="h2" id="pane-settings-title">
        {t('pane.settings.title')}
      </Subtitle1>
      <Caption1 as="p">{t('pane.settings.saved-with-workbook')}</Caption1>
      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <Field label={t('pane.settings.reverse')}>
          <RadioGroup value={reverse} onChange={(_, d) => setReverse(d.value as ReverseScoring)}>
            {REVERSE_CHOICES.map((c) => (
              <Radio key={c} value={c} label={t(REVERSE_CODE[c])} />
            ))}
          </RadioGroup>
        </Field>
        <fieldset className={styles.fieldset}>
          <legend>{t('pane.settings.tiers')}</legend>
          <div className={styles.tiers}>
            {TIER_KEYS.map((k) => (
              <Field
                key={k}
                className={styles.tier}
                label={t(TIER_CODE[k])}
                validationState={parsed[k] === null ? 'error' : 'none'}
                validationMessage={parsed[k] === null ? t('pane.settings.tier-invalid') : undefined}
              >
                <Input
                  className={styles.input}
                  input={{ className: styles.inputElement }}
                  inputMode="decimal"
                  value={tiers[k]}
                  data-tier={k}
                  onChange={(_, d) => setTiers((prev) => ({ ...prev, [k]: d.value }))}
                />
              </Field>
            ))}
          </div>
        </fieldset>
        <Field label={t('pane.settings.rounding')}>
          <Select value={rounding} onChange={(_, d) => setRounding(d.value as Rounding)}>
            {ROUNDING_CHOICES.map((c) => (
              <option key={c} value={c}>
                {t(ROUNDING_CODE[c])}
              </option>
            ))}
          </Select>
        </Field>
        <Switch
          checked={statusColumn}
          label={t('pane.settings.status-column')}
          onChange={(_, d) => setStatusColumn(d.checked)}
        />
        <Field hint={t('pane.settings.evaluation-level1-hint')}>
          <Switch
            checked={evaluationLevel1}
            label={t('pane.settings.evaluation-level1')}
            data-setting="evaluation-level1"
            onChange={(_, d) => setEvaluationLevel1(d.checked)}
          />
        </Field>
        <Switch
          checked={missingUnitError}
          label={t('pane.settings.missing-unit-error')}
          onChange={(_, d) => setMissingUnitError(d.checked)}
        />
        <Field
          label={t('pane.settings.low-satisfaction')}
          validationState={floor === null ? 'error' : 'none'}
          validationMessage={floor === null ? t('pane.settings.percent-invalid') : undefined}
        >
          <Input
            className={styles.input}
            input={{ className: styles.inputElement }}
            inputMode="decimal"
            value={floorText}
            onChange={(_, d) => setFloorText(d.value)}
          />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={!valid || busy}>
            {t('pane.action.save')}
          </Button>
          <Button onClick={onClose}>{t('pane.action.back')}</Button>
        </div>
      </form>
    </section>
  );
}
