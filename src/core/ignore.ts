/**
 * Findings a planner chose to ignore ("Abaikan"), kept in the workbook so a colleague sees the same
 * list. A finding is the same finding while its rule, cell and values are the same: when the number
 * in the cell changes, it shows again.
 */
import type { Finding } from './rules/types';

export function findingKey(f: Finding): string {
  return [f.rule, f.sheet, f.cell, JSON.stringify(f.expected), JSON.stringify(f.actual)].join('|');
}

export interface IgnoredSplit {
  visible: Finding[];
  ignored: Finding[];
}

export function splitIgnored(findings: Finding[], ignoredKeys: Iterable<string>): IgnoredSplit {
  const keys = new Set(ignoredKeys);
  const visible: Finding[] = [];
  const ignored: Finding[] = [];
  for (const f of findings) (keys.has(findingKey(f)) ? ignored : visible).push(f);
  return { visible, ignored };
}

/** Reads a stored list of keys defensively: anything that is not a list of texts counts as none. */
export function parseIgnored(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter((k): k is string => typeof k === 'string');
}
