import { lemmaOf } from './answer-lexicon';
import { WEEKDAYS } from './calendar-words';
import { subjectSlot } from './subject-slot';
import { VERB_BASES } from './verb-base-set';

/** Auxiliaries and modals: the clause's verb group opens on them ("Residents have written …"). */
const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do)$/;
/** Past forms that are not "-ed" and that the lexicon's irregular table may lack. */
const PAST =
  /^(?:said|says|told|made|took|gave|came|went|became|saw|knew|found|put|ran|got|held|kept|paid|sold|thought|brought|built|won|lost|met|led|left|sent|wrote|spoke|set|cut|hit|read|began|drew|rose|fell|struck|stood|sat)$/;
/** Before these an "-ed" word is an adjective ("the embattled mayor", "newly elected members"). */
const MODIFIER_BEFORE = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|[a-z]+ly|\S+['’]s?)$/i;
/** Irregular plural nouns the lexicon also maps to a lemma ("children" → "child"): no verbs. */
const NOUN_PLURAL = /(?:men|ren|ice|eet|eeth|ae|i|a)$/;
/** Words that make no subject alone, though capitalised at a sentence's start ("That", "There", "I"). */
const NO_SUBJECT =
  /^(?:i|we|you|that|this|there|these|those|here|another|one|such|what|which|who|all|both|each|some|many|most|none|either|neither)$/i;
/** Adverbs and a day between the subject and its verb ("The campaign on Monday also doubled down"). */
const TRAILING_ADVERBIAL = new RegExp(
  String.raw`(?:\s+(?:also|later|then|again|still|too|now|once|(?:on|last|this|next)\s+(?:${WEEKDAYS}|week|month|year|night|morning)))+$`,
);
/** Only the clause's opening words are read: a subject is short, and a long sentence stays linear. */
const READ = 200;
/** How far after the verb a reported clause's "that" is looked for (a tag's own window, quote-tags.ts). */
const REACH = 600;

/**
 * Whether the words from a clause's verb hold a "that" clause of that verb's own: "reported that the firm …". A "that"
 * after an infinitive is the infinitive's ("urged the government to ensure that the contractor does …, noting"), a
 * clause within the object, whose subject no participle after it takes (audit 51).
 */
function reportedThat(after: string): boolean {
  const that = /\bthat\s/.exec(after);
  if (!that) return false;
  for (const m of after.slice(0, that.index).matchAll(/\bto\s+([a-z]+)\b/g)) if (VERB_BASES.has(m[1]!)) return false;
  return true;
}

/** Whether a word is a clause's finite verb (roughly): an auxiliary, a regular or irregular past form. */
export function finite(word: string, previous: string): boolean {
  if (!/^[a-z]/.test(word)) return false;
  if (AUXILIARY.test(word) || PAST.test(word)) return true;
  if (/^[a-z]{3,}ed$/.test(word)) return !MODIFIER_BEFORE.test(previous);
  return lemmaOf(word) !== word && !NOUN_PLURAL.test(word);
}

/**
 * The subject of the clause a participle hangs on, read as a description when it names no one:
 * "Residents wrote to the council, saying …" → "Residents"; "Ms. Warren's office released a letter, …,
 * warning …" → "Ms. Warren's office". The words before the clause's first finite verb, when they make a
 * noun phrase the engine can vouch for (subject-slot.ts); null otherwise (a fronted adverbial, no verb
 * found, a clause within the words). `text` opens the clause; `offset` is the absolute offset of text[0].
 */
export function clauseSubjectDescription(
  text: string,
  offset: number,
  possessor = false,
): { start: number; end: number } | null {
  const head = text.slice(0, READ);
  const lead = /^[\s"“”'‘’]*/.exec(head)![0].length;
  let previous = '';
  for (const m of head.slice(lead).matchAll(/[\p{L}'’.\uE000-]+/gu)) {
    const word = m[0];
    if (m.index > 0 && finite(word, previous)) {
      // "The Journal reported that the firm advertised her services, noting …": the participle may hang on the
      // reported clause, whose subject is another; no one is vouched for.
      if (reportedThat(text.slice(lead + m.index, lead + m.index + REACH))) return null;
      const before = head
        .slice(lead, lead + m.index)
        .trimEnd()
        .replace(TRAILING_ADVERBIAL, '');
      const words = before.split(/\s+/);
      if (words.length === 1 && NO_SUBJECT.test(before)) return null;
      // A name of one or a few capitalised words ("Acme", "Lockheed Martin") is a subject as well.
      const properWords = new Set(/^(?:\p{Lu}[\p{L}'’.\uE000-]*\s?){1,4}$/u.test(before) ? words : []);
      // "Ryan's campaign shrugged off …, telling reporters": a capitalised possessor opening the words is a name.
      if (possessor && /^\p{Lu}[\p{L}.\uE000-]*['’]s?$/u.test(words[0]!))
        properWords.add(words[0]!.replace(/['’]s?$/, ''));
      const subject = subjectSlot(before, { properWords });
      return subject && !NO_SUBJECT.test(subject)
        ? { start: offset + lead, end: offset + lead + subject.length }
        : null;
    }
    previous = word;
  }
  return null;
}
