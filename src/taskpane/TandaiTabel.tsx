/**
 * "Tandai tabel": the planner selects the header rows of a table the engine did not recognise, the
 * pane proposes its kind and the role of every column (from the core's proposeTable), the planner
 * corrects them, and the declaration is stored in the workbook; every check then uses it. Also the
 * list of marked tables, each removable.
 */
import * as React from 'react';
import { Button, Caption1, Field, Input, makeStyles, mergeClasses, Select, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { columnLetters, parseA1 } from '../core/address';
import { declarationFrom, ROLES, YEARLY_ROLES, type TableDeclaration, type TableProposal } from '../core/recognize/declared';
import { KINDS, kindSpec } from '../core/recognize/kinds';
import { ROLE_LABEL } from '../core/recognize/labels';
import type { ColumnRole, Role, TableKind } from '../core/recognize/types';
import type { PaneHost } from './host';
import { PanelActions } from './PanelActions';

/**
 * Column roles in the planner's words, as the CLI's explanations call them (the role ids appear only
 * in tooltips); here 'other' is a choice: leave the column out.
 */
export const ROLE_LABELS: Record<Role, string> = { ...ROLE_LABEL, other: 'abaikan kolom' };

/** A kind as planners know it: "Anggaran dan Realisasi Pendanaan (T-C.24)". */
export function kindLabel(kind: string): string {
  return KINDS.find((k) => k.kind === kind)?.label ?? kind;
}

/** A year as the form accepts it: a calendar year, or 1..10 for "Tahun ke-" tables. */
function parseYear(text: string): number | undefined {
  if (!/^\s*\d{1,4}\s*$/.test(text)) return undefined;
  const y = parseInt(text, 10);
  return (y >= 1 && y <= 10) || (y >= 1990 && y <= 2100) ? y : undefined;
}

function overlaps(a: TableDeclaration, b: TableDeclaration): boolean {
  if (a.sheet !== b.sheet) return false;
  const box = (d: TableDeclaration) => {
    const [p, q = p] = d.header.split(':');
    const s = parseA1(p);
    const e = parseA1(q);
    return { top: Math.min(s.row, e.row), bottom: Math.max(s.row, e.row), left: Math.min(s.col, e.col), right: Math.max(s.col, e.col) };
  };
  try {
    const x = box(a);
    const y = box(b);
    return x.top <= y.bottom && y.top <= x.bottom && x.left <= y.right && y.left <= x.right;
  } catch {
    return false;
  }
}

/** The list with `d` in it: it takes the place of a declaration over the same header cells. */
export function withDeclaration(list: TableDeclaration[], d: TableDeclaration): TableDeclaration[] {
  const at = list.findIndex((x) => overlaps(x, d));
  if (at < 0) return [...list, d];
  return list.map((x, i) => (i === at ? d : x)).filter((x, i) => i === at || !overlaps(x, d));
}

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: '8px', padding: '8px', border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: '4px' },
  column: { display: 'grid', gridTemplateColumns: '24px minmax(0, 1fr) 84px', columnGap: '6px', rowGap: '2px', alignItems: 'start' },
  // Controls take the width the pane gives them, not the width of their longest option.
  fill: { width: '100%', minWidth: 0, maxWidth: '100%' },
  wide: { gridColumn: 'span 2' },
  letter: { gridRow: 'span 2', paddingTop: '6px' },
  header: { gridColumn: '2 / span 2', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', color: tokens.colorNeutralForeground3 },
  missing: { color: tokens.colorPaletteRedForeground1 },
  list: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', rowGap: '4px' },
  item: { display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', columnGap: '6px' },
});

interface ColumnState {
  col: number;
  header: string;
  role: Role;
  year: string;
}

export interface TandaiTabelFormProps {
  proposal: TableProposal;
  /** A declaration already stored for these header rows: the form starts from it. */
  existing?: TableDeclaration;
  busy: boolean;
  onSave(declaration: TableDeclaration): void;
  onCancel(): void;
}

export function TandaiTabelForm({ proposal, existing, busy, onSave, onCancel }: TandaiTabelFormProps): React.ReactElement {
  const styles = useStyles();
  const [kind, setKind] = React.useState<TableKind | ''>(existing?.kind ?? proposal.kind ?? '');
  const [columns, setColumns] = React.useState<ColumnState[]>(() =>
    proposal.columns.map((c) => {
      const own = existing?.columns?.find((x) => x.column === columnLetters(c.col));
      const role = own?.role ?? c.role;
      const year = own ? own.year : c.year;
      return { col: c.col, header: c.header, role, year: year !== undefined ? String(year) : '' };
    }),
  );
  const edit = (col: number, patch: Partial<ColumnState>) => setColumns((cs) => cs.map((c) => (c.col === col ? { ...c, ...patch } : c)));

  const needsYear = (c: ColumnState) => YEARLY_ROLES.includes(c.role);
  const yearProblem = (c: ColumnState) =>
    !needsYear(c) ? undefined : c.year.trim() === '' ? 'Isi tahunnya' : parseYear(c.year) === undefined ? 'Tahun seperti 2026 (atau 1–5 untuk "Tahun ke-")' : undefined;
  const problems = [
    ...(kind === '' ? ['Pilih jenis tabel.'] : []),
    ...columns.filter(yearProblem).map((c) => `Kolom ${columnLetters(c.col)} (${ROLE_LABELS[c.role]}) perlu tahun.`),
  ];

  // What the chosen kind usually has and the columns do not: a hint, not a rule.
  let hint: string | undefined;
  if (kind !== '') {
    const spec = kindSpec(kind);
    const yearly = new Set(columns.filter((c) => needsYear(c) && parseYear(c.year) !== undefined).map((c) => c.role));
    const roles = new Set(columns.map((c) => c.role));
    const lacking = [
      ...spec.yearly.filter((r) => !yearly.has(r)).map((r) => `${ROLE_LABELS[r]} per tahun`),
      ...spec.needs.filter((alts) => !alts.some((r) => roles.has(r))).map((alts) => alts.map((r) => ROLE_LABELS[r]).join(' atau ')),
    ];
    if (lacking.length) hint = `Belum ada kolom ${lacking.join(', ')}; tanpa kolom itu pemeriksaannya lebih sedikit.`;
  }

  const save = () => {
    if (kind === '' || problems.length) return;
    const edited: ColumnRole[] = columns.map((c) => {
      const before = proposal.columns.find((p) => p.col === c.col)!;
      // A per-year role takes the year in the form; another role keeps the header's year only if the
      // planner left the role as the engine read it.
      const year = needsYear(c) ? parseYear(c.year) : c.role === before.role ? before.year : undefined;
      return { col: c.col, role: c.role, header: c.header, ...(year !== undefined ? { year } : {}) };
    });
    onSave(declarationFrom(proposal, kind, edited));
  };

  return (
    <section className={styles.panel} aria-label="Tandai tabel">
      <Subtitle2 as="h2">
        Tandai tabel: {proposal.sheet}!{proposal.header}
      </Subtitle2>
      <Caption1 block>
        Periksa jenis tabel dan peran setiap kolom yang dibaca dari baris judul terpilih, lalu simpan. Tanda ini disimpan di workbook dan dipakai setiap
        pemeriksaan.
      </Caption1>
      <Field className={styles.fill} label="Jenis tabel" validationState={kind === '' ? 'warning' : 'none'} validationMessage={kind === '' ? 'Tidak ada jenis yang cocok dengan judul kolomnya: pilih sendiri.' : undefined}>
        <Select className={styles.fill} value={kind} onChange={(_, d) => setKind(d.value as TableKind | '')}>
          {kind === '' && <option value="">— pilih jenis tabel —</option>}
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind} title={k.kind}>
              {k.label}
            </option>
          ))}
        </Select>
      </Field>
      {kind !== '' && (
        <Caption1 block>
          Isinya: {kindSpec(kind).description}.{hint ? ` ${hint}` : ''}
        </Caption1>
      )}
      <Text weight="semibold">Kolom</Text>
      {columns.map((c) => {
        const letter = columnLetters(c.col);
        const problem = yearProblem(c);
        return (
          <div key={c.col} className={styles.column} data-testid="kolom" data-column={letter}>
            <Text weight="semibold" className={styles.letter}>
              {letter}
            </Text>
            <Caption1 className={styles.header} title={c.header}>
              {c.header || '(tanpa judul)'}
            </Caption1>
            <Select className={needsYear(c) ? styles.fill : mergeClasses(styles.fill, styles.wide)} aria-label={`Peran kolom ${letter}`} title={c.role} value={c.role} onChange={(_, d) => edit(c.col, { role: d.value as Role })}>
              {ROLES.map((r) => (
                <option key={r} value={r} title={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </Select>
            {needsYear(c) && (
              <Field className={styles.fill} validationState={problem ? 'error' : 'none'} validationMessage={problem}>
                <Input
                  className={styles.fill}
                  type="number"
                  aria-label={`Tahun kolom ${letter}`}
                  placeholder="tahun"
                  value={c.year}
                  onChange={(_, d) => edit(c.col, { year: d.value })}
                />
              </Field>
            )}
          </div>
        );
      })}
      {problems.length > 0 && (
        <Caption1 block className={styles.missing} role="status">
          Belum dapat disimpan: {problems.join(' ')}
        </Caption1>
      )}
      <PanelActions label="Simpan dan periksa" disabled={problems.length > 0} busy={busy} onAction={save} onCancel={onCancel} />
    </section>
  );
}

function columnSummary(d: TableDeclaration): string | undefined {
  if (!d.columns?.length) return undefined;
  return `Kolom yang diatur: ${d.columns.map((c) => `${c.column} ${ROLE_LABELS[c.role] ?? c.role}${c.year !== undefined ? ` ${c.year}` : ''}`).join('; ')}`;
}

export interface DeclaredTablesProps {
  declarations: TableDeclaration[];
  busy: boolean;
  onRemove(index: number): void;
}

/** "Tabel yang ditandai": numbered as stored, so a problem line ("tanda tabel ke-2") points at its item. */
export function DeclaredTables({ declarations, busy, onRemove }: DeclaredTablesProps): React.ReactElement | null {
  const styles = useStyles();
  if (declarations.length === 0) return null;
  return (
    <section aria-label="Tabel yang ditandai">
      <Subtitle2 as="h2">Tabel yang ditandai</Subtitle2>
      <ol className={styles.list}>
        {declarations.map((d, i) => (
          <li key={`${i}:${d.sheet}!${d.header}`} data-testid="tabel-ditandai">
            <div className={styles.item}>
              <Text>
                {d.sheet}!{d.header} — <span title={d.kind}>{kindLabel(d.kind)}</span>
              </Text>
              <Button size="small" disabled={busy} onClick={() => onRemove(i)} aria-label={`Hapus tanda ${d.sheet}!${d.header}`}>
                Hapus
              </Button>
            </div>
            {columnSummary(d) && <Caption1 block>{columnSummary(d)}</Caption1>}
          </li>
        ))}
      </ol>
    </section>
  );
}

type Notify = (n: { intent: 'error' | 'warning' | 'success' | 'info'; title: string; text: string }) => void;

/**
 * The state of "Tandai tabel" for the pane: the proposal being edited and the stored declarations,
 * with the actions that read the selection, save (then check again) and remove.
 */
export function useTandaiTabel(host: PaneHost, run: (what: string, action: () => Promise<void>) => Promise<void>, recheck: () => Promise<void>, notify: Notify) {
  const [declared, setDeclared] = React.useState<TableDeclaration[]>(() => host.declaredTables());
  const [proposal, setProposal] = React.useState<TableProposal | undefined>();

  const store = async (next: TableDeclaration[], done: { title: string; text: string }) => {
    await host.setDeclaredTables(next);
    setDeclared(next);
    setProposal(undefined);
    try {
      await recheck();
      notify({ intent: 'success', ...done });
    } catch (e) {
      notify({ intent: 'warning', title: `${done.title}, tetapi pemeriksaan ulang gagal`, text: `${e instanceof Error ? e.message : String(e)}. Tekan "Periksa workbook" untuk mencoba lagi.` });
    }
  };

  return {
    declared,
    proposal,
    existing: proposal && declared.find((d) => d.sheet === proposal.sheet && d.header === proposal.header),
    mark: () =>
      run('Membaca baris judul terpilih', async () => {
        setProposal(undefined);
        const r = await host.proposeTable();
        if ('problem' in r) notify({ intent: 'warning', title: 'Pilihan tidak dapat ditandai', text: `${r.problem} Tidak ada yang disimpan.` });
        else setProposal(r.proposal);
      }),
    save: (d: TableDeclaration) =>
      run('Menyimpan tanda tabel', () =>
        store(withDeclaration(declared, d), {
          title: 'Tabel ditandai',
          text: `${d.sheet}!${d.header} disimpan di workbook sebagai tabel ${kindLabel(d.kind)}; pemeriksaan diulang dengan tanda ini.`,
        }),
      ),
    remove: (index: number) =>
      run('Menghapus tanda tabel', () => {
        const d = declared[index];
        return store(
          declared.filter((_, i) => i !== index),
          { title: 'Tanda tabel dihapus', text: `${d.sheet}!${d.header} tidak lagi ditandai; pemeriksaan diulang tanpa tanda ini.` },
        );
      }),
    cancel: () => setProposal(undefined),
  };
}
