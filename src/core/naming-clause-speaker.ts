import type { Sentence } from './analysis-types';
import { afterApposition } from './apposition';
import { eachMatch } from './each-match';
import { irregularVerbLemma } from './irregular-verb-lemma';
import type { PersonMention } from './people';
import { sourceVerb } from './source-verb';
import { speechVerbAfter } from './speaker-constructions';
import { FILLER } from './speech-cues';

/** How many names back from the quotation to look, and how many of the reporter's words the verb may stand back. */
const REACH = 4;
const MAX_WORDS = 12;
const WORD = /\p{L}+(?:['\u2019]\p{L}+)*/gu;
/** A clause of its own between the verb and the quotation: its words are no longer the verb's object. */
const CLAUSE_BREAK =
  /[;:?!()\u2014]|,\s*(?:which|who|whom|whose|where|while|whereas|and|or|but|so|yet|as|because|although|though|after|before|when|since|if|unless|according|\p{Ll}+ing)\b|\band\s+\p{Lu}/u;
/**
 * A finite form: a bare "call" after a name is as often a noun ("the Trump call") as a verb, and a participle after
 * an apposed name ("his rival, Hillary Clinton, saying …") is the sentence subject's, not the name's.
 */
const INFLECTED = /(?:ed|s)$/;
/** A person's subject pronoun, resolved as a tag's is ("as he called on Americans not to "…""); "they" is as often a body. */
const SUBJECT_PRONOUN = /\b(?:he|she)\b/gi;

export interface Span {
  start: number;
  end: number;
}

/** The subject found: a named person's mention, or a pronoun and where it stands (absolute offset). */
export type NamingSubject = { mention: PersonMention } | { pronoun: string; at: number };

/** Every word capitalised but short ones ("for", "the"): a title ("The X-Files", "Meet the Press"), not words said. */
const TITLE = /^\P{L}*\p{Lu}[^\s]*(?:\s+(?:\p{Lu}\S*|\p{Ll}{1,3}\b\S*))*\P{L}*$/u;

/**
 * The verb right after a name (past its apposition and fillers such as "also", "later"), where it ends, and whether
 * it is one of communication; null when no inflected word follows the name as its verb.
 */
function verbAfter(sentence: Sentence, m: Span): { end: number; source: boolean } | null {
  const from = afterApposition(sentence.text, m.start - sentence.start, m.end - sentence.start);
  const rest = sentence.text.slice(from, from + 60);
  let fillers = 0;
  let last = 0;
  for (const w of eachMatch(WORD, rest)) {
    // Only spaces before each word: a comma, a quotation mark or a bracket ends the subject's reach.
    if (rest.slice(last, w.index).trim() !== '') return null;
    last = w.index + w[0].length;
    const word = w[0].toLowerCase();
    if (FILLER.has(word) || (word.length > 4 && word.endsWith('ly'))) {
      if (++fillers > 2) return null;
      continue;
    }
    const lemma = irregularVerbLemma(word);
    if (!(lemma && lemma !== word) && !INFLECTED.test(word)) return null;
    return { end: from + last, source: sourceVerb(word) };
  }
  return null;
}

/**
 * "Christie called Obama a "petulant child"", "Sanders thanked its members "for their support"", "Hewlett sniped
 * that Fiorina was "learning on the job"": a quotation inside the clause of a verb of communication or creation
 * (WordNet's commonest senses, source-verb.ts, not a list grown from examples) whose subject is a named person, or a
 * subject pronoun the caller resolves as a tag's, is that person's words, though no reporting verb or tag introduces
 * them. Only for quotations: the verbs are wider than
 * the reported-speech reader's, which statements and the answer features read, so neither moves. The ranker weighs
 * the choice as it weighs a quotation inside reported speech.
 */
export function namingClauseSpeaker(
  sentence: Sentence,
  quote: { start: number; text: string },
  readings: { mentions: PersonMention[]; pronouns: Span[] },
  isQuoted: (offset: number) => boolean,
): NamingSubject | null {
  // "signed on for "The X-Files"", "starred in "Scandal"": a title is named, not said.
  if (TITLE.test(quote.text)) return null;
  let found: NamingSubject | null = null;
  let looked = 0;
  const subjects = subjectsBefore(quote.start, readings);
  for (let i = subjects.length - 1; i >= 0 && looked < REACH; i--) {
    const m = subjects[i]!;
    looked++;
    // "McCaskill said Sanders has pushed her to be "more aggressive"", "Gingrich said if Trump picked him it would be
    // a "two-pirate ticket"": a speaker further out reports the whole clause; the readers that know that frame decide.
    // A naming verb further out does not ("a clip Judge Moss called "distasteful," Santo expressed a wish to "…"").
    if (found) {
      // Read whatever the name's other standing (the index may take "Hannity," Newt Gingrich for an object).
      if (!isQuoted(m.start) && speechVerbAfter(sentence, m)) return null;
      continue;
    }
    if (('person' in m && (m.possessive || m.object)) || isQuoted(m.start)) continue;
    const verb = verbAfter(sentence, m);
    // A nearer subject's verb of another kind is read past: its clause may be the object of the communication
    // verb ("sniped that Fiorina was "…""); one joined by "and" or a comma is cut off by CLAUSE_BREAK below.
    if (!verb?.source) continue;
    const between = sentence.text.slice(verb.end, Math.max(verb.end, quote.start - sentence.start - 1));
    // "whose heroism Trump belittled, with a "…" theme": a verb without its object closes its clause; so does a comma
    // right before the quotation ("when Warren railed against Wall Street, "she is speaking for all of us"").
    if (CLAUSE_BREAK.test(between) || /^\s*,|,\s*$/.test(between)) return null;
    let words = 0;
    for (const w of eachMatch(WORD, between)) if (!isQuoted(sentence.start + verb.end + w.index)) words++;
    if (words > MAX_WORDS) return null;
    found =
      'person' in m
        ? { mention: m }
        : { pronoun: sentence.text.slice(m.start - sentence.start, m.end - sentence.start).toLowerCase(), at: m.start };
  }
  return found;
}

/**
 * The subject pronouns outside quotations in a sentence (absolute offsets), read once per sentence by the caller: a
 * sentence of many quotations would otherwise be scanned from its start once per quotation.
 */
export function subjectPronouns(sentence: Sentence, isQuoted: (offset: number) => boolean): Span[] {
  const spans: Span[] = [];
  for (const p of eachMatch(SUBJECT_PRONOUN, sentence.text)) {
    const start = sentence.start + p.index;
    if (!isQuoted(start)) spans.push({ start, end: start + p[0].length });
  }
  return spans;
}

/**
 * The named mentions and the subject pronouns that end before the quotation, in order: a pronoun subject of a verb
 * of communication frames a quotation as a name does ("he called on Americans not to "…"").
 */
function subjectsBefore(
  quoteStart: number,
  readings: { mentions: PersonMention[]; pronouns: Span[] },
): Array<PersonMention | Span> {
  const spans: Array<PersonMention | Span> = readings.mentions.filter((m) => m.end <= quoteStart);
  for (const p of readings.pronouns) if (p.end <= quoteStart) spans.push(p);
  return spans.sort((a, b) => a.start - b.start);
}
