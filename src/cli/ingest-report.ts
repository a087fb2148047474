import type { IngestFileResult } from '../ingest/ingest-files';
import { terminalSafeText } from '../platforms/console/terminal-safe-text';

/** sysexits' EX_TEMPFAIL: nothing was wrong with the files, the store was; the same command can be run again. */
const RETRY_LATER = 75;

/** One line of `newsbrief ingest`'s report for one file or link. */
export function describeIngest(r: IngestFileResult): string {
  // A dropped file's name is untrusted too (it may hold an escape sequence).
  const path = terminalSafeText(r.path);
  // Not "FAILED": the file is fine and was not stored; said apart, so no one fixes or deletes a good file.
  if (r.storeUnavailable)
    return `NOT INGESTED ${path}: the store is unavailable (${terminalSafeText(r.error ?? '')}); the file is fine — run the same command again when the store is back`;
  if (!r.ok) return `${r.skipped ? 'skipped' : 'FAILED '} ${path}: ${terminalSafeText(r.error ?? '')}`;
  if (!r.outcome) return `${terminalSafeText(r.title ?? '')} (${path})`;
  // "already", not "stored": the summary counts these as already stored, and nothing was written.
  const verb = r.outcome === 'created' ? 'added  ' : r.outcome === 'updated' ? 'updated' : 'already';
  return `${verb} #${r.articleId}${r.refreshed ? ' (analysis refreshed)' : ''} ${terminalSafeText(r.title ?? '')} (${path})`;
}

/** The closing line; files the store could not take are counted apart from bad files, with what to do. */
export function summarizeIngest(results: IngestFileResult[]): string {
  const count = (pred: (r: IngestFileResult) => boolean) => results.filter(pred).length;
  const notIngested = count((r) => !!r.storeUnavailable);
  return [
    `${count((r) => r.ok && r.outcome !== 'unchanged')} added or updated`,
    `${count((r) => r.outcome === 'unchanged')} already stored`,
    `${count((r) => !!r.skipped)} skipped`,
    `${count((r) => !r.ok && !r.skipped && !r.storeUnavailable)} failed`,
    ...(notIngested > 0 ? [`${notIngested} not ingested: the store is unavailable, retry the same command later`] : []),
  ].join(', ');
}

/** 1 when a file or link failed on its own; 75 (retry later) when only the store did; else 0. */
export function ingestExitCode(results: IngestFileResult[]): number {
  const failed = results.filter((r) => !r.ok && !r.skipped);
  if (failed.length === 0) return 0;
  return failed.every((r) => r.storeUnavailable) ? RETRY_LATER : 1;
}
