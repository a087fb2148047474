// WHATWG index-windows-1252 for bytes 0x80-0x9F; five bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to themselves.
const WINDOWS_1252_C1 =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

export interface CharsetDecoder {
  /** The WHATWG name the label resolved to ("latin1" → "windows-1252"). */
  encoding: string;
  decode(bytes: Uint8Array): string;
}

/**
 * A TextDecoder for a charset label (throws RangeError for an unknown one), with windows-1252
 * read as the web reads it. Node since 20.18.3 decodes that charset (and the labels latin1 and
 * iso-8859-1, which mean it) as ISO-8859-1, so 0x93 became a control character instead of “ and
 * a quotation was lost (nodejs/node#60888); mapping 0x80-0x9F back is right on a fixed Node too.
 */
export function charsetDecoder(label: string, options: { fatal?: boolean } = {}): CharsetDecoder {
  const decoder = new TextDecoder(label, options);
  const { encoding } = decoder;
  if (encoding !== 'windows-1252') return { encoding, decode: (bytes) => decoder.decode(bytes) };
  return {
    encoding,
    decode: (bytes) => decoder.decode(bytes).replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!),
  };
}
