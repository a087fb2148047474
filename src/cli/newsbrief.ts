import { runCli } from './run-cli';

// The entry point `bin` runs (compiled to dist/newsbrief.js); `npm run dev` runs it through tsx.
process.exitCode = await runCli(process.argv.slice(2));
