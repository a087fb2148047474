/** A number or quantifier opening a description before its lower-case noun. */
const QUANTIFIER =
  /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Another|Some|Several|Many|Each|Every|Both|Most|Other)\s+\p{Ll}/u;

/**
 * "— the Environment Agency", "— a Halden Rail spokesman": a speaker phrase's opening article is lower case mid-line
 * (review B-r38-11). "An" is the article only before a vowel sound and "a" only before a consonant sound, so a
 * capital "An" before a consonant sound ("An Post", "An Garda Síochána", "An Bord Pleanála") or "A" before a vowel
 * sound cannot be the article: it is part of a name and stays as written (review B-r39-7). Only a capitalised word
 * ("Post", "Bord", "Isle") can be a name's next part: before a number ("An 18-year-old"), a lower-case word or an
 * initialism ("An MoD", "A HMRC", the British "haitch") the capital is the sentence's, and the article is lowered
 * whatever the sound (review B-r40-7).
 */
export function articleWordCase(phrase: string): string {
  // "One official in Brussels", "Another aide": a number or quantifier before a lower-case noun is the description's
  // determiner, set in capitals only by the sentence; lowered, the name reader's opener cut ("One", "Another" before a
  // name: without-lead-in.ts) keeps off it, and the description prints whole as mid-line copy words it.
  if (QUANTIFIER.test(phrase)) return phrase[0]!.toLowerCase() + phrase.slice(1);
  const opening = /^(The|An|A)\s+(\S+)/.exec(phrase);
  if (!opening) return phrase;
  const [, article, next] = opening;
  const namePart = /^\p{Lu}\p{Ll}+$/u.test(/^\p{L}*/u.exec(next!)![0]);
  const fits = article === 'The' || !namePart || (article === 'An') === vowelSound(next!);
  return fits ? article!.toLowerCase() + phrase.slice(article!.length) : phrase;
}

/**
 * Whether a capitalised word opens on a vowel sound (an initialism never gets here): a vowel letter, except
 * "u"/"eu" said "you" ("a University", "a European") and "one" ("a One-off"); a silent "h" ("an Hour") is a vowel.
 */
function vowelSound(word: string): boolean {
  const lower = word.toLowerCase();
  if (/^(?:hour|honest|honou?r|heir)/.test(lower)) return true;
  if (/^(?:eu|one\b|once\b|uni|use|usu|ur[aeiou]|uti|ubi|uk)/.test(lower)) return false;
  return /^[aeiou]/.test(lower);
}
