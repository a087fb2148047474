import module from 'node:module';
import { runCli } from './run-cli';

// Node 22+ can keep compiled code between runs, which shortens every later start; Node 20 cannot.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// `newsbrief ingest folder | head -1` closes the pipe before the output ends. Exiting there would
// leave the rest unstored, so the command carries on: the failed write destroys stdout, later
// lines are dropped, and the exit code is the command's own. No stack trace for a reader that left.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

// The entry point `bin` runs (compiled to dist/newsbrief.js); `npm run dev` runs it through tsx.
process.exitCode = await runCli(process.argv.slice(2));
