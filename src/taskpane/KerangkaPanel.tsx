/**
 * "Buat kerangka": pick the jenis pemda, the bidang urusan and its programs from the official
 * nomenclature (searchable lists), the first year and the agency's name; the host builds the T-C.27
 * from that request (src/core/kerangka) and adds it as a new sheet.
 */
import * as React from 'react';
import { Button, Caption1, Checkbox, Combobox, Field, Input, makeStyles, Option, Radio, RadioGroup, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { JENIS_LABEL, type JenisPemda, type KerangkaChoices, type ProgramSummary } from '../core/kerangka/catalog';
import { DEFAULT_TAHUN_AWAL } from '../core/kerangka/layout';
import { tahunAwalProblem, type KerangkaRequest } from '../core/kerangka/request';
import { PanelActions } from './PanelActions';

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

function size(programs: ProgramSummary[]): { kegiatan: number; sub: number } {
  return { kegiatan: programs.reduce((n, p) => n + p.kegiatan, 0), sub: programs.reduce((n, p) => n + p.subKegiatan, 0) };
}

export interface KerangkaPanelProps {
  choices: KerangkaChoices;
  busy: boolean;
  /** Agency name to start the title with (e.g. from the workbook's titles). */
  judul?: string;
  onCreate(request: KerangkaRequest): void;
  onCancel(): void;
}

export function KerangkaPanel({ choices, busy, judul: initialJudul = '', onCreate, onCancel }: KerangkaPanelProps): React.ReactElement {
  const styles = useStyles();
  const [jenis, setJenis] = React.useState<JenisPemda>('kab');
  const [query, setQuery] = React.useState('');
  const [bidangCode, setBidangCode] = React.useState<string | undefined>();
  const [programQuery, setProgramQuery] = React.useState('');
  const [chosen, setChosen] = React.useState<Set<string>>(new Set());
  const [tahun, setTahun] = React.useState(String(DEFAULT_TAHUN_AWAL));
  const [judul, setJudul] = React.useState(initialJudul);

  const bidangList = choices[jenis];
  const find = (j: JenisPemda, code: string | undefined) => (code ? choices[j].find((b) => b.code === code) : undefined);
  const bidang = find(jenis, bidangCode);
  const programs = bidang?.programs ?? [];
  const shownBidang = bidang && query === `${bidang.code} ${bidang.name}` ? bidangList : bidangList.filter((b) => matches(`${b.code} ${b.name}`, query));
  const shownPrograms = programs.filter((p) => matches(`${p.code} ${p.name}`, programQuery));
  const picked = programs.filter((p) => chosen.has(p.code));
  const tahunAwal = /^\d{4}$/.test(tahun.trim()) ? Number(tahun) : NaN;
  const tahunProblem = tahunAwalProblem(tahunAwal) && 'Tulis tahun empat angka, misalnya 2025.';
  const { kegiatan, sub } = size(picked);

  const chooseBidang = (code: string | undefined, text: string) => {
    setBidangCode(code);
    setQuery(text);
    setProgramQuery('');
    // Every program of the bidang to start with; the planner unticks those the agency does not run.
    setChosen(new Set(find(jenis, code)?.programs.map((p) => p.code) ?? []));
  };
  const changeJenis = (next: JenisPemda) => {
    setJenis(next);
    const same = find(next, bidangCode);
    setBidangCode(same?.code);
    setQuery(same ? `${same.code} ${same.name}` : '');
    setProgramQuery('');
    setChosen(new Set(same?.programs.map((p) => p.code) ?? []));
  };
  const toggle = (code: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(code);
    else next.delete(code);
    setChosen(next);
  };
  const create = () => {
    if (!bidang || picked.length === 0 || tahunProblem) return;
    onCreate({ jenis, bidang: bidang.code, programs: picked.map((p) => p.code), tahunAwal, judul: judul.trim() || undefined });
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
              return (
                <React.Fragment key={p.code}>
                  <Checkbox checked={chosen.has(p.code)} onChange={(_, d) => toggle(p.code, !!d.checked)} label={`${p.code} ${p.name}`} />
                  <Caption1 className={styles.count}>
                    {p.kegiatan} kegiatan, {p.subKegiatan} sub kegiatan
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
