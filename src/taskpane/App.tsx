/** The Renstra task pane: one click checks the whole workbook and leads to each cell to fix. */
import * as React from 'react';
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  Switch,
  Text,
  Title3,
} from '@fluentui/react-components';
import { groupFindings } from '../core/group';
import { findingKey, splitIgnored } from '../core/ignore';
import type { Finding } from '../core/rules/types';
import type { FillCell, FillMode } from '../core/fill/plan';
import { FillPanel } from './FillPanel';
import type { KerangkaChoices } from '../core/kerangka/catalog';
import type { KerangkaRequest } from '../core/kerangka/request';
import { KerangkaPanel } from './KerangkaPanel';
import { NoticeBar, type Notice } from './NoticeBar';
import { FindingsView } from './FindingsView';
import { DeclaredTables, TandaiTabelForm, useTandaiTabel } from './TandaiTabel';
import { EXCEL_WORDING, type CheckOutcome, type PaneHost } from './host';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '12px', padding: '12px' },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
});

type Status = { kind: 'idle' } | { kind: 'busy'; what: string; progress?: number } | { kind: 'done' };

function counts(findings: Finding[]): string {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return `${c.error} galat · ${c.warning} peringatan · ${c.info} catatan`;
}

function failure(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** What the pane does as soon as it opens: check, preview the fill, or check and write the report. */
export type StartAction = 'periksa' | 'isi' | 'laporan';

export function App({ host, autoCheck = false, start }: { host: PaneHost; autoCheck?: boolean; start?: StartAction }): React.ReactElement {
  const styles = useStyles();
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const [outcome, setOutcome] = React.useState<CheckOutcome | undefined>();
  const [ignored, setIgnored] = React.useState<string[]>(() => host.ignoredKeys());
  const [showIgnored, setShowIgnored] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice | undefined>();
  const [fill, setFill] = React.useState<{ cells: FillCell[]; mode: FillMode; overwrite: boolean } | undefined>();
  const [canUndo, setCanUndo] = React.useState(() => host.canUndoFill());
  const [kerangka, setKerangka] = React.useState<KerangkaChoices | undefined>();
  const busy = status.kind === 'busy';
  const words = host.wording ?? EXCEL_WORDING;

  const run = React.useCallback(
    async (what: string, action: () => Promise<void>) => {
      setNotice(undefined);
      setStatus({ kind: 'busy', what });
      try {
        await action();
      } catch (e) {
        setNotice({ intent: 'error', title: `${what} gagal`, text: `${failure(e)}. Tidak ada yang ditulis ke ${words.document}.` });
      } finally {
        setStatus({ kind: 'done' });
      }
    },
    [],
  );

  const recheck = React.useCallback(async () => {
    const result = await host.check((progress) => setStatus({ kind: 'busy', what: 'Membaca lembar kerja', progress }));
    setOutcome(result);
  }, [host]);
  const check = React.useCallback(() => run(`Memeriksa ${words.document}`, recheck), [run, recheck, words.document]);
  const tandai = useTandaiTabel(host, run, recheck, setNotice);


  const split = outcome ? splitIgnored(outcome.findings, ignored) : { visible: [], ignored: [] };
  const shown = showIgnored ? outcome?.findings ?? [] : split.visible;
  const groups = outcome ? groupFindings(outcome.tables, shown, outcome.sheetNames) : [];
  const ignoredSet = new Set(ignored);

  const toggleIgnore = async (f: Finding, ignore: boolean) => {
    const key = findingKey(f);
    const next = ignore ? [...new Set([...ignored, key])] : ignored.filter((k) => k !== key);
    setIgnored(next);
    try {
      await host.setIgnoredKeys(next);
    } catch (e) {
      setNotice({ intent: 'error', title: 'Pilihan abaikan tidak tersimpan', text: failure(e) });
    }
  };

  const planFill = (mode: FillMode, overwrite: boolean) =>
    run('Menyusun rencana pengisian', async () => {
      const cells = await host.planFill(mode, overwrite);
      setFill({ cells, mode, overwrite });
    });

  const report = async (findings: Finding[]) => {
    const sheet = await host.writeReport(findings);
    setNotice({ intent: 'success', title: 'Laporan ditulis', text: `Lembar "${sheet}" berisi ${findings.length} temuan dengan tautan ke selnya.` });
  };

  const first = start ?? (autoCheck ? 'periksa' : undefined);
  React.useEffect(() => {
    if (first === 'periksa') void check();
    else if (first === 'isi') void planFill('fungsi', false);
    else if (first === 'laporan')
      void run('Memeriksa lalu menulis laporan', async () => {
        const result = await host.check((progress) => setStatus({ kind: 'busy', what: 'Membaca lembar kerja', progress }));
        setOutcome(result);
        await report(splitIgnored(result.findings, ignored).visible);
      });
    // Once, when the pane opens (the pane is mounted afresh for each ribbon or menu command).
  }, []);

  const applyFill = (cells: FillCell[]) =>
    run('Mengisi kolom terhitung', async () => {
      const r = await host.applyFill(cells);
      setFill(undefined);
      setCanUndo(host.canUndoFill());
      setNotice({
        intent: r.protectedSheets.length ? 'warning' : 'success',
        title: `${r.written} sel diisi rumus`,
        text: `${r.protectedSheets.length ? `Lembar terkunci tidak diisi: ${r.protectedSheets.join(', ')}. ` : ''}${words.app} tidak dapat membatalkan tulisan add-in; pakai "Batalkan pengisian" untuk mengembalikan isi semula.`,
      });
    });

  const undo = () =>
    run('Membatalkan pengisian', async () => {
      const n = await host.undoFill();
      setCanUndo(host.canUndoFill());
      setNotice({ intent: 'success', title: 'Pengisian dibatalkan', text: `${n} sel kembali ke isi dan format semula.` });
    });

  const openKerangka = () =>
    run('Memuat nomenklatur 2027', async () => {
      setKerangka(await host.kerangka!.choices());
    });

  const createKerangka = (request: KerangkaRequest) =>
    run('Membuat lembar kerangka', async () => {
      const r = await host.kerangka!.insert(request);
      setKerangka(undefined);
      setNotice({
        intent: r.printNote ? 'warning' : 'success',
        title: `Lembar "${r.name}" dibuat`,
        text: `${r.summary} dari nomenklatur 2027. Isi indikator program dan kegiatan, lalu target dan Rp setiap sub kegiatan; Rp program dan kegiatan, baris Jumlah dan kondisi akhir periode menghitung sendiri. Hapus baris sub kegiatan yang tidak dilaksanakan, lalu periksa.${
          r.printNote || r.printAdvice ? ` ${r.printNote ?? r.printAdvice}` : ''
        }`,
      });
    });

  const goTo = (f: Finding, withRelated: boolean) =>
    host.goTo(f, withRelated).catch((e) => setNotice({ intent: 'error', title: `Sel ${f.cell} tidak dapat dibuka`, text: failure(e) }));

  return (
    <div className={styles.root}>
      <Title3 as="h1">Pemeriksa Renstra</Title3>
      <div className={styles.toolbar}>
        <Button appearance="primary" onClick={check} disabled={busy}>
          Periksa {words.document}
        </Button>
        <Button
          onClick={() =>
            run('Menyorot temuan', async () => {
              const r = await host.highlight(split.visible);
              setNotice(
                r.protectedSheets.length
                  ? { intent: 'warning', title: `${r.highlighted} sel disorot`, text: `Lembar terkunci tidak dapat disorot: ${r.protectedSheets.join(', ')}. Temuannya tetap tercantum di sini.` }
                  : { intent: 'success', title: `${r.highlighted} sel disorot`, text: 'Merah untuk galat, kuning untuk peringatan. "Hapus sorotan" mengembalikan warna semula.' },
              );
            })
          }
          disabled={busy || !outcome || split.visible.length === 0}
        >
          Sorot
        </Button>
        <Button
          onClick={() =>
            run('Menghapus sorotan', async () => {
              const n = await host.clearHighlights();
              setNotice({ intent: 'success', title: 'Sorotan dihapus', text: `${n} sel kembali ke warna semula.` });
            })
          }
          disabled={busy}
        >
          Hapus sorotan
        </Button>
        <Button
          onClick={() =>
            run('Menulis laporan', () => report(split.visible))
          }
          disabled={busy || !outcome}
        >
          Laporan
        </Button>
        <Button onClick={tandai.mark} disabled={busy} title="Pilih dulu baris judul kolom tabel yang belum dikenali di lembar kerja">
          Tandai tabel
        </Button>
        <Button onClick={() => planFill(fill?.mode ?? 'fungsi', fill?.overwrite ?? false)} disabled={busy}>
          Isi kolom terhitung
        </Button>
        {host.kerangka && (
          <Button onClick={openKerangka} disabled={busy} title="Lembar T-C.27 baru dari nomenklatur resmi: program, kegiatan dan sub kegiatan dengan kode, indikator dan satuan">
            Buat kerangka
          </Button>
        )}
        {canUndo && (
          <Button onClick={undo} disabled={busy}>
            Batalkan pengisian
          </Button>
        )}
      </div>

      {fill && (
        <FillPanel
          cells={fill.cells}
          mode={fill.mode}
          overwrite={fill.overwrite}
          busy={busy}
          onOptions={(mode, overwrite) => void planFill(mode, overwrite)}
          onApply={(cells) => void applyFill(cells)}
          onCancel={() => setFill(undefined)}
          wording={words}
        />
      )}

      {kerangka && <KerangkaPanel choices={kerangka} busy={busy} onCreate={(c) => void createKerangka(c)} onCancel={() => setKerangka(undefined)} />}

      {tandai.proposal && (
        <TandaiTabelForm
          key={`${tandai.proposal.sheet}!${tandai.proposal.header}`}
          proposal={tandai.proposal}
          existing={tandai.existing}
          busy={busy}
          onSave={(d) => void tandai.save(d)}
          onCancel={tandai.cancel}
        />
      )}

      {busy && (
        <div aria-live="polite">
          <Text>{status.what}…</Text>
          <ProgressBar value={status.progress} thickness="large" />
        </div>
      )}

      <NoticeBar notice={notice} />

      {outcome?.declarationProblems?.length ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Sebagian tanda tabel tidak dipakai</MessageBarTitle>
            {outcome.declarationProblems.join(' · ')}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      <DeclaredTables declarations={tandai.declared} busy={busy} onRemove={(i) => void tandai.remove(i)} />

      {!outcome && !busy && <Text>Tekan "Periksa {words.document}" untuk mengenali tabel Renstra di setiap lembar dan memeriksa total, rasio, pertumbuhan dan cascading-nya.</Text>}

      {outcome && outcome.tables.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>Tidak ada tabel Renstra yang dikenali</MessageBarTitle>
            Yang dicari: baris judul kolom seperti TARGET, PAGU, REALISASI atau RASIO dengan tahun (2025 … 2030, atau "Tahun ke-1 … 5"), atau kolom
            TUJUAN/SASARAN/INDIKATOR, di lembar mana pun. Bila tabelnya ada tetapi tidak dikenali: pilih baris judul kolomnya di lembar kerja (mis.
            A4:S6, atau klik nomor barisnya), lalu klik "Tandai tabel".
          </MessageBarBody>
        </MessageBar>
      )}

      {outcome?.unrecognised?.length ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Lembar berisi angka tanpa tabel yang dikenali</MessageBarTitle>
            {outcome.unrecognised.map((d) => (
              <Text block key={d.sheet}>
                <b>{d.sheet}</b>: {d.summary}.
              </Text>
            ))}
            Bila itu tabel Renstra, pilih baris judul kolomnya lalu klik "Tandai tabel".
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {outcome && outcome.tables.length > 0 && (
        <>
          <Subtitle2 as="h2">
            {outcome.tables.length} tabel dikenali · {counts(split.visible)}
          </Subtitle2>
          {split.ignored.length > 0 && (
            <Switch checked={showIgnored} onChange={(_, d) => setShowIgnored(d.checked)} label={`Tampilkan yang diabaikan (${split.ignored.length})`} />
          )}
          {split.visible.length === 0 && !showIgnored && <Text>Tidak ada temuan. Semua jumlah, rasio dan keterkaitan yang diperiksa cocok.</Text>}
          <FindingsView groups={groups} ignored={ignoredSet} onGoTo={goTo} onIgnore={toggleIgnore} />
        </>
      )}
    </div>
  );
}
