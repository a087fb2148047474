import module from 'node:module';
import { runCli } from './run-cli';

// Node 22+ can keep compiled code between runs, which shortens every later start; Node 20 cannot.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// The entry point `bin` runs (compiled to dist/newsbrief.js); `npm run dev` runs it through tsx.
process.exitCode = await runCli(process.argv.slice(2));
