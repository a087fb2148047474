import { PassThrough } from 'node:stream';

/**
 * A terminal for the real node:readline: a TTY-flagged input (raw mode is a no-op) and an output
 * that collects what the user would see. Keys are written as a terminal sends them.
 */
export function fakeTerminal() {
  const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => input });
  const output = Object.assign(new PassThrough(), { isTTY: true, columns: 200, rows: 50 });
  let screen = '';
  output.on('data', (d) => (screen += String(d)));
  // Resolves on the output's own 'data' events; the bound (the first brief loads the NLP models,
  // slow on a loaded machine) turns a screen that never shows the text into a clear failure.
  const waitFor = (pattern: RegExp, from = 0) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!pattern.test(screen.slice(from))) return;
        finish();
        resolve();
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`never showed ${pattern}:\n${screen}`));
      }, 20_000);
      const finish = () => {
        clearTimeout(timer);
        output.off('data', check);
      };
      output.on('data', check);
      check();
    });
  return { input, output, screen: () => screen, waitFor };
}
