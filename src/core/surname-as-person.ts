import { WORD_EDGE } from './latin-letters';
import { hasLiteralMatch, literalMatches, literalPattern } from './literal-matches';
import { TITLE_WORDS } from './split-title';

/** Titles only a person holds: they count even where a sentence opens on them. */
const PERSON_TITLE =
  /^(?:Councillor|Cllr|Senator|Sen|Rep|Governor|Gov|President|Chancellor|Pope|Rev|Sgt|Capt|Col|Det|Mayor|Judge|Justice|Professor|Prof|Bishop|Archbishop|Chairman|Chairwoman|Congressman|Congresswoman|Commissioner|Ambassador|Sheriff)$/;

/** Kin only a person has ("brother-in-law", "stepdaughter", "widow"). */
export const KIN =
  '(?:(?:step|grand|great-grand)?(?:son|daughter|father|mother|child|children)|wife|husband|widow|widower|brother|sister|nephew|niece|cousin|uncle|aunt|fianc[ée]e?|(?:brother|sister|son|daughter|father|mother)-in-law)';

/**
 * Read around each occurrence of the surname, compiled once (who is who asks about many surnames): "Gowdy's wife",
 * "Chairman Gowdy", "Garland is 63, which means he", the surname whole, and the surname opening its sentence.
 */
const KIN_AFTER = literalPattern('\\b', `['’]s (?:[\\w.-]+ ){0,2}${KIN}\\b`);
// The sentence's start, or the word before the title: only a title inside a sentence counts for any title word.
// "Chairman Kovač", "Başkan Çelik": the title and the surname's end read beyond ASCII (`\\b` after "č" never held).
const TITLED = literalPattern('(^|\\S\\s+)(\\p{Lu}\\p{Ll}+)\\.?\\s+', WORD_EDGE, 'u');
const SUBJECT = literalPattern(
  '\\b',
  '\\b(?![\\w-])[^.;]{0,90}?(?:,\\s+(?:(?:which means|and|but|so|because|as|while|when|after|before|although|though)\\s+)?|\\b(?:and|but|so|because|as|while|when|after|before|although|though|that)\\s+)(?:he|she)\\b',
);
// The surname whole, for a next sentence that opens on "He" or "She".
const NAMED = literalPattern('\\b', '\\b(?![\\w-])');
// "Kuiper, who chairs the fund": a relative "who" right after the surname.
const WHO_AFTER = literalPattern('\\b', "(?![\\w'’-]),\\s+who\\b");
// "Bush, for instance, is paying… His super PAC…": "his" opening the next sentence is the subject's.
const OPENS = literalPattern('^["“]?', "\\b(?![\\w'’-])");

/**
 * Whether the copy treats a surname as a person's when the first name is in no table ("Trey Gowdy",
 * "Merrick Garland"): it titles the surname with an office ("Chairman Gowdy"), or in two sentences
 * "he"/"she" is the subject of the clause after the one naming it ("While Garland is 63, which means he
 * has…", "Garland spoke. He said…"). A title word opening a sentence may be an adjective ("Chief Ciaran
 * warnings"), so there only a title no thing holds counts; a possessive ("his team") may be anyone's, but
 * kin after the surname's possessive ("Oksuz's brother-in-law") are a person's, and so is a relative "who" after the
 * surname ("Kuiper, who chairs the fund").
 */
export function surnameAsPerson(surname: string, sentences: readonly string[]): boolean {
  if (surname.length < 3) return false;
  // "Oksuz's U.S.-based brother-in-law", "Gowdy's wife": only a person has kin.
  // Every check reads the surname itself, so a copy or a sentence without it is not scanned.
  const possessive = [`${surname}'s`, `${surname}’s`];
  if (
    sentences.some((s) => possessive.some((p) => s.includes(p))) &&
    hasLiteralMatch(sentences.join(' '), surname, KIN_AFTER)
  )
    return true;
  let pronouns = 0;
  for (const [i, s] of sentences.entries()) {
    if (!s.includes(surname)) continue;
    const title = literalMatches(s, surname, TITLED).next().value;
    if (title && TITLE_WORDS.test(title[2]!) && (title[1] || PERSON_TITLE.test(title[2]!))) return true;
    if (hasLiteralMatch(s, surname, WHO_AFTER)) return true;
    if (
      hasLiteralMatch(s, surname, SUBJECT) ||
      (hasLiteralMatch(s, surname, NAMED) &&
        (/^["“]?(?:He|She)\s/.test(sentences[i + 1] ?? '') ||
          (hasLiteralMatch(s, surname, OPENS) && /^["“]?(?:His|Her)\s/.test(sentences[i + 1] ?? ''))))
    )
      pronouns++;
  }
  return pronouns >= 2;
}
