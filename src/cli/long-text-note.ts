import { terminalSafeText } from '../platforms/console/terminal-safe-text';

/** From this size a text's analysis takes seconds (about 5 s a megabyte on a 2-core machine), not a blink. */
const LONG_TEXT_BYTES = 512 * 1024;

/**
 * A line for stderr before a long text is analysed ("ingest: analysing notes.txt (2.0 MB); a text this
 * long takes several seconds"), so a 2 MB file does not look hung; undefined for an ordinary article.
 * stderr, so `--json` and a pipe reading stdout are unchanged.
 */
export function longTextNote(command: string, source: string, text: string): string | undefined {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes < LONG_TEXT_BYTES) return undefined;
  const size = `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${command}: analysing ${terminalSafeText(source)} (${size}); a text this long takes several seconds\n`;
}
