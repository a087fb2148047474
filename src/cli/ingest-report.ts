import type { IngestFileResult } from '../ingest/ingest-files';
import { terminalSafeText } from '../platforms/console/terminal-safe-text';

/** sysexits' EX_TEMPFAIL: nothing was wrong with the files, the store was; the same command can be run again. */
const RETRY_LATER = 75;

/**
 * One line of `newsbrief ingest`'s report for one file or link. `database`: the SQLite file, named when it is
 * damaged (only the operator can fix that, so the line says which file and what to do).
 */
export function describeIngest(r: IngestFileResult, database = 'the database file'): string {
  // A dropped file's name is untrusted too (it may hold an escape sequence).
  const path = terminalSafeText(r.path);
  const item = /^[a-z][a-z\d+.-]*:\/\//i.test(r.path) ? 'link' : 'file';
  if (r.storeDamaged)
    return `NOT INGESTED ${path}: ${terminalSafeText(database)} is damaged or is not a newsbrief database (${terminalSafeText(r.error ?? '')}); the ${item} is fine — restore the database from a backup, or set NEWSBRIEF_DB to another file, then run the same command again`;
  // Not "FAILED": the file is fine and was not stored; said apart, so no one fixes or deletes a good file.
  if (r.storeUnavailable)
    return `NOT INGESTED ${path}: the store is unavailable (${terminalSafeText(r.error ?? '')}); the ${item} is fine — run the same command again when the store is back`;
  if (!r.ok) return `${r.skipped ? 'skipped' : 'FAILED '} ${path}: ${terminalSafeText(r.error ?? '')}`;
  if (!r.outcome) return `${terminalSafeText(r.title ?? '')} (${path})`;
  // "already", not "stored": the summary counts these as already stored, and nothing was written.
  const verb = r.outcome === 'created' ? 'added  ' : r.outcome === 'updated' ? 'updated' : 'already';
  const note = r.note ? `\n  note: ${terminalSafeText(r.note)}` : '';
  return `${verb} #${r.articleId}${r.refreshed ? ' (analysis refreshed)' : ''} ${terminalSafeText(r.title ?? '')} (${path})${note}`;
}

/** The closing line; files the store could not take are counted apart from bad files, with what to do. */
export function summarizeIngest(results: IngestFileResult[]): string {
  const count = (pred: (r: IngestFileResult) => boolean) => results.filter(pred).length;
  const notIngested = count((r) => !!r.storeUnavailable);
  const damaged = count((r) => !!r.storeDamaged);
  return [
    `${count((r) => r.ok && r.outcome !== 'unchanged')} added or updated`,
    `${count((r) => r.outcome === 'unchanged')} already stored`,
    `${count((r) => !!r.skipped)} skipped`,
    `${count((r) => !r.ok && !r.skipped && !r.storeUnavailable && !r.storeDamaged)} failed`,
    ...(notIngested > 0 ? [`${notIngested} not ingested: the store is unavailable, retry the same command later`] : []),
    ...(damaged > 0 ? [`${damaged} not ingested: the database is damaged, fix it before running again`] : []),
  ].join(', ');
}

/**
 * 1 when a file or link failed on its own, or the database is damaged (a retry finds it so); 75 (retry later)
 * when only the store was unavailable; else 0.
 */
export function ingestExitCode(results: IngestFileResult[]): number {
  const failed = results.filter((r) => !r.ok && !r.skipped);
  if (failed.length === 0) return 0;
  return failed.every((r) => r.storeUnavailable) ? RETRY_LATER : 1;
}
