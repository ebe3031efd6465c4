import * as React from 'react';
import { Badge, Button, Caption1, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { formatFindingValue } from '../core/report';
import type { Finding } from '../core/rules/types';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '4px',
    padding: '8px 0',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', alignItems: 'center', columnGap: '8px' },
  values: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', columnGap: '4px' },
});

const SEVERITY: Record<Finding['severity'], { label: string; color: 'danger' | 'warning' | 'informative' }> = {
  error: { label: 'Galat', color: 'danger' },
  warning: { label: 'Peringatan', color: 'warning' },
  info: { label: 'Catatan', color: 'informative' },
};

export interface FindingItemProps {
  finding: Finding;
  ignored: boolean;
  onGoTo(finding: Finding, withRelated: boolean): void;
  onIgnore(finding: Finding, ignore: boolean): void;
}

export function FindingItem({ finding, ignored, onGoTo, onIgnore }: FindingItemProps): React.ReactElement {
  const styles = useStyles();
  const sev = SEVERITY[finding.severity];
  return (
    <div className={styles.item} data-testid="temuan" data-cell={`${finding.sheet}!${finding.cell}`}>
      <div className={styles.head}>
        <Badge appearance="filled" color={sev.color}>
          {sev.label}
        </Badge>
        <Link onClick={() => onGoTo(finding, false)} aria-label={`Buka sel ${finding.cell} di lembar ${finding.sheet}`}>
          {finding.cell}
        </Link>
      </div>
      <Text>{finding.message}</Text>
      <Caption1 className={styles.values}>
        Diharapkan: <strong>{formatFindingValue(finding.expected)}</strong> · Tertulis: <strong>{formatFindingValue(finding.actual)}</strong>
      </Caption1>
      <div className={styles.actions}>
        {finding.related.length > 0 && (
          <Button size="small" appearance="subtle" onClick={() => onGoTo(finding, true)}>
            Sel terkait ({finding.related.length})
          </Button>
        )}
        <Button size="small" appearance="subtle" onClick={() => onIgnore(finding, !ignored)}>
          {ignored ? 'Tampilkan lagi' : 'Abaikan'}
        </Button>
      </div>
    </div>
  );
}
