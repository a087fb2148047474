import { escapeRegExp } from './escape-reg-exp';
import { TITLE_WORDS } from './split-title';

/** Titles only a person holds: they count even where a sentence opens on them. */
const PERSON_TITLE =
  /^(?:Councillor|Cllr|Senator|Sen|Rep|Governor|Gov|President|Chancellor|Pope|Rev|Sgt|Capt|Col|Det|Mayor|Judge|Justice|Professor|Prof|Bishop|Archbishop|Chairman|Chairwoman|Congressman|Congresswoman|Commissioner|Ambassador|Sheriff)$/;

/** Kin only a person has ("brother-in-law", "stepdaughter", "widow"). */
const KIN =
  '(?:(?:step|grand|great-grand)?(?:son|daughter|father|mother|child|children)|wife|husband|widow|widower|brother|sister|nephew|niece|cousin|uncle|aunt|fianc[ée]e?|(?:brother|sister|son|daughter|father|mother)-in-law)';

/**
 * Whether the copy treats a surname as a person's when the first name is in no table ("Trey Gowdy",
 * "Merrick Garland"): it titles the surname with an office ("Chairman Gowdy"), or in two sentences
 * "he"/"she" is the subject of the clause after the one naming it ("While Garland is 63, which means he
 * has…", "Garland spoke. He said…"). A title word opening a sentence may be an adjective ("Chief Ciaran
 * warnings"), so there only a title no thing holds counts; a possessive ("his team") may be anyone's, but
 * kin after the surname's possessive ("Oksuz's brother-in-law") are a person's.
 */
export function surnameAsPerson(surname: string, sentences: readonly string[]): boolean {
  if (surname.length < 3) return false;
  const at = escapeRegExp(surname);
  // "Oksuz's U.S.-based brother-in-law", "Gowdy's wife": only a person has kin.
  // Every check reads the surname itself, so a copy or a sentence without it is not scanned.
  const possessive = [`${surname}'s`, `${surname}’s`];
  if (
    sentences.some((s) => possessive.some((p) => s.includes(p))) &&
    new RegExp(`\\b${at}['’]s (?:[\\w.-]+ ){0,2}${KIN}\\b`).test(sentences.join(' '))
  )
    return true;
  let pronouns = 0;
  // Compiled at the first sentence that holds the surname: most names asked about are in few sentences or none.
  let checks: ReturnType<typeof surnameChecks> | undefined;
  for (const [i, s] of sentences.entries()) {
    if (!s.includes(surname)) continue;
    checks ??= surnameChecks(at);
    const { titled, subject, named, opens } = checks;
    const title = titled.exec(s);
    if (title && TITLE_WORDS.test(title[2]!) && (title[1] || PERSON_TITLE.test(title[2]!))) return true;
    if (
      subject.test(s) ||
      (named.test(s) &&
        (/^["“]?(?:He|She)\s/.test(sentences[i + 1] ?? '') ||
          (opens.test(s) && /^["“]?(?:His|Her)\s/.test(sentences[i + 1] ?? ''))))
    )
      pronouns++;
  }
  return pronouns >= 2;
}

function surnameChecks(at: string) {
  return {
    titled: new RegExp(`(^|\\S\\s+)([A-Z][a-z]+)\\.?\\s+${at}\\b`),
    subject: new RegExp(
      `\\b${at}\\b(?![\\w-])[^.;]{0,90}?(?:,\\s+(?:(?:which means|and|but|so|because|as|while|when|after|before|although|though)\\s+)?|\\b(?:and|but|so|because|as|while|when|after|before|although|though|that)\\s+)(?:he|she)\\b`,
    ),
    named: new RegExp(`\\b${at}\\b(?![\\w-])`),
    // "Bush, for instance, is paying… His super PAC…": "his" opening the next sentence is the subject's.
    opens: new RegExp(`^["“]?${at}\\b(?![\\w'’-])`),
  };
}
