import module from 'node:module';
import { ignoreClosedPipe } from './cli-io';
import { runCli } from './run-cli';

// Node 22+ can keep compiled code between runs, which shortens every later start; Node 20 cannot.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// `newsbrief ingest folder | head -1` closes stdout before the output ends: the command carries
// on (every article stored) and its later lines go nowhere; stderr is guarded when first used.
ignoreClosedPipe(process.stdout);

// The entry point `bin` runs (compiled to dist/newsbrief.js); `npm run dev` runs it through tsx.
process.exitCode = await runCli(process.argv.slice(2));
