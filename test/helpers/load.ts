import { join } from 'path';
import { readXlsx } from '../../src/cli/read-xlsx';
import { checkWorkbook, type CheckResult } from '../../src/core/check';
import { officialNomenclature } from '../../src/core/nomenclature/official';
import type { Finding } from '../../src/core/rules/types';

export const SAMPLE = join(__dirname, '..', '..', 'examples', 'renstra-kartoharjo-2025-2029.xlsx');
export const REAL = join(__dirname, '..', 'fixtures', 'renstra-template-dinas-pu.xlsx');

export async function checkFile(file: string): Promise<CheckResult> {
  return checkWorkbook(await readXlsx(file), { nomenclature: officialNomenclature() });
}

export function at(findings: Finding[], sheet: string, cell: string, rule?: string): Finding[] {
  return findings.filter((f) => f.sheet === sheet && f.cell === cell && (!rule || f.rule === rule));
}
