/**
 * "Buat kerangka": pick the jenis pemda, the bidang urusan and its programs from the official
 * nomenclature (searchable lists), the first year and the agency's name; the pane lays out the
 * T-C.27 (src/core/kerangka) and the host adds it as a new sheet.
 */
import * as React from 'react';
import { Button, Caption1, Checkbox, Combobox, Field, Input, makeStyles, Option, Radio, RadioGroup, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { JENIS_LABEL, type JenisPemda, type KerangkaCatalog, type ProgramItem } from '../core/kerangka/catalog';
import { PanelActions } from './PanelActions';
import { DEFAULT_TAHUN_AWAL, kerangkaLayout, type SheetLayout } from '../core/kerangka/layout';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: '8px', padding: '8px', border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: '4px' },
  fill: { width: '100%', minWidth: 0, maxWidth: '100%' },
  programs: { display: 'flex', flexDirection: 'column', maxHeight: '260px', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: '4px', padding: '2px 4px' },
  count: { color: tokens.colorNeutralForeground3, paddingLeft: '32px', marginTop: '-6px' },
  row: { display: 'flex', columnGap: '6px', alignItems: 'end' },
});

/** Words of the query all found in the text (code or name), case aside. */
function matches(text: string, query: string): boolean {
  const hay = text.toLowerCase();
  return query.toLowerCase().split(/\s+/).filter(Boolean).every((w) => hay.includes(w));
}

function size(programs: ProgramItem[]): { kegiatan: number; sub: number } {
  const kegiatan = programs.reduce((n, p) => n + p.kegiatan.length, 0);
  const sub = programs.reduce((n, p) => n + p.kegiatan.reduce((m, k) => m + k.subKegiatan.length, 0), 0);
  return { kegiatan, sub };
}

export interface KerangkaChoice {
  layout: SheetLayout;
  /** "2 program, 19 kegiatan, 129 sub kegiatan". */
  summary: string;
}

export interface KerangkaPanelProps {
  catalog: KerangkaCatalog;
  busy: boolean;
  /** Agency name to start the title with (e.g. from the workbook's titles). */
  judul?: string;
  onCreate(choice: KerangkaChoice): void;
  onCancel(): void;
}

export function KerangkaPanel({ catalog, busy, judul: initialJudul = '', onCreate, onCancel }: KerangkaPanelProps): React.ReactElement {
  const styles = useStyles();
  const [jenis, setJenis] = React.useState<JenisPemda>('kab');
  const [query, setQuery] = React.useState('');
  const [bidangCode, setBidangCode] = React.useState<string | undefined>();
  const [programQuery, setProgramQuery] = React.useState('');
  const [chosen, setChosen] = React.useState<Set<string>>(new Set());
  const [tahun, setTahun] = React.useState(String(DEFAULT_TAHUN_AWAL));
  const [judul, setJudul] = React.useState(initialJudul);

  const bidangList = catalog.bidang(jenis);
  const bidang = bidangCode ? catalog.findBidang(jenis, bidangCode) : undefined;
  const programs = React.useMemo(() => (bidang ? catalog.programs(jenis, bidang.code) : []), [catalog, jenis, bidang]);
  const shownBidang = bidang && query === `${bidang.code} ${bidang.name}` ? bidangList : bidangList.filter((b) => matches(`${b.code} ${b.name}`, query));
  const shownPrograms = programs.filter((p) => matches(`${p.code} ${p.name}`, programQuery));
  const picked = programs.filter((p) => chosen.has(p.code));
  const tahunAwal = /^\d{4}$/.test(tahun.trim()) ? Number(tahun) : NaN;
  const tahunProblem = Number.isNaN(tahunAwal) || tahunAwal < 2000 || tahunAwal > 2100 ? 'Tulis tahun empat angka, misalnya 2025.' : undefined;
  const { kegiatan, sub } = size(picked);

  const chooseBidang = (code: string | undefined, text: string) => {
    setBidangCode(code);
    setQuery(text);
    setProgramQuery('');
    // Every program of the bidang to start with; the planner unticks those the agency does not run.
    setChosen(new Set(code ? catalog.programs(jenis, code).map((p) => p.code) : []));
  };
  const changeJenis = (next: JenisPemda) => {
    setJenis(next);
    const same = bidangCode ? catalog.findBidang(next, bidangCode) : undefined;
    chooseBidang(same?.code, same ? `${same.code} ${same.name}` : '');
  };
  const toggle = (code: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(code);
    else next.delete(code);
    setChosen(next);
  };
  const create = () => {
    if (!bidang || picked.length === 0 || tahunProblem) return;
    const layout = kerangkaLayout({ jenis, bidang, programs: picked, tahunAwal, judul: judul.trim() || undefined });
    onCreate({ layout, summary: `${picked.length} program, ${kegiatan} kegiatan, ${sub} sub kegiatan` });
  };

  return (
    <section className={styles.panel} aria-label="Buat kerangka T-C.27">
      <Subtitle2 as="h2">Buat kerangka T-C.27 dari nomenklatur 2027</Subtitle2>
      <Caption1 block>
        Lembar baru berisi setiap program, kegiatan dan sub kegiatan pilihan Anda dengan kode, nama resmi, indikator dan satuannya. Rp induk, baris Jumlah dan kondisi akhir periode berupa rumus SUM.
      </Caption1>
      <RadioGroup layout="horizontal" value={jenis} onChange={(_, d) => changeJenis(d.value as JenisPemda)} aria-label="Jenis pemerintah daerah">
        <Radio value="kab" label={JENIS_LABEL.kab} />
        <Radio value="prov" label={JENIS_LABEL.prov} />
      </RadioGroup>
      <Field label="Bidang urusan" hint="Ketik kode atau nama, misalnya 7.01 atau kecamatan">
        <Combobox
          className={styles.fill}
          freeform
          placeholder="Cari bidang urusan"
          value={query}
          selectedOptions={bidang ? [bidang.code] : []}
          onChange={(e) => {
            setQuery(e.target.value);
            if (bidang && e.target.value !== `${bidang.code} ${bidang.name}`) setBidangCode(undefined);
          }}
          onOptionSelect={(_, d) => d.optionValue && chooseBidang(d.optionValue, d.optionText ?? d.optionValue)}
        >
          {shownBidang.map((b) => (
            <Option key={b.code} value={b.code} text={`${b.code} ${b.name}`}>
              {`${b.code} ${b.name}`}
            </Option>
          ))}
          {shownBidang.length === 0 && <Option disabled text="" value="">Tidak ada bidang yang cocok</Option>}
        </Combobox>
      </Field>
      {bidang && (
        <>
          <Field label={`Program (${picked.length} dari ${programs.length} dipilih)`}>
            <Input className={styles.fill} placeholder="Cari program" value={programQuery} onChange={(_, d) => setProgramQuery(d.value)} aria-label="Cari program" />
          </Field>
          <div className={styles.row}>
            <Button size="small" onClick={() => setChosen(new Set(programs.map((p) => p.code)))}>
              Pilih semua
            </Button>
            <Button size="small" onClick={() => setChosen(new Set())}>
              Kosongkan
            </Button>
          </div>
          <div className={styles.programs} role="group" aria-label="Program yang dimasukkan">
            {shownPrograms.map((p) => {
              const s = size([p]);
              return (
                <React.Fragment key={p.code}>
                  <Checkbox checked={chosen.has(p.code)} onChange={(_, d) => toggle(p.code, !!d.checked)} label={`${p.code} ${p.name}`} />
                  <Caption1 className={styles.count}>
                    {s.kegiatan} kegiatan, {s.sub} sub kegiatan
                  </Caption1>
                </React.Fragment>
              );
            })}
            {shownPrograms.length === 0 && <Caption1>Tidak ada program yang cocok.</Caption1>}
          </div>
        </>
      )}
      <Field label="Tahun pertama periode Renstra" validationMessage={tahunProblem} validationState={tahunProblem ? 'error' : 'none'} hint="Data capaian tahun awal = tahun sebelumnya">
        <Input type="number" value={tahun} onChange={(_, d) => setTahun(d.value)} />
      </Field>
      <Field label="Perangkat daerah (untuk judul)">
        <Input className={styles.fill} placeholder="mis. Kecamatan Kartoharjo" value={judul} onChange={(_, d) => setJudul(d.value)} />
      </Field>
      <Text>{bidang ? (picked.length ? `${picked.length} program, ${kegiatan} kegiatan, ${sub} sub kegiatan · ${tahunProblem ? '' : `${tahunAwal}-${tahunAwal + 4}`}` : 'Pilih sedikitnya satu program.') : 'Pilih bidang urusan.'}</Text>
      <PanelActions label="Buat lembar" disabled={!bidang || picked.length === 0 || !!tahunProblem} busy={busy} onAction={create} onCancel={onCancel} />
    </section>
  );
}
