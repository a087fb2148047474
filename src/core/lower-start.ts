import { capitalFreeNoun, lowerDemonymEnding, nameFirstWord } from './name-first-word';
import { nameList } from './name-list';
import { partyNameAtOpening } from './party-name';
import { partyTitleOpening } from './party-title-opening';
import { ProperWords } from './proper-words-of';
import { isRoleHead } from './role-heads';
import { singularsOf } from './singulars-of';

/**
 * A clause's opening capital, lowered unless the word is a name: what every template does before splicing a copy's
 * clause into a question ("Is it true that the council…", "Are anti-virus firms right…").
 */
/** Words that open a sentence before a figure ("About 270 people", "More than 40"): never a name. */
const FIGURE_OPENER =
  /^(?:about|nearly|almost|some|more|less|fewer|over|under|around|roughly|approximately|just|only|at|up|by|in|on|since|until|after|before|for|all|both|another|the|a|an|these|those|its|their|his|her|our|each|every)$/i;

/** Words that stand alone as a clause's subject without being names: pronouns and collective nouns. */
const BARE_COMMON =
  /^(?:everyone|everybody|someone|somebody|anyone|anybody|nobody|none|one|each|either|neither|this|that|it|they|we|some|many|most|all|both|few|several|another|much|more|police|staff|management|government|security|personnel|crew|cattle|people|media|press|parliament)$/i;

/** Prefixes written with a hyphen that lose a sentence's capital before a common word ("post-war"). */
const BEFORE_WORD = 'Anti|Pro|Non|Multi|Semi|Mini|Quasi|Post|Pre|Mid|Neo|Counter';
/** Those that lose it before a name too ("anti-Trump", "pro-Brexit"); "Post-ABC" may be the newspaper's. */
const BEFORE_NAME = 'Anti|Pro|Non|Neo';
const HYPHEN_PREFIX = new RegExp(`^(?:(?:${BEFORE_WORD})-[a-z]|(?:${BEFORE_NAME})-[A-Z])`);

/**
 * True when `text` opens on a hyphenated prefix that `lowerStart` lowers: the one list the phrasing and the
 * vetting ("Are Anti-virus firms right…" refused) share.
 */
export function opensOnHyphenPrefix(text: string): boolean {
  return HYPHEN_PREFIX.test(text);
}

/**
 * "Labour councillors", "Green activists": a party's one-word name (WordNet) before a people noun that holds a post
 * or a membership (`isRoleHead`: councillors, leaders, members, activists) names the party; "Labour costs", "Green
 * energy" do not (review s36 B-main-86).
 */
function partyBeforePeople(word: string, text: string): boolean {
  if (!partyNameAtOpening(word)) return false;
  const next = /^[A-Za-z]+\s+([a-z]+)\b/.exec(text)?.[1];
  return !!next && [next, ...singularsOf(next)].some(isRoleHead);
}

/**
 * "Sanders and Reed", "Sanders, Reed and Jones insisted …": a list of capitalised words opening the text (up to its
 * first lower-case word other than "and") in which a later name is one the copy capitalises mid-sentence; the first
 * is joined to it as its like, a name (review s41 B-r41-12: "Are sanders and Reed right …?").
 */
function joinedToName(text: string, properWords: Set<string>): boolean {
  const opening = /^(?:[\p{Lu}][\p{L}'’.-]*,?\s+|(?:and|&)\s+)+[\p{Lu}][\p{L}'’.-]*/u.exec(text)?.[0] ?? '';
  const items = nameList(opening.replace(/,$/, ''));
  return !!items && items.slice(1).some((item) => properWords.has(item.split(/\s+/)[0]!));
}

/** Lowercase an opening word unless it is a name (capitalised mid-sentence elsewhere, or an acronym). */
export function lowerStart(text: string, properWords: Set<string>): string {
  // Letters of any script: an ASCII class read "Tomás" as "Tom", missed the name and lowered it (audit 58's B-a58-3).
  const first = /^\p{L}[\p{L}\p{N}_'’]*/u.exec(text)?.[0];
  if (!first) return text;
  // "Anti-virus firms": "Anti" would otherwise pass for a demonym ("Iraqi") and keep its capital.
  if (HYPHEN_PREFIX.test(text) && !properWords.has(first)) return first.toLowerCase() + text.slice(first.length);
  // "J.P. Morgan", "McDonald's", "eBay": a word with a second capital or a stop is a name as written.
  if (/^\S*(?:\.|\p{L}[^\s]*\p{Lu})/u.test(text)) return text;
  // "Labour", "Unison", "Ofwat" alone: a singular noun with no determiner is a name (a common one needs "the"), so a
  // lone capitalised word keeps its capital unless it is a plural ("Critics"), a pronoun or a collective noun that
  // goes without one ("Police", "Staff") — review s33 B-main-55, B-main-39 — or a noun WordNet writes with no
  // capital in any sense and the copy never capitalises mid-sentence ("Work is expected to begin", audit 48's B-a48-8).
  const commonOnly = capitalFreeNoun(first) && !properWords.has(first);
  if (text === first && /^\p{Lu}\p{Ll}+$/u.test(first) && !/s$/.test(first) && !BARE_COMMON.test(first) && !commonOnly)
    return text;
  const bare = first.replace(/['’]s?$/, '');
  const determiner =
    /^(?:the|a|an|this|that|these|those|some|many|most|other|such|any|each|every|its|their|his|her|our|both|all|several|few|neither|either|no)$/i.test(
      first,
    );
  // "Ohio State" and "Article 50" are names; "About 270 people" opens a sentence. Only a closed-class
  // opener before a figure is lowered: any other capitalised word before a number may name a thing.
  const nextCapital =
    /^\p{L}[\p{L}\p{N}_'’]*[\s-]+\p{Lu}/u.test(text) ||
    (/^\p{L}[\p{L}\p{N}_'’]*\s+[$£€]?\d/u.test(text) && !FIGURE_OPENER.test(first));
  // The copy's own lower-case use of the word ("The parish council met …", "green spaces") outweighs any lexicon's
  // capital; a capital it writes mid-sentence (`properWords`) still wins (review s36 B-main-86).
  const copyLower = properWords instanceof ProperWords && properWords.lowerCase.has(bare.toLowerCase());
  // "Hazelnut producers" beside "the Turkish Hazelnut Exporters' Association": the capital mid-sentence is the name's.
  const insideName =
    properWords instanceof ProperWords && properWords.written.has(bare) && !properWords.heads.has(bare);
  // "Parish", "Veteran", "Guardian" end like "British", "Christian", "Iraqi", but WordNet has no capital for them.
  const demonym = !copyLower && /(?:ish|ian|ese|an|i)$/.test(bare) && !lowerDemonymEnding(bare);
  if (
    !determiner &&
    ((properWords.has(bare) && !(insideName && /^\S+ [a-z]/.test(text))) ||
      demonym ||
      // "Democrats will vote", "Hughes will decide": a word the copy writes nowhere else keeps its capital when the
      // lexicon writes it so too (review s33 B-main-56); "Critics", "Officials" are common there and lowered.
      (!copyLower && nameFirstWord(bare)) ||
      // The copy's "labour costs" says nothing of "Labour councillors": the party test reads the next word instead.
      partyBeforePeople(bare, text) ||
      partyTitleOpening(bare, text) ||
      joinedToName(text, properWords) ||
      /^[A-Z]{2,}/.test(first) ||
      /^I(?:['’](?:m|ve|d|ll))?$/.test(first) ||
      nextCapital)
  )
    return text;
  return first.toLowerCase() + text.slice(first.length);
}
