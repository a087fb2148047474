import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatEvalReport, runEval } from '../eval/run-eval';
import type { CliIo } from './cli-io';

/** The labelled data lives beside the project, in the shared folder. */
const DEFAULT_EVAL_DIR = fileURLToPath(new URL('../../../shared/eval', import.meta.url));

/** `newsbrief eval [--dir]`: prints every figure the eval README names. */
export async function evalCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { dir: { type: 'string' }, json: { type: 'boolean' } } });
  const report = await runEval({ evalDir: values.dir ?? DEFAULT_EVAL_DIR });
  io.stdout.write(values.json ? `${JSON.stringify(report)}\n` : `${formatEvalReport(report)}\n`);
  return 0;
}
