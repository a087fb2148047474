import { describe, expect, it } from 'vitest';
import { charsetDecoder } from '../../src/ingest/charset-decoder';
import { decodeBody } from '../../src/ingest/read-capped-body';

// Bytes 0x80-0x9F as Windows-1252 gives them (the WHATWG index): smart quotes, dashes, the euro.
const BYTES = Buffer.from([0x80, 0x81, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x9f, 0xe9]);
const TEXT = '\u20ac\x81\u2026\u2018\u2019\u201c\u201d\u2013\u2014\u0178\u00e9';

describe('charsetDecoder', () => {
  it('reads windows-1252 and the labels that mean it as the web does', () => {
    for (const label of ['windows-1252', 'cp1252', 'latin1', 'ISO-8859-1']) {
      const decoder = charsetDecoder(label, { fatal: true });
      expect(decoder.encoding).toBe('windows-1252');
      expect(decoder.decode(BYTES)).toBe(TEXT);
    }
  });

  it('leaves other charsets to TextDecoder and refuses an unknown label', () => {
    expect(charsetDecoder('iso-8859-2').decode(Buffer.from([0x93, 0xb1]))).toBe('\x93\u0105');
    expect(charsetDecoder('utf-8').decode(Buffer.from('caf\u00e9 \u201cok\u201d'))).toBe('caf\u00e9 \u201cok\u201d');
    expect(() => charsetDecoder('no-such-charset')).toThrow(RangeError);
  });

  it('gives a page fetched by link its curly quotes (header or <meta> charset)', () => {
    const page = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), Buffer.from([0x93, 0x41, 0x94])]);
    expect(decodeBody(page, 'text/html')).toContain('<p>\u201cA\u201d');
    expect(decodeBody(Buffer.from([0x93, 0x41, 0x94]), 'text/html; charset=ISO-8859-1')).toBe('\u201cA\u201d');
  });
});
