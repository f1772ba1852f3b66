import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Confirmation } from '../state/controller';
import type { Change } from '../state/writes';
import { useLocale } from './i18n-context';

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalS} 0 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: '50vh',
    overflowY: 'auto',
  },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

export interface ConfirmDialogProps {
  confirm: Confirmation | null;
  withSheet: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The confirmations: a meaning-changing fix, the list of safe fixes, the filled cells to overwrite. */
export function ConfirmDialog({ confirm, withSheet, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useLocale();
  const styles = useStyles();
  const where = (c: { sheet: string; cell: string }) => (withSheet ? `${c.sheet}!${c.cell}` : c.cell);
  const changeLine = (c: Change) =>
    t('pane.change', {
      cell: where(c),
      before: c.before || t('pane.empty-cell'),
      after: c.after || t('pane.empty-cell'),
    });

  let title = '';
  let body: string[] = [];
  let lines: { key: string; text: string }[] = [];
  let confirmLabel = t('pane.action.apply');
  let cancelLabel = t('pane.action.cancel');
  if (confirm?.kind === 'fix') {
    title = t('pane.confirm.fix.title');
    body = [confirm.issue.message, t('pane.confirm.fix.body')];
    lines = [{ key: `${confirm.change.sheet}!${confirm.change.cell}`, text: changeLine(confirm.change) }];
  } else if (confirm?.kind === 'fix-all') {
    title = t('pane.confirm.fix-all.title');
    body = [t('pane.confirm.fix-all.body', { count: confirm.changes.length })];
    lines = confirm.changes.map((c) => ({ key: `${c.sheet}!${c.cell}`, text: changeLine(c) }));
    confirmLabel = t('pane.action.apply-fixes', { count: confirm.changes.length });
  } else if (confirm?.kind === 'overwrite') {
    title = t('pane.confirm.overwrite.title');
    body = [t('pane.confirm.overwrite.body', { count: confirm.cells.length })];
    lines = confirm.cells.map((c) => ({
      key: `${c.sheet}!${c.cell}`,
      text: t('pane.change', { cell: where(c), before: c.current || t('pane.empty-cell'), after: c.text }),
    }));
    confirmLabel = t('pane.action.overwrite');
    cancelLabel = t('pane.action.keep');
  }

  return (
    <Dialog open={confirm !== null} modalType="alert" onOpenChange={(_, d) => (d.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            {body.map((text, i) => (
              <p key={i}>{text}</p>
            ))}
            <ul className={styles.list} data-change-list="">
              {lines.map((l) => (
                <li key={l.key} className={styles.code}>
                  {l.text}
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {confirmLabel}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {cancelLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
