/** "Isi kolom terhitung": a preview of the fill plan, then apply in one batch, and undo. */
import * as React from 'react';
import { Caption1, Checkbox, makeStyles, Radio, RadioGroup, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { FILL_KIND_LABEL, type FillCell, type FillMode } from '../core/fill/plan';
import { EXCEL_WORDING, type HostWording } from './host';
import { PanelActions } from './PanelActions';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: '8px', padding: '8px', border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: '4px' },
  list: { margin: 0, paddingLeft: '16px' },
});

function CellList({ cells, className, testId }: { cells: FillCell[]; className: string; testId?: string }): React.ReactElement {
  return (
    <ul className={className}>
      {cells.map((c) => (
        <li key={`${c.sheet}!${c.cell}`} data-testid={testId}>
          <Caption1>
            {c.sheet}!{c.cell} ({FILL_KIND_LABEL[c.kind]}): {c.reason}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}

export interface FillPanelProps {
  cells: FillCell[];
  mode: FillMode;
  overwrite: boolean;
  busy: boolean;
  onOptions(mode: FillMode, overwrite: boolean): void;
  onApply(cells: FillCell[]): void;
  onCancel(): void;
  wording?: HostWording;
}

export function FillPanel({ cells, mode, overwrite, busy, onOptions, onApply, onCancel, wording = EXCEL_WORDING }: FillPanelProps): React.ReactElement {
  const styles = useStyles();
  const toWrite = cells.filter((c) => c.status === 'isi' || (c.status === 'konflik' && overwrite));
  const conflicts = cells.filter((c) => c.status === 'konflik');
  const blocked = cells.filter((c) => c.status === 'terhalang');
  const same = cells.filter((c) => c.status === 'sama').length;
  const perTable = new Map<string, number>();
  for (const c of toWrite) perTable.set(`${c.sheet} — ${c.table}`, (perTable.get(`${c.sheet} — ${c.table}`) ?? 0) + 1);
  return (
    <section className={styles.panel} aria-label="Pratinjau pengisian kolom terhitung">
      <Subtitle2 as="h2">Pratinjau: {toWrite.length} sel akan diisi rumus</Subtitle2>
      <RadioGroup value={mode} onChange={(_, d) => onOptions(d.value as FillMode, overwrite)} aria-label="Jenis rumus">
        <Radio value="fungsi" label={`Fungsi add-in (${wording.functionExample})`} />
        <Radio value="portabel" label={`Rumus ${wording.app} biasa (berfungsi tanpa add-in)`} />
      </RadioGroup>
      <ul className={styles.list}>
        {[...perTable].map(([table, n]) => (
          <li key={table}>
            <Text>
              {table}: {n} sel
            </Text>
          </li>
        ))}
      </ul>
      {same > 0 && <Caption1 block>{same} sel sudah berisi rumusnya dan tidak diubah.</Caption1>}
      {conflicts.length > 0 && (
        <>
          <Checkbox checked={overwrite} onChange={(_, d) => onOptions(mode, !!d.checked)} label={`Timpa ${conflicts.length} konflik (nilai ketikan yang berbeda dari hasil hitung)`} />
          <Caption1 block>Konflik{overwrite ? ' — akan ditimpa' : ' — dibiarkan'}:</Caption1>
          <CellList cells={conflicts} className={styles.list} testId="konflik" />
        </>
      )}
      {blocked.length > 0 && (
        <>
          <Caption1 block>Tidak dapat diisi:</Caption1>
          <CellList cells={blocked} className={styles.list} />
        </>
      )}
      <PanelActions label="Terapkan" disabled={toWrite.length === 0} busy={busy} onAction={() => onApply(toWrite)} onCancel={onCancel} />
    </section>
  );
}
