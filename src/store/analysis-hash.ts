import type { Analysis } from '../core/analysis-types';
import { sha256Hex } from './content-hash';

/**
 * The hash of the JSON text each analysis object was stored as (articles-010's `analysis_hash`), or null when
 * its row has none (stored before that step, or imported): noted by the store as it reads or writes one. Who is
 * who made from an analysis is then matched to its row by 64 characters, not by comparing the analysis's whole
 * text in SQL (a megabyte for a long story), and still only while the row holds what it was made from.
 */
const storedAs = new WeakMap<Analysis, string | null>();

/** The text to store for an analysis and its hash, noted for the analysis. */
export function analysisToStore(analysis: Analysis): { json: string; hash: string } {
  const json = JSON.stringify(analysis);
  const hash = sha256Hex(json);
  storedAs.set(analysis, hash);
  return { json, hash };
}

/** An analysis read from a row, with the row's hash (null on a row from before articles-010). */
export function analysisRead(analysis: Analysis, hash: string | null): Analysis {
  storedAs.set(analysis, hash);
  return analysis;
}

/**
 * What a row must hold to be the one an analysis came from: its hash, or, for a row with none, its whole text
 * (compared as before articles-010). An analysis the store never saw (made and not stored) gives both, so either
 * kind of row matches it exactly.
 */
export function analysisMatch(analysis: Analysis): { hash: string | null; json: string | null } {
  const known = storedAs.get(analysis);
  if (typeof known === 'string') return { hash: known, json: null };
  const json = JSON.stringify(analysis);
  return { hash: known === null ? null : sha256Hex(json), json };
}
