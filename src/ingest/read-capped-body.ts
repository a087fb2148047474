import { charsetDecoder } from './charset-decoder';
import { FetchError } from './fetch-error';

/**
 * Reads a response body but gives up as soon as it passes `maxBytes`, cancelling the stream so
 * the rest is never downloaded (a 30 MB page costs us the cap, not 30 MB).
 */
export async function readCappedBody(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  abort: () => void,
): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      abort();
      await reader.cancel().catch(() => undefined);
      throw new FetchError(
        'too_large',
        `The page is larger than the ${formatMb(maxBytes)} limit (NEWSBRIEF_FETCH_MAX_MB); stopped reading it.`,
      );
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export function formatMb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** The charset a page declares in its first 2 KB: <meta charset> (either form) or the XML declaration. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return (
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1]
  );
}

/** Decodes with the declared charset: header first, then <meta charset> or the XML declaration. */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const label = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? declaredCharset(bytes) ?? 'utf-8';
  try {
    return charsetDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
