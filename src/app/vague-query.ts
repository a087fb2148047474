import { STOPWORDS } from '../core/stopwords';

/**
 * Words that name no story: only function words ("the", "what about it"). The search would match
 * them in nearly every article and brief whichever ranked first, so every surface asks "Which
 * story?" as it does for no words at all. The engine's stopword list decides, so a word the
 * engine reads as carrying no topic carries none here either. No words at all is not vague (the
 * callers already ask); a number or "#12" is an id, never vague. A word typed in capitals is an
 * acronym a newsroom means ("WHO", "US", "IT"), not the function word it spells.
 */
export function vagueQuery(query: string): boolean {
  const words =
    query
      .normalize('NFKC')
      .replace(/['’]s\b/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 0 && words.every((w) => !isAcronym(w) && STOPWORDS.has(w.toLowerCase()));
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}
