import { regularBase } from './did-question';
import { endsPlural } from './ends-plural';
import { englishWord } from './english-word';
import { quotedInPhrase } from './quoted-in-phrase';

/**
 * A reported condition's past verb restored to the present in a "Will …?" question: "would table a motion of censure
 * if the government used 49.3" → "… if the government uses 49.3?" (audit 55's B-a55-16). Reported speech backshifts
 * the condition with the modal; the question asks of what is still to come, so the condition is present too. Only a
 * forward-looking "if/unless/once/until" with a short subject and a regular "-ed" verb WordNet knows ("after the storm
 * killed …" may be a real past, so it is left as written).
 */
const CONDITION = /\b(if|unless|once|until) ((?:the |a |an |its |their )?[\w'’-]+(?: [\w'’-]+)?) ([a-z]{2,}ed)\b/gi;

/** "uses", "carries", "pushes": the third-person present of a base. */
function thirdPerson(base: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/**
 * "used" → "use", "wanted" → "want": a base WordNet reads more as a noun ("use") is missed by regularBase, so the
 * forms an "-ed" can come from are tried in turn ("e" kept first, then the bare stem, then a doubled consonant
 * undone), the first that is an English word taken.
 */
function spelledBase(verb: string): string | undefined {
  const stem = verb.slice(0, -2);
  const tries = stem.endsWith('i')
    ? [`${stem.slice(0, -1)}y`]
    : [`${stem}e`, stem, stem.replace(/([b-df-hj-np-tv-z])\1$/, '$1')];
  return tries.find((b) => b.length > 2 && englishWord(b));
}

export function conditionalPresent(phrase: string): string {
  return phrase.replace(CONDITION, (whole, conj: string, subject: string, verb: string, at: number) => {
    // "decide "once the divers have reported"": a word inside quote marks is the speaker's and is never re-inflected.
    if (quotedInPhrase(phrase, at)) return whole;
    const last = subject.split(' ').at(-1)!;
    // "if they used", "if the government had", "once the divers have reported": a pronoun or an auxiliary-like word
    // is no subject this can read (after "have" the "-ed" word is already a participle of the present perfect).
    if (/^(?:it|he|she|they|we|you|i|had|has|have|was|were|is|are|be|been)$/i.test(last)) return whole;
    const base = regularBase(verb, 'ed') ?? spelledBase(verb);
    if (base === undefined) return whole;
    const plural = endsPlural(last) || /\s(?:and|&)\s/.test(subject);
    return `${conj} ${subject} ${plural ? base : thirdPerson(base)}`;
  });
}

/**
 * Whether `word` is the present "-s" form conditionalPresent made of a past in `lower` (the copy's words, lower-cased):
 * "uses" of "used", "agrees" of "agreed", "carries" of "carried". The vetting lets it stand for the copy's verb.
 */
export function presentOfPast(word: string, lower: ReadonlySet<string>): boolean {
  if (!word.endsWith('s') || word.length < 4) return false;
  const pasts = [`${word.slice(0, -1)}d`, `${word.slice(0, -1)}ed`, `${word.slice(0, -2)}ed`];
  if (word.endsWith('ies')) pasts.push(`${word.slice(0, -3)}ied`);
  return pasts.some((p) => lower.has(p));
}
