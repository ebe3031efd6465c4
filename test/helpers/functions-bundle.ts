/**
 * Loads the built dist/functions.js in a Node `vm` with a stand-in for Excel's CustomFunctions
 * runtime, so tests call the shipped bundle by function id, as Excel does.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import vm from 'vm';

export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const ERROR_CODES = {
  invalidValue: '#VALUE!',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  notAvailable: '#N/A',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

export type Fn = (...args: unknown[]) => unknown;

export const DIST = join(__dirname, '..', '..', 'dist');

export function loadBundle(): Map<string, Fn> {
  const associated = new Map<string, Fn>();
  const CustomFunctions = {
    associate(id: string, fn: Fn) {
      if (associated.has(id)) throw new Error(`id ${id} diasosiasikan dua kali`);
      associated.set(id, fn);
    },
    Error: StandInError,
    ErrorCode: ERROR_CODES,
  };
  const code = readFileSync(join(DIST, 'functions.js'), 'utf8');
  vm.runInNewContext(code, { CustomFunctions, console }, { filename: 'functions.js' });
  return associated;
}

/** Calls a function as Excel does: a thrown stand-in error becomes its value. */
export function call(fns: Map<string, Fn>, id: string, ...args: unknown[]): unknown {
  const fn = fns.get(id);
  if (!fn) throw new Error(`fungsi ${id} tidak diasosiasikan di functions.js`);
  try {
    return fn(...args);
  } catch (e) {
    if (e instanceof StandInError) return e;
    throw e;
  }
}
