import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectPath } from '../src/project-path';
import type { Benchmark } from './bench-types';
import { percentile } from './bench-types';

const RUNS = 15;
const VERSION_TARGET = 2.5;
const BRIEF_TARGET = 4;

/**
 * Cold start of one-shot CLI commands from the compiled dist/ (what `npx newsbrief` runs), side
 * by side with a bare `node -e 0`: the three are run in turn, RUNS times, so load on the machine
 * hits each alike; medians are compared.
 */
export const benchColdStart: Benchmark = async (context) => {
  const cli = projectPath('dist', 'newsbrief.js');
  const env = {
    PATH: process.env.PATH,
    NEWSBRIEF_DB: join(context.tmpDir, 'cold-start.db'),
    NEWSBRIEF_LOG_LEVEL: 'silent',
  };
  const run = (args: string[]) => {
    const started = process.hrtime.bigint();
    const child = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    if (child.status !== 0) throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr}`);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  run([cli, 'ingest', projectPath('samples')]);
  const commands: Array<[string, string[]]> = [
    ['node -e 0', ['-e', '0']],
    ['newsbrief --version', [cli, '--version']],
    ['newsbrief brief ferry', [cli, 'brief', 'ferry']],
  ];
  for (const [, args] of commands) run(args); // warm the file cache, as a second run would be
  const times = commands.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) for (const [k, [, args]] of commands.entries()) times[k]!.push(run(args));
  const medians = times.map((t) =>
    percentile(
      [...t].sort((a, b) => a - b),
      50,
    ),
  );
  const [node = 1, version = 0, brief = 0] = medians;
  context.log(
    `cold start medians: node ${node.toFixed(0)} ms, --version ${version.toFixed(0)} ms, brief ${brief.toFixed(0)} ms`,
  );
  return [
    { name: 'cold start: node -e 0 (median)', value: `${node.toFixed(0)} ms`, note: `${RUNS} runs, interleaved` },
    {
      name: 'cold start: newsbrief --version',
      value: `${version.toFixed(0)} ms (${(version / node).toFixed(2)}×)`,
      target: `<= ${VERSION_TARGET}× node -e 0`,
      ok: version / node <= VERSION_TARGET,
      note: 'compiled dist/, median',
    },
    {
      name: 'cold start: newsbrief brief ferry',
      value: `${brief.toFixed(0)} ms (${(brief / node).toFixed(2)}×)`,
      target: `<= ${BRIEF_TARGET}× node -e 0`,
      ok: brief / node <= BRIEF_TARGET,
      note: 'opens the store, searches, renders; samples stored',
    },
  ];
};
