import { stemmer } from 'stemmer';
import { relatedStems } from './answer-lexicon';
import { MONTHS, WEEKDAYS } from './calendar-words';
import { eachMatch } from './each-match';
import { irregularVerbLemma } from './irregular-verb-lemma';
import { thingNoun } from './thing-noun';

/** The act a pending cue waits on: "due to appear before …", "will vote on …", "is to be sentenced …". */
const ACT =
  /\b(?:to|will|shall|would)\s+(?:(?:not|also|then|now|again|\w+ly)\s+)?(?:be\s+)?([a-z]+)\b([^.;!?]{0,120})/i;
/** A named thing (a court, a council, a place: a run of capitalised words) or a day the act is tied to. */
const NAMED = /\b\p{Lu}[\p{L}\w'’-]+(?:\s+\p{Lu}[\p{L}\w'’-]+)*/gu;
/** A named place the act happens at: "before Mullingar District Court", "at Kelmsby Town Hall". */
const VENUE = /\b(?:before|at|in)\s+(?:the\s+)?(\p{Lu}[\p{L}\w'’-]+(?:\s+\p{Lu}[\p{L}\w'’-]+)+)/gu;
const CALENDAR = new RegExp(`^(?:${WEEKDAYS}|${MONTHS})$`);
/** "this morning, Tuesday": a day set after the act's clause in apposition. */
const APPOSED_DAY = new RegExp(`^\\s*(?:${WEEKDAYS}|${MONTHS})\\b`);
/** A later sentence that itself still looks forward ("was due to appear", "will vote again") reports nothing done. */
const STILL_AHEAD =
  /\b(?:will|would|shall|(?:due|expected|set|scheduled|likely|poised|going|plans?|planned|intends?)\s+to|yet to|is to|are to|was to|were to)\b/i;
const PAST = /\b(?:was|were|had)\b|\b[a-z]{3,}ed\b/;
/** A present perfect, whose participle may be irregular: "has left", "have met". */
const PERFECT = /\b(?:has|have)\s+(?:\w+ly\s+)?([a-z]+)\b/g;
/** A determiner and at most one modifier before a word: the verb's own form used as a noun ("a two-hour visit"). */
const NOUN_USE = /\b(?:a|an|the|his|her|their|its|our)\s+(?:[\w-]+\s+)?$/i;
const WORD = /[A-Za-z][\w'’-]*/g;
/** Where the act's object ends: another clause or an aside ("further sanctions as a deterrence to …"). */
const CLAUSE_END = /\b(?:as|because|if|while|when|which|that|who|and|but|after|before|so)\b|["“”]/i;
/** Before a form that tells the act still undone: an infinitive, a negation, a modal ("to be raised", "has not voted"). */
const UNDONE = /\b(?:to|not|never|n't|would|could|might|may|will)\s+(?:be\s+|have\s+|been\s+)?$/i;
/** An infinitive ("to meet", "to be sentenced"): its verb, so a later sentence holding the act only so is no report. */
const INFINITIVE = /\bto\s+(?:(be)\s+)?([a-z]+)\b/gi;

/**
 * Whether a later sentence of the article reports the pending act at `at` as done, so the passage waits on nothing
 * (audit 49, B-a49-14: "is due to appear before Mullingar District Court this morning, Tuesday" then "At Mullingar
 * District Court on Tuesday, … was charged"). The act is the verb after the cue's "to"/"will", its clause up to the
 * first comma (a day in apposition after it kept), and who is to act: the words just before the cue. A later sentence
 * that looks forward itself, or holds the act as an infinitive ("invited him to meet"), is no report. It reports the
 * act when it tells the verb (or a WordNet derivation of it: "appearance") in the past, with a word of who acts and one
 * of the act's named things or days (two words of its object when nothing in it is named), or when it names the act's
 * own venue ("before/at … Court") with its day or the verb done ("Aoife Drennan appeared before … Court"). Another event told in the past ("the Senate voted last year on
 * a similar bill"), or another actor's ("Brookover spoke to reporters Thursday"), leaves it pending.
 */
export function reportedLater(text: string, at: number, later: readonly string[]): boolean {
  const act = firstAct(text, at);
  if (act === null) return false;
  const lemma = act.verb.toLowerCase();
  const stem = stemmer(irregularVerbLemma(lemma) ?? lemma);
  // A derivation shares the verb's first letters ("decide" / "decision"); a synonym WordNet lists ("appear" /
  // "seem") tells another act.
  const forms = new Set([stem, ...relatedStems(stem).filter((r) => r.slice(0, 4) === stem.slice(0, 4))]);
  const named = [...eachMatch(NAMED, act.rest)].map((m) => m[0]);
  const days = named.flatMap((n) => n.split(/\s+/)).filter((w) => CALENDAR.test(w));
  const venues = [...eachMatch(VENUE, act.rest)].map((m) => m[1]!);
  const objects = named.length > 0 ? [] : contentWords(act.rest.split(CLAUSE_END)[0]!).slice(0, 4);
  // A lone unnamed place ("visit the area", "tour the site"): the report names the place its own way ("visited
  // Harlsby"), so who acts and the act done are the tie (audit 50, B-a50-10).
  const place = objects.length === 1 && thingNoun(objects[0]!) === 'place';
  const actors = contentWords(text.slice(Math.max(0, at - 60), at)).slice(-4);
  for (const sentence of later) {
    if (STILL_AHEAD.test(sentence) || holdsInfinitive(sentence, lemma) || !toldPast(sentence)) continue;
    const atVenue = venues.some((v) => wordIn(sentence, v));
    if (atVenue && (days.some((d) => wordIn(sentence, d)) || toldDone(sentence, forms))) return true;
    const tied =
      named.length > 0
        ? named.some((n) => wordIn(sentence, n))
        : place || objects.filter((w) => wordIn(sentence, w)).length >= 2;
    if (tied && actors.some((w) => wordIn(sentence.toLowerCase(), w)) && toldDone(sentence, forms)) return true;
  }
  return false;
}

/** Whether the sentence holds the verb as an infinitive: a word check, no pattern compiled per cue (review 49, B-r49-11). */
function holdsInfinitive(sentence: string, lemma: string): boolean {
  for (const m of eachMatch(INFINITIVE, sentence)) {
    if (m[2]!.toLowerCase() === lemma || m[1]?.toLowerCase() === lemma) return true;
  }
  return false;
}

/** The first act from the cue on, read within 60 characters of it: its verb and its clause. */
function firstAct(text: string, at: number): { verb: string; rest: string } | null {
  const m = ACT.exec(text.slice(at));
  if (!m || m.index > 60) return null;
  const rest = m[2]!;
  const comma = rest.indexOf(',');
  if (comma < 0) return { verb: m[1]!, rest };
  const apposed = APPOSED_DAY.exec(rest.slice(comma + 1));
  return { verb: m[1]!, rest: rest.slice(0, comma + 1 + (apposed?.[0].length ?? 0)) };
}

/**
 * The verb (or its derivation) in a past or noun use, not after "to", "not" or a modal: "visited", "appearance", or
 * the verb's own form after a determiner ("after a two-hour visit", "the vote").
 */
function toldDone(sentence: string, forms: ReadonlySet<string>): boolean {
  for (const m of eachMatch(WORD, sentence)) {
    const word = m[0].toLowerCase();
    const base = irregularVerbLemma(word);
    const told =
      base !== undefined ||
      /ed$/.test(word) ||
      /(?:ance|ment|ion|al)s?$/.test(word) ||
      NOUN_USE.test(sentence.slice(Math.max(0, m.index - 30), m.index));
    if (!told || !forms.has(stemmer(base ?? word))) continue;
    if (!UNDONE.test(sentence.slice(Math.max(0, m.index - 18), m.index))) return true;
  }
  return false;
}

/** A sentence told in the past: a past form, or a perfect with a regular or irregular participle ("has left"). */
function toldPast(sentence: string): boolean {
  if (PAST.test(sentence)) return true;
  for (const m of eachMatch(PERFECT, sentence)) if (irregularVerbLemma(m[1]!) !== undefined) return true;
  return false;
}

/** Lower-case content words of a stretch: who acts, or an act's object when nothing in it is named. */
function contentWords(stretch: string): string[] {
  return (stretch.toLowerCase().match(/\b[a-z]{4,}\b/g) ?? []).filter((w) => !FUNCTION.test(w));
}
const FUNCTION =
  /^(?:this|that|these|those|with|from|into|over|than|them|their|there|which|what|when|where|while|about|after|before|under|until|again|also|week|weekend|month|year|today|tonight|tomorrow|morning|afternoon|evening|night|said|says|have|been|will|would|could|should|expected|plans|planning|likely|poised|scheduled)$/;

function wordIn(sentence: string, phrase: string): boolean {
  const at = sentence.indexOf(phrase);
  if (at < 0) return false;
  const end = at + phrase.length;
  return !/\w/.test(sentence[at - 1] ?? '') && !/\w/.test(sentence[end] ?? '');
}
