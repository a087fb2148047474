const LEVELS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warning',
  50: 'error',
  60: 'fatal',
};

/**
 * A pino destination for the interactive console: each JSON log line becomes one readable line
 * ("newsbrief warning: feed failed (timeout)"), so warnings never land in the chat as raw JSON.
 */
export function createConsoleLogStream(out: NodeJS.WritableStream): NodeJS.WritableStream {
  const write = (chunk: string | Uint8Array) => {
    for (const line of String(chunk).split('\n')) {
      if (line.trim()) out.write(`${readable(line)}\n`);
    }
    return true;
  };
  return { write } as unknown as NodeJS.WritableStream;
}

function readable(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const level = LEVELS[Number(entry.level)] ?? 'log';
  const err = entry.err as { message?: unknown } | string | undefined;
  const detail = typeof err === 'string' ? err : typeof err?.message === 'string' ? err.message : undefined;
  return `newsbrief ${level}: ${String(entry.msg ?? '')}${detail ? ` (${detail})` : ''}`;
}
