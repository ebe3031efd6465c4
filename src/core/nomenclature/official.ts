/** The official list shipped with the product (see scripts/build-nomenclature.ts for its source). */
import data from '../../data/nomenklatur.json';
import { Nomenclature, type NomenclatureData } from './index';

let instance: Nomenclature | undefined;

export function officialNomenclature(): Nomenclature {
  if (!instance) instance = new Nomenclature(data as unknown as NomenclatureData);
  return instance;
}
