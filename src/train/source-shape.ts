import { openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import lemmatizer from 'wink-lemmatizer';
import { wordnetDict } from './wordnet-dict';

/**
 * What kind of source the annotation gives a quote it leaves unnamed, read from the source's shape
 * (its determiner, its head noun's number and WordNet's lexicographer class of that noun), not from
 * a list of sources:
 * - `description`: one person described ("the Florida senator", "Trump's campaign manager", "his
 *   spokesman"): score.py does not score a name there, and the engine's name is mostly the person;
 * - `anonymous`: an indefinite or plural source ("a senior official", "aides", "people familiar
 *   with ...", "one adviser", "some Republicans"): a name given there is a misattribution;
 * - `document`: a document, an outlet or a body ("the report", "CNN", "the campaign");
 * - `none`: the annotation attributes the words to no one.
 */
export type SourceShape = 'description' | 'anonymous' | 'document' | 'none';

/** Determiners and quantifiers that leave the source unidentified (or many). */
const INDEFINITE =
  /^(?:a|an|one|some|several|many|most|few|other|others|another|any|various|numerous|multiple|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|no|all|both|each|every|more|half|someone|somebody|anyone|anybody|everyone|everybody|nobody|\d[\d,]*)$/i;
/** Words that end a noun phrase's head: prepositions, relatives, and adjectives that follow their noun. */
const POSTMODIFIER =
  /^(?:of|for|with|in|at|on|from|to|by|about|inside|within|among|outside|under|near|behind|across|who|whom|whose|that|which|familiar|close|closest|knowledgeable|aware|involved|briefed|present|speaking|working|according)$/i;
/** Words anywhere in a source that say the person is kept anonymous ("the official, who was not authorized ..."). */
const ANONYMITY =
  /\b(?:familiar with|not authori[sz]ed|anonymity|anonymously|declined to be (?:named|identified)|asked not to be (?:named|identified)|(?:spoke|speaking) on (?:the )?condition)\b/i;
/** A possessive pronoun before a person noun is as definite as "the". */
const POSSESSIVE = /^(?:his|her|their|its|our|my|your)$/i;

/** WordNet lexicographer files (lexnames) by number: the ones that say what a noun is. */
const TOPS = 3;
const COMMUNICATION = 10;
const GROUP = 14;
const PERSON = 18;
/** Senses of a noun read for a person sense ("mogul", "chair" and "justice" are people in their third, "source" in its fifth). */
const SENSES = 5;

/** Reads WordNet's noun index once: a noun's commonest sense's lexicographer file. */
class NounClasses {
  private readonly senses = new Map<string, number[]>();
  private readonly data: number;
  constructor(dict: string) {
    for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const pointers = Number(f[3]);
      const count = Number(f[2]);
      this.senses.set(f[0]!, f.slice(6 + pointers, 6 + pointers + Math.min(count, SENSES)).map(Number));
    }
    this.data = openSync(join(dict, 'data.noun'), 'r');
  }

  /** The lexicographer files of the noun's commonest senses, undefined when WordNet has no such noun. */
  classesOf(noun: string): number[] | undefined {
    const offsets = this.senses.get(noun.toLowerCase());
    return offsets?.map((offset) => {
      const buffer = Buffer.alloc(16);
      readSync(this.data, buffer, 0, 16, offset);
      return Number(buffer.toString('latin1').split(' ')[1]);
    });
  }
}

let nouns: NounClasses | undefined;

/** The words of a source up to its head noun, "according to" dropped. */
function headPhrase(source: string): string[] {
  const out: string[] = [];
  for (const raw of source
    .replace(/[’‘]/g, "'")
    .replace(/^according to\s+/i, '')
    .split(/\s+/)) {
    const word = raw.replace(/^["“(]+|[.,;:"”)]+$/g, '');
    // "one of two witnesses", "many of the protesters": the head follows the partitive's "of".
    if (out.length === 1 && INDEFINITE.test(out[0]!) && /^of$/i.test(word)) continue;
    if (out.length > 0 && POSTMODIFIER.test(word)) break;
    if (word) out.push(word);
  }
  return out;
}

/** A noun's lemma: WordNet's irregular forms (wink-lemmatizer), and compounds of "men" it lacks ("chairmen"). */
function lemmaOf(noun: string): string {
  const lemma = lemmatizer.lemmatizeNoun(noun.toLowerCase());
  return lemma === noun.toLowerCase() && /\wmen$/.test(lemma) ? lemma.replace(/men$/, 'man') : lemma;
}

/** Whether the head noun is plural: WordNet's lemma is not the word ("officials", "children"), or "people". */
function plural(head: string): boolean {
  const lower = head.toLowerCase();
  if (lower === 'people') return true;
  // An acronym ("DNC", "CBS") is a name, not a plural.
  if (head.length > 1 && head === head.toUpperCase()) return false;
  return lemmaOf(lower) !== lower;
}

/** What the head noun names, from its commonest senses: a person, a group, something else, unknown. */
export function headKind(head: string): 'person' | 'group' | 'thing' | undefined {
  nouns ??= new NounClasses(wordnetDict());
  const lemma = lemmaOf(head);
  const classes = nouns.classesOf(lemma) ?? nouns.classesOf(head);
  if (!classes || classes.length === 0) return undefined;
  const first = classes[0]!;
  if (first === PERSON || (first === TOPS && /^(?:person|people)$/.test(lemma))) return 'person';
  if (first === GROUP) return 'group';
  // A person in a later common sense ("the mogul", "the chair"), unless the noun is first a text.
  if (first !== COMMUNICATION && classes.includes(PERSON)) return 'person';
  return 'thing';
}

/** Whether the noun's commonest sense is a person ("minister"), not only a later one ("town": its townspeople). */
export function personFirst(head: string): boolean {
  nouns ??= new NounClasses(wordnetDict());
  return (nouns.classesOf(lemmaOf(head)) ?? nouns.classesOf(head))?.[0] === PERSON;
}

/**
 * The shape of an unnamed quote's annotated source (null: the annotation attributes it to no one).
 * `earlier`: the article's sources annotated before it, so that "the official" after "a senior
 * official" is read as the anonymous source it refers back to, not as a person described.
 */
export function sourceShape(source: string | null, earlier: readonly string[] = []): SourceShape {
  const shape = shapeAlone(source);
  if (shape !== 'description') return shape;
  if (ANONYMITY.test(source!)) return 'anonymous';
  const head = headOf(source!);
  const anaphor = earlier.some((e) => shapeAlone(e) === 'anonymous' && headOf(e) === head);
  return anaphor ? 'anonymous' : 'description';
}

/** The lemma of a source's head noun ("officials" and "the official" share "official"). */
const headOf = (source: string): string => lemmaOf(headPhrase(source).at(-1)?.replace(/'s?$/, '') ?? '');

/** The shape read from the source's own words. */
function shapeAlone(source: string | null): SourceShape {
  const phrase = headPhrase(source ?? '');
  if (phrase.length === 0) return 'none';
  const first = phrase[0]!;
  const head = phrase[phrase.length - 1]!.replace(/'s?$/, '');
  // A quantifier alone is its own head: "another", "most", "the two", "someone".
  if (INDEFINITE.test(head)) return 'anonymous';
  const kind = headKind(head);
  // A text or a thing speaks for whoever wrote it, whatever its determiner ("a letter to members").
  if (kind === 'thing') return 'document';
  if (INDEFINITE.test(first) || /^(?:these|those)$/i.test(first)) return 'anonymous';
  if (kind === 'person') return plural(head) ? 'anonymous' : 'description';
  if (kind === 'group') return plural(head) ? 'anonymous' : 'document';
  // Not a WordNet noun: a capitalised word is a name the labels do not take for a person (an outlet,
  // a body: "the DNC"); after "the" or a possessive, one person described ("the 46-year-old"); any
  // other word ("said", an annotation slip, or a lower-case head WordNet lacks) counts as no source.
  if (/^[A-Z]/.test(head)) return 'document';
  if (/^the$/i.test(first) || POSSESSIVE.test(first)) return 'description';
  return 'none';
}
