import { WRITTEN_OUT_OFFICES } from './abbreviated-title';
import { addressedWord } from './addressed-word';
import { compoundRank } from './compound-rank';
import { englishWord } from './english-word';
import { escapeRegExp } from './escape-reg-exp';
import { handFirstName } from './hand-first-name';
import { HONORIFICS } from './honorifics';
import { WORD_EDGE } from './latin-letters';
import { isListedFirstName } from './listed-first-name';
import { ROLE_HEADS } from './role-heads';
import { TITLE_WORDS } from './split-title';
import { TITLE_ABBREVIATIONS } from './title-abbreviations';
import { wordnetWord } from './wordnet-word';

/** Sentence openers a name run can swallow: "Using Ted Cruz", "Significantly Trump", "Six Gannett". */
export const LEAD_IN =
  /^(?:[A-Z][a-z]+ly|[A-Z][a-z]{3,}ing|Well|Because|Whether|Unless|Whereas|Whenever|Wherever|Maybe|Neither|Nor|Either|Is|Although|Though|Besides|Outside|Anyone|Continued|Also|Even|Still|Now|Meanwhile|However|Yes|No|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Billionaire|Vermonter|Iron|State|Former|Like|Unlike|Then|Dear|Thanks|During|Without|Once|Absent|Another|Can|Could|Should|Would|Will|Had|Has|Have|Having|Here[’']s|There[’']s|Sure|See)$/;

/** A number word opening a run ("One", "Two"): LEAD_IN's numbers. */
const NUMBER = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)$/;

/** Capitalised words that open a sentence or a clause, never a first name. */
export const NOT_FIRST = new Set(
  'The A An His Her Their Its But And Or So Then When While After Before If As At In On By For From With Said Says What Who Why How Where Which Mr Mrs Ms Miss Dr Sir Many Some Most Several Other All Few Both Did Does Candidate'.split(
    ' ',
  ),
);

/**
 * "Carly", "Kelly", "Sterling": a first name in stdlib's lists that is shaped like an adverb or a gerund
 * opener is a name when the copy (if given) never writes it in lower case ("early" is a word there), and
 * writes it inside a sentence ("CEO Carly Fiorina") or gives the next word no other given name or title
 * ("Early Clinton backers said…" beside "Hillary Clinton" opens a sentence).
 */
function leadIn(word: string, text: string | undefined, next: string | undefined): boolean {
  if (!LEAD_IN.test(word) || handFirstName(word)) return false;
  // "Fieldwing Robotics Inc.": a word shaped like an adverb or a gerund that no English lemma list holds is a name's
  // own word, not an opener (audit 56 B-a56-10); the lists hold no pronoun, and "Everything" still opens a sentence.
  if (/(?:ly|ing)$/.test(word) && !/thing$/.test(word) && !englishWord(word)) return false;
  if (text !== undefined && addressedWord(word, text)) return false;
  if (text === undefined || !/(?:ly|ing)$/.test(word) || !isListedFirstName(word)) return true;
  const at = escapeRegExp(word);
  if (new RegExp(`${WORD_EDGE}${at.toLowerCase()}${WORD_EDGE}`).test(text)) return true;
  const inside = new RegExp(`[^\\s.!?"“”'‘’(:—–-]\\s+${at}${WORD_EDGE}`).test(text);
  return !inside && next !== undefined && otherGivenName(word, next, text);
}

/** "Hillary Clinton" in copy that also has "Early Clinton backers": the surname has another given name. */
function otherGivenName(word: string, last: string, text: string): boolean {
  for (const m of text.matchAll(
    new RegExp(`${WORD_EDGE}(\\p{Lu}\\p{Ll}+)\\.? ${escapeRegExp(last)}${WORD_EDGE}`, 'gu'),
  ))
    if (m[1] !== word && (isListedFirstName(m[1]!) || HONORIFICS.has(m[1]!) || TITLE_WORDS.test(m[1]!))) return true;
  return false;
}

/** A word that could be a name's own: "Nurul", "Aisyah"; not "Wg", "Cdr", "Insp" (a title abbreviation). */
const nameShaped = (word: string): boolean =>
  /^\p{Lu}\p{Ll}{2,}$/u.test(word) && /[aeiouy]/i.test(word) && !TITLE_ABBREVIATIONS.includes(word);

/**
 * "Sindh Local Government Minister Nasir Ali Baloch": where the copy writes the word right after a whole title and
 * before the given name, and the rank reading (compound-rank.ts) does not take it as the title's second word, it is a
 * given name the lists lack, not a rank in another language ("Garda Brendan Tully"): cut there, a dispute question
 * named "Ali Baloch" (sample 61, S61-2).
 */
function givenAfterTitle(word: string, given: string, text: string | undefined): boolean {
  if (text === undefined) return false;
  const after = new RegExp(
    String.raw`(?<![\p{L}\p{M}])(\p{Lu}\p{Ll}+) ${escapeRegExp(word)} ${escapeRegExp(given)} \p{Lu}`,
    'gu',
  );
  for (const m of text.matchAll(after)) {
    const rank = [{ text: m[1]! }, { text: word }, { text: given }, { text: '' }];
    if (TITLE_WORDS.test(m[1]!) && !compoundRank(rank, 1)) return true;
  }
  return false;
}

/**
 * The name without words the run picked up before it: a sentence opener ("Using Ted Cruz"), or
 * capitalised words before a known first name ("Billionaire Donald Trump", "Pastor Kevin Swanson").
 * With the copy, a listed first name shaped like an opener ("Carly Fiorina") stays. With the name's `role`, a name the
 * copy writes right after it was cut there by the name's parse, and a first word no dictionary holds is no opener:
 * "Aupito" of "Minister for Pacific Peoples Aupito William Sio" is the name's (review 52, B-r52-7); "Affairs" of
 * "Director of Government Affairs Phil Smith" still goes.
 */
export function withoutLeadIn(name: string, text?: string, role?: string): string {
  const words = name.split(/\s+/);
  // "East Coast GRC Jessica Lim", "CEO Ann Bell": an acronym of three capitals or more before a given name the lists
  // hold is a body's or an office's, never a name's own (initials of two, "DJ", "TJ", may be); before other words it
  // may open a body's name ("SITE Intelligence Group").
  if (/^[A-Z]{3,}$/.test(words[0]!) && words.length > 2 && isListedFirstName(words[1]!))
    return withoutLeadIn(words.slice(1).join(' '), text, role);
  // "Texas-based Matt Mackowiak", "Ohio-born Ann Lee": a compound adjective (a place, then a lower-case participle or
  // adjective after the hyphen) before a name is no word of it; a double-barrelled name capitalises both halves.
  if (
    /^\p{Lu}\p{Ll}+-\p{Ll}{2,}$/u.test(words[0]!) &&
    words.length > 2 &&
    words.slice(1).every((w) => /^\p{Lu}/u.test(w))
  )
    return withoutLeadIn(words.slice(1).join(' '), text, role);
  if (role && !wordnetWord(words[0]!) && text?.includes(`${role} ${name}`)) return name;
  if (HONORIFICS.has(words[0]!) || TITLE_WORDS.test(words[0]!)) return name;
  // "During Mr. Clinton", "Should Mr. Trump": the name starts at its honorific. A lower-case word before it makes
  // the run a description that holds the name ("A close friend of Mr. Kovac"), kept whole (review B-main-58).
  const honorific = words.findIndex((w, j) => j > 0 && j < words.length - 1 && /^(?:Mr|Mrs|Ms|Dr)\.?$/.test(w));
  if (honorific > 0 && words.slice(0, honorific).every((w) => /^\p{Lu}/u.test(w)))
    return words.slice(honorific).join(' ');
  let i = 0;
  // "One of the owners", "Two of the officials": a number before "of" picks people from a plural, a description
  // whole, no opener the run swallowed.
  while (i < words.length - 1 && words[i + 1] !== 'of' && leadIn(words[i]!, text, words[i + 1])) i++;
  // "One Direction", "One Nation": a number before one singular word of English names a group, a band or a party
  // whole; cut to the noun ("Direction") it names nothing.
  if (i === 1 && words.length === 2 && NUMBER.test(words[0]!) && !/s$/.test(words[1]!) && englishWord(words[1]!))
    return name;
  const first = words.findIndex((w, j) => j >= i && handFirstName(w));
  if (first > i && first - i <= 2 && first < words.length - 1) {
    const before = words.slice(i, first);
    // Two words of no English before the given name are the name's own ("Nurul Aisyah Abdul Karim", where "Abdul" is
    // listed: audit 52, 5-straits); a lead-in is a word of English ("Billionaire", "Said", "Publisher") or one word,
    // a rank in a language WordNet does not hold ("Garda Brendan Tully"). The full lemma list (english-word.ts) is the
    // evidence here, not wordnetWord's related stems: the more words it holds, the rarer "no English" is, so a wide
    // list errs towards the lead-in, as before. Both must be shaped like name words, three letters or more with a
    // vowel and no listed title: a rank abbreviated without stops ("Wg Cdr", "Sqn Ldr", "Ch Insp") holds no English
    // either, but no name word is written so (review 53, B-r53-6).
    const own = before.length > 1 && !before.some(englishWord) && before.every(nameShaped);
    if (!own && before.every((w) => /^[A-Z][a-z]+$/.test(w) && !handFirstName(w))) {
      // "Billie Jean King": one word before the given name that stdlib lists as a first name, and no office
      // ("Sergeant Leon Marsh"), is a first name there, not a lead-in.
      const lone = before.length === 1 ? before[0]! : '';
      if (lone !== '' && !englishWord(lone) && givenAfterTitle(lone, words[first]!, text))
        return words.slice(i).join(' ');
      const given =
        isListedFirstName(lone) &&
        !ROLE_HEADS.has(lone.toLowerCase()) &&
        !TITLE_WORDS.test(lone) &&
        !WRITTEN_OUT_OFFICES.has(lone);
      i = given ? first - 1 : first;
    }
  }
  return words.slice(i).join(' ');
}
