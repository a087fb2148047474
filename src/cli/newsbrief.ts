import module from 'node:module';
import { runCli } from './run-cli';

// Node 22+ can keep compiled code between runs, which shortens every later start; Node 20 cannot.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// `newsbrief list | head -3` closes the pipe before the output ends: stop quietly, as git and gh
// do, instead of printing a stack trace for the write that found no reader.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

// The entry point `bin` runs (compiled to dist/newsbrief.js); `npm run dev` runs it through tsx.
process.exitCode = await runCli(process.argv.slice(2));
