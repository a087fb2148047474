import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './free-port';

const run = promisify(execFile);

/** A throwaway PostgreSQL server on a loopback port, its files in a temporary folder. */
export interface PostgresCluster {
  port: number;
  /** A URL for `database` as the superuser (trust authentication, loopback only). */
  url(database?: string): string;
  /** Stops it (fast shutdown: connections are cut, as in a real restart) and starts it again. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and removes its folder. */
  destroy(): Promise<void>;
  dataDir: string;
}

/** Debian's server binaries, newest version first (NEWSBRIEF_PG_BIN overrides). */
function serverBin(): string {
  if (process.env.NEWSBRIEF_PG_BIN) return process.env.NEWSBRIEF_PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error('PostgreSQL server binaries not found: apt-get install -y postgresql (or set NEWSBRIEF_PG_BIN)');
  }
  return join(root, versions[0]!, 'bin');
}

/**
 * initdb refuses to run as root: as root (CI, this machine) the server runs as the unprivileged
 * `postgres` user in a folder handed to it; as anyone else, as that user.
 */
async function asServerUser(command: string, args: string[]) {
  const asRoot = process.getuid?.() === 0;
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  return run(file, argv, { timeout: 120_000 });
}

function postgresIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = serverBin();
  const root = mkdtempSync(join(tmpdir(), 'newsbrief-pg-'));
  if (process.getuid?.() === 0) {
    const { uid, gid } = postgresIds();
    chownSync(root, uid, gid);
  }
  const dataDir = join(root, 'data');
  await asServerUser(join(bin, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  const port = await freePort();
  // Durability off: a test server is thrown away (a restart with -m fast still loses nothing).
  const serverOptions = [
    `-p ${port}`,
    `-k ${root}`,
    "-c listen_addresses='127.0.0.1'",
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ');
  const pgCtl = (...args: string[]) => asServerUser(join(bin, 'pg_ctl'), ['-D', dataDir, ...args]);
  const start = async () => {
    await pgCtl('-o', serverOptions, '-l', join(root, 'server.log'), '-w', '-t', '60', 'start');
  };
  const stop = async () => {
    await pgCtl('-m', 'fast', '-w', 'stop');
  };
  await start();
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  // Every database made for a test starts with the extensions, as a managed server offers them.
  const client = new pg.Client(url('template1'));
  await client.connect();
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS unaccent;');
  await client.end();
  return {
    port,
    dataDir,
    url,
    stop,
    start,
    destroy: () => destroyPostgresCluster(dataDir),
  };
}

/** Stops the cluster whose data folder this is (from any process) and removes its folder. */
export async function destroyPostgresCluster(dataDir: string): Promise<void> {
  await asServerUser(join(serverBin(), 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(
    () => undefined,
  );
  rmSync(dirname(dataDir), { recursive: true, force: true });
}
