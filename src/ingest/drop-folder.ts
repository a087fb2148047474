import { type FSWatcher, watch } from 'node:fs';
import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { type IngestArticle, type IngestFileResult, type IngestFilesOptions, ingestFiles } from './ingest-files';
import { repairedWarning } from './repair-article-text';

export interface DropFolderOptions {
  /** NEWSBRIEF_WATCH_DIR; created if missing, with ingested/ and failed/ inside. */
  dir: string;
  logger: Logger;
  /** NEWSBRIEF_MAX_FILE_MB in bytes. */
  maxBytes: number;
  /** Stores an article, analysed (`app.ingest`). */
  ingest: IngestArticle;
  /** File parsing: the runtime's, in the worker pool, with the configured zone. */
  parse: IngestFilesOptions['parse'];
  /** Ingests one file; defaults to ingestFiles through `ingest`. */
  ingestFile?: (path: string) => Promise<IngestFileResult>;
  /** A file is complete once its size and mtime have not changed for this long. Default 2 s. */
  stableMs?: number;
  /** Periodic scan (fs.watch misses events on some file systems). Default 5 s. */
  scanEveryMs?: number;
  /** The SQLite file, named in the log if it is found damaged (NEWSBRIEF_DB); none for PostgreSQL. */
  database?: string;
  /** fs.watch for prompt pickup; default true. */
  watch?: boolean;
  now?: () => number;
}

export interface DropFolder {
  /** Looks at the folder once; ingests files that have become stable. Resolves with what it did. */
  scanNow(): Promise<IngestFileResult[]>;
  /** Stops watching; resolves once a scan in flight has finished (so the store can be closed). */
  stop(): Promise<void>;
}

// Names writers use while a file is still being written (rename-into-place is the safe way in).
const IN_PROGRESS = /^\.|~$|\.(?:tmp|temp|part|partial|crdownload|download|swp)$/i;

/**
 * Watches a folder: each complete file is ingested once, then moved to ingested/ (or failed/,
 * with a .error.txt saying why); a file the store could not take stays for the next scan, and a damaged
 * database file stops the scans (said once) until newsbrief is restarted.
 * "Complete" = unchanged size and mtime for `stableMs`, so a file copied in slowly is not read
 * half-written; temp names are ignored until renamed into place.
 */
export function startDropFolder(options: DropFolderOptions): DropFolder {
  const { dir, logger } = options;
  const now = options.now ?? Date.now;
  const stableMs = options.stableMs ?? 2_000;
  const ingestFile =
    options.ingestFile ??
    (async (path: string) =>
      (await ingestFiles({ paths: [path], maxBytes: options.maxBytes, ingest: options.ingest, parse: options.parse }))
        .results[0] ?? { path, ok: false, error: 'not an article file' });
  const seen = new Map<string, { signature: string; since: number }>();
  const done = new Set<string>();
  let scanning: Promise<IngestFileResult[]> | null = null;
  let stopped = false;
  let watcher: FSWatcher | undefined;
  let nudge: NodeJS.Timeout | undefined;
  /** A store outage as the scans saw it: logged when it starts and when it ends, not at every retry. */
  let outage: { since: number; retries: number } | undefined;
  /** The database file is damaged: no scan can store anything until it is fixed and newsbrief restarted. */
  let damaged = false;

  async function scan(): Promise<IngestFileResult[]> {
    if (damaged) return [];
    await mkdir(join(dir, 'ingested'), { recursive: true });
    await mkdir(join(dir, 'failed'), { recursive: true });
    const results: IngestFileResult[] = [];
    const names = new Set<string>();
    let storeDown = false;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (stopped) break;
      if (!entry.isFile() || IN_PROGRESS.test(entry.name)) continue;
      names.add(entry.name);
      const path = join(dir, entry.name);
      const info = await stat(path).catch(() => undefined);
      if (!info) continue;
      const signature = `${info.size}:${info.mtimeMs}`;
      if (done.has(`${entry.name}:${signature}`)) continue;
      const previous = seen.get(entry.name);
      if (!previous || previous.signature !== signature) {
        seen.set(entry.name, { signature, since: now() });
        continue;
      }
      // The store is down: the rest wait for the next scan rather than each be analysed for nothing.
      if (now() - previous.since < stableMs || storeDown) continue;
      const result = await handle(path, entry.name);
      results.push(result);
      if (result.storeUnavailable || result.storeDamaged) storeDown = true;
      else {
        seen.delete(entry.name);
        done.add(`${entry.name}:${signature}`);
      }
    }
    for (const name of seen.keys()) if (!names.has(name)) seen.delete(name);
    return results;
  }

  async function handle(path: string, name: string): Promise<IngestFileResult> {
    const result = await ingestFile(path).catch(
      (error: unknown): IngestFileResult => ({ path, ok: false, error: String(error) }),
    );
    if (result.storeDamaged) {
      // Retried every scan it would fail every scan, forever, with a line each time; and a file put back in
      // its place is only opened again by a new process. So: said once, the files left in place, scans stopped.
      damaged = true;
      logger.error(
        { tried: name, err: result.error, database: options.database },
        `drop folder paused: ${options.database ?? 'the database file'} is damaged or is not a newsbrief database; the files are left in place. Restore it from a backup (or set NEWSBRIEF_DB to another file) and restart newsbrief: the files are ingested then`,
      );
      return result;
    }
    if (result.storeUnavailable) {
      // Not the file's fault (PostgreSQL restarting, say): every file stays where it is, still stable, and
      // each scan tries one again; one try per scan interval, however long the store is down.
      // Said once: a line every 5 s buried the log for the length of the outage.
      if (outage) outage.retries++;
      else {
        outage = { since: now(), retries: 1 };
        logger.warn(
          { tried: name, err: result.error },
          'drop folder: the store is unavailable; the files are left in place and the next scans retry them (logged again when the store is back)',
        );
      }
      return result;
    }
    if (outage) {
      logger.info(
        { file: name, failedTries: outage.retries, downForMs: now() - outage.since },
        `drop folder: the store is back after ${outage.retries} failed ${outage.retries === 1 ? 'try' : 'tries'}`,
      );
      outage = undefined;
    }
    const folder = result.ok ? 'ingested' : 'failed';
    if (result.ok) {
      logger.info({ file: name, outcome: result.outcome, articleId: result.articleId }, 'drop folder file ingested');
      // Said to the operator, as `newsbrief ingest` says it on the file's line: no one else sees a drop.
      const repaired = repairedWarning(result.repaired);
      if (repaired)
        logger.warn(
          { file: name, articleId: result.articleId, repaired: result.repaired },
          `drop folder: ${name}: ${repaired}`,
        );
    } else logger.warn({ file: name, err: result.error }, 'drop folder file not ingested');
    try {
      const target = await freeName(join(dir, folder), name);
      await rename(path, target);
      if (!result.ok) await writeFile(`${target}.error.txt`, `${result.error ?? 'unknown error'}\n`);
    } catch (error) {
      // Left in place; `done` keeps it from being ingested again while this process runs.
      logger.warn({ file: name, err: String(error) }, `could not move file to ${folder}/`);
    }
    return result;
  }

  function scanNow(): Promise<IngestFileResult[]> {
    if (scanning) return scanning.then(() => scanNow());
    scanning = scan().finally(() => {
      scanning = null;
    });
    return scanning;
  }

  const tick = () => {
    if (stopped || scanning) return;
    scanNow().catch((error: unknown) => logger.error({ err: String(error), dir }, 'drop folder scan failed'));
  };
  const timer = setInterval(tick, options.scanEveryMs ?? 5_000);
  timer.unref();
  if (options.watch ?? true) {
    void mkdir(dir, { recursive: true })
      .then(() => {
        if (stopped) return;
        try {
          // Any event: look again once the file has had time to settle.
          watcher = watch(dir, () => {
            clearTimeout(nudge);
            nudge = setTimeout(tick, stableMs + 50);
            nudge.unref();
            tick();
          });
          watcher.on('error', (error) =>
            logger.warn({ err: String(error), dir }, 'drop folder watch failed; periodic scan continues'),
          );
        } catch (error) {
          logger.warn({ err: String(error), dir }, 'cannot watch drop folder; periodic scan continues');
        }
      })
      .catch((error: unknown) => {
        // An unusable NEWSBRIEF_WATCH_DIR must not crash the bot; each scan logs it again.
        logger.error(
          { err: String(error), dir },
          'cannot create the drop folder (NEWSBRIEF_WATCH_DIR); check the path and permissions',
        );
      });
  }
  setImmediate(tick);

  return {
    scanNow,
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(nudge);
      watcher?.close();
      await scanning?.catch(() => undefined);
    },
  };
}

/** ingested/story.txt exists already (same name dropped twice): keep both. */
async function freeName(folder: string, name: string): Promise<string> {
  const first = join(folder, name);
  if (!(await stat(first).catch(() => undefined))) return first;
  return join(folder, `${Date.now()}-${name}`);
}
