import { parseArgs } from 'node:util';
import { DEFAULT_EVAL_DIR, formatEvalReport, runEval } from '../eval/run-eval';
import type { CliIo } from './cli-io';

/** `newsbrief eval [--dir]`: prints every figure the eval README names. */
export async function evalCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { dir: { type: 'string' }, json: { type: 'boolean' } } });
  const report = await runEval({ evalDir: values.dir ?? DEFAULT_EVAL_DIR });
  io.stdout.write(values.json ? `${JSON.stringify(report)}\n` : `${formatEvalReport(report)}\n`);
  return 0;
}
