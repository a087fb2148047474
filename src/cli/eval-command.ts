import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_EVAL_DIR, formatEvalReport, runEval } from '../eval/run-eval';
import { type CliIo, SetupError, UsageError } from './cli-io';

/** What an evaluation folder must hold (the layout of ../shared/eval). */
const REQUIRED = [join('bbc', 'article'), join('bbc', 'summary'), 'labels'];

/** `newsbrief eval [--dir]`: prints every figure the eval README names. */
export async function evalCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { dir: { type: 'string' }, json: { type: 'boolean' } },
  });
  if (positionals.length > 0)
    throw new UsageError(`eval takes no words ("${positionals.join(' ')}"); use --dir <folder>.`);
  const evalDir = values.dir ?? DEFAULT_EVAL_DIR;
  // Checked first: a wrong folder is a one-line setup mistake, not a stack trace from a scorer.
  const missing = REQUIRED.filter((sub) => !isDirectory(join(evalDir, sub)));
  if (missing.length > 0) {
    const what = existsSync(evalDir) ? `${evalDir} has no ${missing.join(', ')}` : `${evalDir} does not exist`;
    throw new SetupError(
      `No evaluation data: ${what}. Pass --dir <folder with bbc/article, bbc/summary and labels> (default ../shared/eval).`,
    );
  }
  const report = await runEval({ evalDir });
  io.stdout.write(values.json ? `${JSON.stringify(report)}\n` : `${formatEvalReport(report)}\n`);
  return 0;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
