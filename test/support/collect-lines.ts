import { Writable } from 'node:stream';

/** A log destination that keeps each line, as written. */
export const collectLines = (lines: string[]) =>
  new Writable({
    write(chunk, _enc, next) {
      lines.push(String(chunk));
      next();
    },
  });
