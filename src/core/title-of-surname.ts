import { lacksDepartment } from './lacks-department';
import { WORD_EDGE } from './latin-letters';
import { literalMatches, literalPattern } from './literal-matches';
import { maskedCopy } from './masked-copy';
import { TITLE_WORDS } from './split-title';

/** One to three capitalised words, then the surname ending the run. */
const AFTER_WORDS = literalPattern(
  `((?:${WORD_EDGE}\\p{Lu}\\p{Ll}+ ){1,3})`,
  `${WORD_EDGE}(?![\\p{L}\\p{N}_'’-]*\\s+\\p{Lu})`,
  'u',
);

/**
 * "Judge Garland", "Senator Sessions": an office written right before the surname alone, not run on into
 * another capitalised word ("Speaker Paul Ryan" is no title of a Rand Paul), outside quotation marks first.
 */
export function titleOfSurname(last: string, text: string): string | null {
  // "Secretary Clinton will find a way," Merkley said: a title inside quoted words is how a speaker addresses
  // someone; the copy's own words outside quotation marks are read first.
  // The blanked copy's occurrences are read from the copy's own index (literal-matches.ts' `unmasked`).
  for (const [copy, unmasked] of [[maskedCopy(text), text], [text]] as const)
    for (const m of literalMatches(copy, last, AFTER_WORDS, unmasked)) {
      // "Chief Justice Roberts", "Prime Minister Abe": the office whole; an abbreviation ("Sen.") is no title here.
      const words = m[1]!.trim().split(' ');
      let i = words.length;
      while (i > 0 && (TITLE_WORDS.test(words[i - 1]!) || (i < words.length && TITLE_PART.test(words[i - 1]!)))) i--;
      if (i === words.length) continue;
      // "Secretary Clinton": an office that names its department ("of State") is no role cut to its first word;
      // the copy's whole office, when it gives one, was read before this (role-of.ts), so here say nothing.
      if (i === words.length - 1 && lacksDepartment(words[i]!)) return null;
      return words.slice(i).join(' ');
    }
  return null;
}

/** Words that open a longer office: "Chief Justice", "Prime Minister", "Vice President". */
const TITLE_PART = /^(?:Chief|Vice|Deputy|Prime|Attorney|Majority|Minority|Supreme|Foreign|Defense|Finance|Interior)$/;
