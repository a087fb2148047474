import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { describeFsError } from './list-article-files';

export type ReadTextResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * Reads a file as UTF-8 text, refusing what is not an article: too large (checked with stat
 * before reading, and again while reading in case the file grows), empty, binary, UTF-16 or
 * not valid UTF-8. Never throws.
 */
export async function readTextFile(path: string, maxBytes: number): Promise<ReadTextResult> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    // Checked before opening: opening a FIFO (or a device) for reading blocks until a writer
    // comes, which may be never. O_NONBLOCK covers a swap between the check and the open.
    const kind = await stat(path);
    // "not a regular file" is jargon for the common case: a folder named where one file goes.
    if (kind.isDirectory()) return { ok: false, error: 'a folder, not a file: name one article file in it' };
    if (!kind.isFile()) return { ok: false, error: 'not a regular file' };
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, error: 'not a regular file' };
    if (info.size > maxBytes) return { ok: false, error: tooLarge(info.size, maxBytes) };
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { ok: false, error: tooLarge(length, maxBytes) };
    return decode(buffer.subarray(0, length));
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function decode(bytes: Buffer): ReadTextResult {
  if (bytes.length === 0) return { ok: false, error: 'empty file' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, error: 'UTF-16 text is not supported: save the file as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, error: `binary file (NUL byte at offset ${nul}), not text` };
  let text: string;
  try {
    // fatal: a Latin-1 or Windows-1252 file must fail loudly, not turn into "caf\uFFFD".
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      error: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}; Latin-1 or Windows-1252?): save the file as UTF-8`,
    };
  }
  if (text.trim() === '') return { ok: false, error: 'empty file (only whitespace)' };
  return { ok: true, text };
}

function firstInvalidUtf8(bytes: Buffer): number {
  // Buffer.toString replaces bad sequences with U+FFFD; re-encoding the prefix finds the offset.
  const lossy = bytes.toString('utf8');
  const at = lossy.indexOf('\uFFFD');
  return at === -1 ? 0 : Buffer.byteLength(lossy.slice(0, at), 'utf8');
}

function tooLarge(size: number, maxBytes: number): string {
  return `too large: ${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit (NEWSBRIEF_MAX_FILE_MB)`;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}
