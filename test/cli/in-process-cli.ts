import { runCli } from '../../src/cli/run-cli';
import type { WorkerPool } from '../../src/workers/create-worker-pool';
import { captureIo } from '../support/capture-io';

/**
 * Runs a command line in this process with the environment `env()` gives at the time of the call:
 * a test may swap that environment (add a token) between commands.
 */
export function inProcessCli(env: () => NodeJS.ProcessEnv, pool: WorkerPool) {
  return async (args: string[], input: string[] = []) => {
    const io = captureIo(env(), input, pool);
    const code = await runCli(args, io);
    return { code, out: io.out(), err: io.err() };
  };
}
