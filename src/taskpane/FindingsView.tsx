/**
 * The findings grouped as a planner reads them: one accordion item per sheet (those with errors
 * open), then each table with its kind, then each rule with its findings. Shared by the task pane
 * (App.tsx, where each finding leads to its cell) and the web checker (src/web/, read only).
 */
import * as React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { SheetGroup } from '../core/group';
import { findingKey } from '../core/ignore';
import { KINDS } from '../core/recognize/kinds';
import { ruleTitle } from '../core/rules/titles';
import type { Finding } from '../core/rules/types';
import { FindingItem } from './FindingItem';

const useStyles = makeStyles({
  table: { marginTop: '8px' },
  rule: { marginTop: '6px', color: tokens.colorNeutralForeground3 },
});

export interface FindingsViewProps {
  groups: SheetGroup[];
  /** Keys (findingKey) of the findings the planner ignored. */
  ignored?: ReadonlySet<string>;
  onGoTo?(finding: Finding, withRelated: boolean): void;
  onIgnore?(finding: Finding, ignore: boolean): void;
}

export function FindingsView({ groups, ignored, onGoTo, onIgnore }: FindingsViewProps): React.ReactElement {
  const styles = useStyles();
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.filter((g) => g.counts.error > 0).map((g) => g.sheet)}>
      {groups.map((g) => (
        <AccordionItem key={g.sheet} value={g.sheet}>
          <AccordionHeader>
            {g.sheet} — {g.counts.error} galat, {g.counts.warning} peringatan
          </AccordionHeader>
          <AccordionPanel>
            {g.tables.map((t, i) => (
              <section key={t.range ?? `lain-${i}`} className={styles.table}>
                <Subtitle2 as="h3">
                  {t.table ? `${KINDS.find((k) => k.kind === t.table!.kind)?.label ?? t.table.kind} ${t.range}${t.table.declared ? ' (ditandai)' : ''}` : 'Di luar tabel yang dikenali'}
                </Subtitle2>
                {t.table && (
                  <Caption1 block title={t.table.kind}>
                    {KINDS.find((k) => k.kind === t.table!.kind)?.description}
                  </Caption1>
                )}
                {t.rules.length === 0 && <Caption1 block>Tidak ada temuan.</Caption1>}
                {t.rules.map((r) => (
                  <div key={r.rule}>
                    <Caption1 block className={styles.rule} title={r.rule}>
                      {ruleTitle(r.rule)}
                    </Caption1>
                    {r.findings.map((f) => (
                      <FindingItem key={findingKey(f)} finding={f} ignored={!!ignored?.has(findingKey(f))} onGoTo={onGoTo} onIgnore={onIgnore} />
                    ))}
                  </div>
                ))}
              </section>
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
