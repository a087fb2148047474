import { realpathSync } from 'node:fs';
import { isatty } from 'node:tty';

/**
 * The terminal this process runs in, as a key for the console's thread (console-poster.ts): the device of the first of
 * stdin, stdout and stderr that is a terminal ("/dev/pts/3"), so `printf … | npm start` in a terminal is that terminal
 * too; where the device cannot be read (no /proc), the terminal emulator's own session id (macOS Terminal and iTerm's
 * TERM_SESSION_ID, Windows Terminal's WT_SESSION), else one key for every terminal (the console's thread before
 * session 46). Undefined when none of the three is a terminal: a run with nothing typed has no terminal to go on in.
 */
export function consoleTerminal(env: NodeJS.ProcessEnv): string | undefined {
  const fd = [0, 1, 2].find((n) => isatty(n));
  if (fd === undefined) return undefined;
  try {
    const device = realpathSync(`/proc/self/fd/${fd}`);
    if (device.startsWith('/dev/')) return device;
  } catch {
    // No /proc here: the emulator's session id below.
  }
  return env.TERM_SESSION_ID ?? env.WT_SESSION ?? 'tty';
}
