/**
 * "插入标准模板": the choice of form and year (loaded lazily: only needed when opened).
 */
import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { TemplateLayout, TemplateOptions } from '../../core/template';
import type { PaneCode } from '../i18n';
import { useLocale } from './i18n-context';

const LAYOUTS: { layout: TemplateLayout; code: PaneCode }[] = [
  { layout: 'declaration', code: 'pane.template.declaration' },
  { layout: 'self-evaluation', code: 'pane.template.self-evaluation' },
  { layout: 'split', code: 'pane.template.split' },
];

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface TemplateDialogProps {
  open: boolean;
  defaultYear: number;
  onInsert: (options: TemplateOptions) => void;
  onClose: () => void;
}

function parseYear(text: string): number | null {
  if (!/^\d{4}$/.test(text.trim())) return null;
  const y = Number(text.trim());
  return y >= 2000 && y <= 2100 ? y : null;
}

export default function TemplateDialog({ open, defaultYear, onInsert, onClose }: TemplateDialogProps) {
  const { t } = useLocale();
  const styles = useStyles();
  const [layout, setLayout] = useState<TemplateLayout>('declaration');
  const [yearText, setYearText] = useState(String(defaultYear));
  const year = parseYear(yearText);
  return (
    <Dialog open={open} onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (year !== null) onInsert({ layout, year });
          }}
        >
          <DialogBody>
            <DialogTitle>{t('pane.template.title')}</DialogTitle>
            <DialogContent className={styles.content}>
              <Field label={t('pane.template.layout')}>
                <RadioGroup value={layout} onChange={(_, d) => setLayout(d.value as TemplateLayout)}>
                  {LAYOUTS.map((l) => (
                    <Radio key={l.layout} value={l.layout} label={t(l.code)} />
                  ))}
                </RadioGroup>
              </Field>
              <Field
                label={t('pane.template.year')}
                validationState={year === null ? 'error' : 'none'}
                validationMessage={year === null ? t('pane.template.year-invalid') : undefined}
              >
                <Input inputMode="numeric" value={yearText} onChange={(_, d) => setYearText(d.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={year === null}>
                {t('pane.action.insert')}
              </Button>
              <Button onClick={onClose}>{t('pane.action.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
