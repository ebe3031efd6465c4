/**
 * The web checker: workbooks dropped on the page (or picked) are checked one at a time in a Web
 * Worker, each shown with the task pane's grouped findings (FindingsView); the Bappeda's rekap and
 * the JSON report are downloaded from the page. Nothing is sent anywhere.
 */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { groupFindings } from '../core/group';
import type { Table } from '../core/recognize/types';
import { countBySeverity, type Report, type ReportFile } from '../core/report';
import { FindingsView } from '../taskpane/FindingsView';
import { NoticeBar } from '../taskpane/NoticeBar';
import { runWeb } from './runner';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '12px', padding: '16px', maxWidth: '72rem', margin: '0 auto' },
  drop: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    rowGap: '8px',
    padding: '24px',
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: 'center',
  },
  dragging: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hidden: { display: 'none' },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  fileHead: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '8px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Stage = 'menunggu' | 'membaca' | 'memeriksa' | 'selesai';

interface Entry {
  id: number;
  name: string;
  blob?: File;
  stage: Stage;
  result?: { file: ReportFile; tables: Table[]; sheetNames: string[] };
}

const STAGE_TEXT: Record<Stage, string> = { menunggu: 'menunggu', membaca: 'membaca berkas…', memeriksa: 'memeriksa tabel…', selesai: 'selesai' };

function countsText(findings: ReportFile['findings']): string {
  const c = countBySeverity(findings);
  return `${c.error} galat · ${c.warning} peringatan · ${c.info} catatan`;
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function failure(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** One file through the worker: its report entry, or its reason when it cannot be read. */
async function checkFile(entry: Entry, onStage: (s: Stage) => void): Promise<NonNullable<Entry['result']>> {
  try {
    const answer = await runWeb<'check'>({ op: 'check', name: entry.name, file: entry.blob! }, () => onStage('memeriksa'));
    return { file: answer.file, tables: answer.tables, sheetNames: answer.sheetNames };
  } catch (e) {
    return { file: { file: entry.name, error: `galat tak terduga saat memeriksa (${failure(e)})`, tables: [], findings: [] }, tables: [], sheetNames: [] };
  }
}

export function WebApp(): React.ReactElement {
  const styles = useStyles();
  const [entries, setEntries] = React.useState<Entry[]>([]);
  const [dragging, setDragging] = React.useState(false);
  const [notice, setNotice] = React.useState<{ intent: 'error' | 'success'; title: string; text: string } | undefined>();
  const [writing, setWriting] = React.useState(false);
  const input = React.useRef<HTMLInputElement>(null);
  const nextId = React.useRef(1);
  const running = React.useRef(false);
  const queue = React.useRef<Entry[]>([]);

  const update = (id: number, change: Partial<Entry>) => setEntries((list) => list.map((e) => (e.id === id ? { ...e, ...change } : e)));

  /** Works through the queue, one file at a time (a Kabupaten workbook takes its memory while it is checked). */
  const drain = React.useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      for (let entry = queue.current.shift(); entry; entry = queue.current.shift()) {
        const id = entry.id;
        update(id, { stage: 'membaca' });
        const result = await checkFile(entry, (stage) => update(id, { stage }));
        update(id, { stage: 'selesai', result, blob: undefined });
      }
    } finally {
      running.current = false;
    }
  }, []);

  const add = React.useCallback(
    (files: FileList | File[] | null) => {
      const list = files ? Array.from(files) : [];
      if (!list.length) return;
      setNotice(undefined);
      const added = list.map((blob): Entry => ({ id: nextId.current++, name: blob.name, blob, stage: 'menunggu' }));
      queue.current.push(...added);
      setEntries((old) => [...old, ...added]);
      void drain();
    },
    [drain],
  );

  // A file dropped outside the drop area would make the browser open it in place of this page.
  React.useEffect(() => {
    const stop = (e: DragEvent) => e.preventDefault();
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);

  const done = entries.filter((e) => e.result);
  const busy = done.length < entries.length;
  const report: Report = { version: 1, files: done.map((e) => e.result!.file) };

  const downloadRekap = async () => {
    setWriting(true);
    setNotice(undefined);
    try {
      const answer = await runWeb<'rekap'>({ op: 'rekap', report });
      download('rekap-renstra.xlsx', new Blob([answer.bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    } catch (e) {
      setNotice({ intent: 'error', title: 'Rekap tidak dapat ditulis', text: failure(e) });
    } finally {
      setWriting(false);
    }
  };

  const downloadJson = () => download('laporan-renstra.json', new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' }));

  const current = entries.find((e) => e.stage === 'membaca' || e.stage === 'memeriksa');

  return (
    <main className={styles.root}>
      <Title2 as="h1">Pemeriksa Renstra — versi web</Title2>
      <MessageBar intent="info" data-testid="privasi">
        <MessageBarBody>
          <MessageBarTitle>Tidak ada yang diunggah</MessageBarTitle>
          Workbook diperiksa di komputer ini saja, di dalam peramban: berkasnya tidak pernah meninggalkan komputer ini dan halaman ini tidak menghubungi
          server mana pun.
        </MessageBarBody>
      </MessageBar>

      <div
        className={dragging ? `${styles.drop} ${styles.dragging}` : styles.drop}
        data-testid="area-berkas"
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          add(e.dataTransfer.files);
        }}
      >
        <Subtitle2>Letakkan berkas Renstra (.xlsx / .xlsm) di sini — satu atau banyak sekaligus</Subtitle2>
        <Body1>atau</Body1>
        <Button appearance="primary" onClick={() => input.current?.click()}>
          Pilih berkas…
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          multiple
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
          aria-label="Pilih berkas Renstra"
          onChange={(e) => {
            add(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
        <Caption1 className={styles.muted}>
          Berkas diperiksa satu per satu: total, rasio, pertumbuhan, cascading dan nomenklatur, seperti perintah "renstra check". Pemeriksa ini tidak mengubah
          berkas; untuk mengisi kolom terhitung pakai add-in Excel atau "renstra fill".
        </Caption1>
      </div>

      {entries.length > 0 && (
        <div aria-live="polite" data-testid="kemajuan">
          <Text>
            {busy ? `Memeriksa berkas ${done.length + 1} dari ${entries.length}${current ? `: ${current.name} (${STAGE_TEXT[current.stage]})` : ''}` : `${entries.length} berkas selesai diperiksa`}
          </Text>
          <ProgressBar value={entries.length ? done.length / entries.length : 0} thickness="large" />
        </div>
      )}

      {entries.length > 0 && (
        <div className={styles.toolbar}>
          <Button appearance="primary" onClick={() => void downloadRekap()} disabled={busy || writing || done.length === 0}>
            Unduh rekap (.xlsx)
          </Button>
          <Button onClick={downloadJson} disabled={busy || done.length === 0}>
            Unduh laporan JSON
          </Button>
          <Button
            onClick={() => {
              setEntries([]);
              setNotice(undefined);
            }}
            disabled={busy}
          >
            Kosongkan daftar
          </Button>
        </div>
      )}

      <NoticeBar notice={notice} />

      {entries.length > 0 && (
        <Accordion multiple collapsible>
          {entries.map((e) => (
            <FileItem key={e.id} entry={e} />
          ))}
        </Accordion>
      )}
    </main>
  );
}

function FileItem({ entry }: { entry: Entry }): React.ReactElement {
  const styles = useStyles();
  const r = entry.result;
  const errors = r ? countBySeverity(r.file.findings).error : 0;
  const groups = React.useMemo(() => (r && !r.file.error ? groupFindings(r.tables, r.file.findings, r.sheetNames) : []), [r]);
  return (
    <AccordionItem value={entry.id} data-testid="berkas" data-file={entry.name}>
      <AccordionHeader>
        <span className={styles.fileHead}>
          <Text weight="semibold">{entry.name}</Text>
          {r?.file.agency && <Text>· {r.file.agency}</Text>}
          {!r && <Caption1 className={styles.muted}>{STAGE_TEXT[entry.stage]}</Caption1>}
          {r && r.file.error && (
            <Badge color="subtle" appearance="filled">
              Tidak terbaca
            </Badge>
          )}
          {r && !r.file.error && (
            <Badge color={errors ? 'danger' : 'success'} appearance="filled">
              {errors ? 'Perlu perbaikan' : 'Siap'}
            </Badge>
          )}
          {r && !r.file.error && (
            <Caption1>
              {r.file.tables.length} tabel dikenali · {countsText(r.file.findings)}
            </Caption1>
          )}
        </span>
      </AccordionHeader>
      {r?.file.error && (
        <MessageBar intent="error" data-testid="alasan">
          <MessageBarBody>
            <MessageBarTitle>Berkas tidak dapat dibaca</MessageBarTitle>
            {r.file.error}
          </MessageBarBody>
        </MessageBar>
      )}
      <AccordionPanel>
        {r && !r.file.error && r.file.tables.length === 0 && (
          <Text block>Tidak ada tabel Renstra yang dikenali di berkas ini (dicari: baris judul kolom seperti TARGET, PAGU, REALISASI atau RASIO dengan tahun).</Text>
        )}
        {r?.file.diagnostics?.length ? (
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>Lembar berisi angka tanpa tabel yang dikenali</MessageBarTitle>
              {r.file.diagnostics.map((d) => (
                <Text block key={d.sheet}>
                  <b>{d.sheet}</b>: {d.summary}.
                </Text>
              ))}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {r && !r.file.error && r.file.tables.length > 0 && r.file.findings.length === 0 && <Text block>Tidak ada temuan. Semua jumlah, rasio dan keterkaitan yang diperiksa cocok.</Text>}
        {groups.length > 0 && <FindingsView groups={groups} />}
      </AccordionPanel>
    </AccordionItem>
  );
}
