import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { type CharsetDecoder, charsetDecoder } from './charset-decoder';
import { describeFsError } from './list-article-files';
import { declaredCharset } from './read-capped-body';

export type ReadTextResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * Reads a file as UTF-8 text, refusing what is not an article: too large (checked with stat
 * before reading, and again while reading in case the file grows), empty, binary, UTF-16 or
 * not valid UTF-8 (an .html/.htm page: not valid in the charset it declares). Never throws.
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
    return decode(buffer.subarray(0, length), /\.html?$/i.test(path));
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function decode(bytes: Buffer, html: boolean): ReadTextResult {
  if (bytes.length === 0) return { ok: false, error: 'empty file' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, error: 'UTF-16 text is not supported: save the file as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1 && utf16WithoutMark(bytes)) {
    return { ok: false, error: 'UTF-16 text (without a byte-order mark) is not supported: save the file as UTF-8' };
  }
  if (nul !== -1) return { ok: false, error: `binary file (NUL byte at offset ${nul}), not text` };
  const declared = html ? declaredDecoder(bytes) : undefined;
  let text: string;
  try {
    // fatal: a Latin-1 or Windows-1252 file must fail loudly, not turn into "caf\uFFFD".
    text = (declared ?? new TextDecoder('utf-8', { fatal: true })).decode(bytes);
  } catch {
    return {
      ok: false,
      error: declared
        ? `not valid ${declared.encoding}, the charset the page declares: save the file as UTF-8`
        : `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}; Latin-1 or Windows-1252?): save the file as UTF-8`,
    };
  }
  if (text.trim() === '') return { ok: false, error: 'empty file (only whitespace)' };
  return { ok: true, text };
}

/**
 * English saved as UTF-16 with no byte-order mark (some editors' "Unicode" without BOM): every
 * other byte of its opening is NUL, on the same side of each pair. Named as such, not "binary":
 * the fix is the same as for UTF-16 with a mark. Only the first 512 bytes are looked at.
 */
function utf16WithoutMark(bytes: Buffer): boolean {
  const pairs = Math.floor(Math.min(bytes.length, 512) / 2);
  if (pairs < 8) return false;
  let high = 0;
  let low = 0;
  for (let i = 0; i < pairs; i++) {
    const [a, b] = [bytes[2 * i], bytes[2 * i + 1]];
    if (a === 0 && b !== 0) high++;
    else if (b === 0 && a !== 0) low++;
  }
  return Math.max(high, low) >= pairs * 0.9;
}

/**
 * A saved web page is read in the charset it declares (<meta charset="windows-1252">), as the
 * same page is by link. Undefined for UTF-8 and for what declares nothing (read as strict UTF-8),
 * for a UTF-8 byte-order mark (it wins over the declaration) and for an unknown label.
 */
function declaredDecoder(bytes: Buffer): CharsetDecoder | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return undefined;
  const label = declaredCharset(bytes);
  if (!label) return undefined;
  try {
    const decoder = charsetDecoder(label, { fatal: true });
    // A page cannot truly declare UTF-16 in ASCII bytes; HTML reads that declaration as UTF-8.
    return /^utf-(?:8|16)/.test(decoder.encoding) ? undefined : decoder;
  } catch {
    return undefined;
  }
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
