/**
 * "— the Environment Agency", "— a Halden Rail spokesman": a speaker phrase's opening article is lower case mid-line
 * (review B-r38-11). "An" is the article only before a vowel sound and "a" only before a consonant sound, so a
 * capital "An" before a consonant sound ("An Post", "An Garda Síochána", "An Bord Pleanála") or "A" before a vowel
 * sound cannot be the article: it is part of a name and stays as written (review B-r39-7).
 */
export function articleWordCase(phrase: string): string {
  const opening = /^(The|An|A)\s+(\S+)/.exec(phrase);
  if (!opening) return phrase;
  const [, article, next] = opening;
  const fits = article === 'The' || (article === 'An') === vowelSound(next!);
  return fits ? article!.toLowerCase() + phrase.slice(article!.length) : phrase;
}

/**
 * Whether a word opens on a vowel sound. An initialism is read letter by letter ("an MP", "a UN official"): F, H,
 * L, M, N, R, S, X are said with a vowel first. A word: a vowel letter, except "u"/"eu" said "you" ("a university",
 * "a European") and "one" ("a one-off"); a silent "h" ("an hour", "an honest") is a vowel sound.
 */
function vowelSound(word: string): boolean {
  if (/^\p{Lu}{2,}\b/u.test(word) && !/^\p{Lu}\p{Ll}/u.test(word)) return /^[AEFHILMNORSX]/.test(word);
  const lower = word.toLowerCase();
  if (/^(?:hour|honest|honou?r|heir)/.test(lower)) return true;
  if (/^(?:eu|one\b|once\b|uni|use|usu|ur[aeiou]|uti|ubi|uk)/.test(lower)) return false;
  return /^[aeiou]/.test(lower);
}
