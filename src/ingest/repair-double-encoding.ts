/**
 * The byte Windows-1252 gives each of its 27 characters above U+00FF ("€" is 0x80, "’" 0x92): text saved as UTF-8,
 * read as Windows-1252 and saved again shows them ("donâ€™t" for "don’t"). Every other character up to U+00FF is
 * its own byte (Latin-1, which also covers the five bytes Windows-1252 leaves undefined).
 */
const CP1252: ReadonlyMap<number, number> = new Map(
  [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
    0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
  ]
    .map((code, i): [number, number] => [code, 0x80 + i])
    .filter(([code]) => code !== 0),
);
/**
 * Unicode compatibility normalisation (NFKC) writes five of those characters as a space and a combining mark ("¯" as
 * " ̄"), so a word double-encoded and then normalised reads "naÃ ̄ve": the pair is read back as its character.
 */
const SPACED: ReadonlyMap<string, string> = new Map(
  ['\u02dc', '\u00a8', '\u00af', '\u00b4', '\u00b8'].map((c) => [c.normalize('NFKC'), c]),
);
/**
 * A run of characters Windows-1252 can write, at least one above ASCII, or those pairs: where a double-encoded word's
 * letters are. A space and a mark is never prose, so correct text reads the same with or without the pairs.
 */
const RUN =
  /(?:[\u0080-\u00ff\ufffd\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]| [\u0301\u0303\u0304\u0308\u0327])+/g;
const SPACED_PAIR = / [\u0301\u0303\u0304\u0308\u0327]/g;
/**
 * What a run read back from spaced pairs may decode to: Latin letters and the punctuation Windows-1252 writes ("ï",
 * "ø", "‘"). Correct copy that wrote "´" as an apostrophe after a capital ("Gauß´s", normalised "Gauß ́s") has the
 * same bytes as a letter of another script ("ߴ"), which no double-encoded English copy is.
 */
const SPACED_DECODES_TO = /^[\u00a0-\u017f\u2000-\u206f\u20ac\u2122]*$/;
/** A UTF-8 lead byte's character (Â to ô) then a continuation byte's: the only shape double encoding writes. */
const LEAD_THEN_CONTINUATION =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;
const STRICT = new TextDecoder('utf-8', { fatal: true });

/**
 * A character decoded from two bytes (U+0080 to U+07FF) outside Latin-1, Latin Extended-A and the letters
 * Windows-1252 writes: correct copy that puts a symbol or curly quote after a capital ("JOSÉ’s", "Gauß´s") has the
 * same bytes as a letter of another script ("ɒ", "ߴ"), which no double-encoded English copy is. Three- and four-byte
 * characters ("’", "→", an emoji) are left free: no prose writes a lead letter then two such symbols.
 */
const FOREIGN_TWO_BYTE = /[\u0180-\u0191\u0193-\u02c5\u02c7-\u02db\u02dd-\u07ff]/;
/**
 * What Windows-1252 can write above ASCII: a character whose last byte was lost is read back only into it.
 * Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined, so a decoder writes "\ufffd" for them ("â€\ufffd"
 * for "”"); of the five characters "â€" can then start only "”" is in it (the others: a space, two format marks, "‐").
 */
const WINDOWS_1252_REPERTOIRE =
  /^[\u00a0-\u017f\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]*$/;
const LOST = '\ufffd';
const UNDEFINED_BYTES = ['\u0081', '\u008d', '\u008f', '\u0090', '\u009d'];

/**
 * Double-encoded UTF-8 repaired ("FranÃ§ois" → "François", "donâ€™t" → "don’t"), with how many characters were restored. A run of
 * characters is repaired only when its Windows-1252 bytes are well-formed UTF-8 of fewer characters, none of them a
 * control: valid copy never reads so ("café", "naïve", "Łódź", "Αθήνα", an emoji are left as they are: their bytes
 * are no UTF-8, or they are not Windows-1252 at all). A run normalised after the damage ("naÃ ̄ve") is read with its
 * spaced marks as their characters (see SPACED). A run whose byte Windows-1252 leaves undefined became "\ufffd" is
 * read back only when one reading fits (see WINDOWS_1252_REPERTOIRE). Any other run that does not decode (a
 * character lost in a second round trip) is left as written rather than guessed.
 */
export function repairDoubleEncoding(text: string): { text: string; repaired: number } {
  let repaired = 0;
  const out = text.replace(RUN, (whole) => {
    const lost = whole.includes(LOST) ? lostByteRead(whole) : undefined;
    // With no certain reading of the lost byte, the pieces around each "\ufffd" are read as they always were.
    const pieces = lost === undefined ? whole.split(LOST) : [whole];
    return pieces
      .map((run) => {
        const read = lost ?? repairedRun(run);
        if (read !== undefined) repaired += [...read].length;
        return read ?? run;
      })
      .join(LOST);
  });
  return { text: out, repaired };
}

/** The run repaired, or undefined when it is to stay as written. */
function repairedRun(run: string): string | undefined {
  // A run that does not decode once its pairs are read back is left as written, pairs and all.
  const unspaced = run.replace(SPACED_PAIR, (pair) => SPACED.get(pair)!);
  const read = decodedRun(unspaced);
  const decoded = unspaced === run || (read !== undefined && SPACED_DECODES_TO.test(read)) ? read : undefined;
  // Encoded twice over ("realÃ¢â‚¬world"), a run decodes to another such run: read again, and kept as written
  // when what is left still has the shape but no longer decodes (a byte lost on the way).
  const again = decoded === undefined ? undefined : (decodedRun(decoded) ?? decoded);
  return again === undefined || LEAD_THEN_CONTINUATION.test(again) || FOREIGN_TWO_BYTE.test(again) ? undefined : again;
}

/**
 * The run with each "\ufffd" read as one of the five bytes Windows-1252 leaves undefined, when exactly one choice
 * repairs it into Windows-1252's repertoire; else undefined (two lost bytes at most: 25 readings).
 */
function lostByteRead(run: string): string | undefined {
  const parts = run.split(LOST);
  if (parts.length > 3) return undefined;
  let readings = [parts[0]!];
  for (const part of parts.slice(1))
    readings = readings.flatMap((head) => UNDEFINED_BYTES.map((byte) => head + byte + part));
  const fits = new Set(
    readings.map(repairedRun).filter((read) => read !== undefined && WINDOWS_1252_REPERTOIRE.test(read)),
  );
  return fits.size === 1 ? [...fits][0] : undefined;
}

/** The run's Windows-1252 bytes read as UTF-8, when they are well-formed, shorter and no control; else undefined. */
function decodedRun(run: string): string | undefined {
  if (!LEAD_THEN_CONTINUATION.test(run)) return undefined;
  const bytes = Uint8Array.from(run, (char) => {
    const code = char.codePointAt(0)!;
    return code <= 0xff ? code : CP1252.get(code)!;
  });
  let decoded: string;
  try {
    decoded = STRICT.decode(bytes);
  } catch {
    return undefined;
  }
  // A C1 control decoded ("Ã\u0081") is no letter a writer meant: the run was something else.
  return decoded.length < run.length && !/\p{Cc}/u.test(decoded) ? decoded : undefined;
}
