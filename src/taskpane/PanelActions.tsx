/** The buttons that end a pane form: its action (primary) and Batal. */
import * as React from 'react';
import { Button, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  actions: { display: 'flex', columnGap: '6px' },
});

export interface PanelActionsProps {
  label: string;
  /** The action cannot be taken now (besides while busy). */
  disabled: boolean;
  busy: boolean;
  onAction(): void;
  onCancel(): void;
}

export function PanelActions({ label, disabled, busy, onAction, onCancel }: PanelActionsProps): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.actions}>
      <Button appearance="primary" disabled={busy || disabled} onClick={onAction}>
        {label}
      </Button>
      <Button disabled={busy} onClick={onCancel}>
        Batal
      </Button>
    </div>
  );
}
