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

/** Related cells listed as text when the item cannot select them. */
const RELATED_SHOWN = 12;

export interface FindingItemProps {
  finding: Finding;
  ignored: boolean;
  /** Opens the cell; without it (the web checker, no workbook open) the address is plain text. */
  onGoTo?(finding: Finding, withRelated: boolean): void;
  /** Ignores the finding or shows it again; without it there is no such button. */
  onIgnore?(finding: Finding, ignore: boolean): void;
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
        {onGoTo ? (
          <Link onClick={() => onGoTo(finding, false)} aria-label={`Buka sel ${finding.cell} di lembar ${finding.sheet}`}>
            {finding.cell}
          </Link>
        ) : (
          <Text weight="semibold">{finding.cell}</Text>
        )}
      </div>
      <Text>{finding.message}</Text>
      <Caption1 className={styles.values}>
        Diharapkan: <strong>{formatFindingValue(finding.expected)}</strong> · Tertulis: <strong>{formatFindingValue(finding.actual)}</strong>
      </Caption1>
      {onGoTo || onIgnore ? (
        <div className={styles.actions}>
          {onGoTo && finding.related.length > 0 && (
            <Button size="small" appearance="subtle" onClick={() => onGoTo(finding, true)}>
              Sel terkait ({finding.related.length})
            </Button>
          )}
          {onIgnore && (
            <Button size="small" appearance="subtle" onClick={() => onIgnore(finding, !ignored)}>
              {ignored ? 'Tampilkan lagi' : 'Abaikan'}
            </Button>
          )}
        </div>
      ) : finding.related.length > 0 ? (
        <Caption1 className={styles.values}>
          Sel terkait: {finding.related.slice(0, RELATED_SHOWN).join(', ')}
          {finding.related.length > RELATED_SHOWN ? ` … (${finding.related.length} sel)` : ''}
        </Caption1>
      ) : null}
    </div>
  );
}
