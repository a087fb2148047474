import { partyName } from './party-name';

/**
 * Ranks that make a different office of the same noun: the deputy mayor is not "the mayor", the shadow
 * chancellor not "the chancellor". A closed class of English rank words, not names.
 */
const RANK = /^(?:deputy|assistant|vice|junior|shadow|former|acting|associate|under|interim)$/;
/** Articles and "this"/"that" only, not determiners.ts's list: kept as measured; a possessive stays a premodifier here. */
const DETERMINER = /^(?:the|a|an|this|that)$/;

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
}

/** The words before a head that may name an office: no determiner, possessor or number. */
function premodifiers(words: readonly string[]): string[] {
  return words.filter((w) => !DETERMINER.test(w.toLowerCase()) && !/['’]s?$|\d/.test(w));
}

/**
 * Lower-case premodifiers on both sides, each lacking the other's: "housing" against "prime". Capitalised
 * ones are left out: "Senate Democratic leader" and "Senate Minority Leader" are one office in two
 * wordings, and "the two-term president" does not disagree with "US President".
 */
function clash(said: string[], given: string[]): boolean {
  const kind = (w: string) => !/^\p{Lu}/u.test(w);
  const lower = (ws: string[]) => new Set(ws.map((w) => w.toLowerCase()));
  const saidWords = lower(said);
  const givenWords = lower(given);
  return (
    said.some((w) => kind(w) && !givenWords.has(w.toLowerCase())) &&
    given.some((w) => kind(w) && !saidWords.has(w.toLowerCase()))
  );
}

/**
 * Whether "the prime minister" may be the person whose role the copy gave as `role` ("housing minister"),
 * the heads already agreeing. Two premodifiers that differ name two offices ("prime" and "housing",
 * "foreign" and "health"), so each side holding one the other lacks is another person; a description with
 * none, or a role with none ("President" for "the two-term president"), still agrees. A rank on either
 * side must be on both: the deputy mayor is not "the mayor". No role read from the copy: nothing to
 * disagree with.
 */
export function descriptionFitsRole(words: readonly string[], head: number, role: string): boolean {
  if (!role) return true;
  const roleWords = wordsOf(role);
  const headWord = words[head]!.toLowerCase().replace(/['’]s?$/, '');
  const roleHead = roleWords.findIndex((w) => w.toLowerCase() === headWord);
  const said = premodifiers(words.slice(0, head));
  const given = premodifiers(roleWords.slice(0, Math.max(0, roleHead)));
  const ranks = (ws: string[]) =>
    ws
      .map((w) => w.toLowerCase())
      .filter((w) => RANK.test(w))
      .sort()
      .join(' ');
  if (ranks(said) !== ranks(given)) return false;
  const saidOther = said.filter((w) => !RANK.test(w.toLowerCase()));
  const givenOther = given.filter((w) => !RANK.test(w.toLowerCase()));
  if (roleHead >= 0 && placeClash(saidOther, roleWords.slice(roleHead + 1))) return false;
  return !clash(saidOther, givenOther);
}

/** Two spellings of one place or body share their first four letters: "Texan" and "Texas", "Democratic" and "Democrats". */
function samePlace(a: string, b: string): boolean {
  return a.slice(0, 4).toLowerCase() === b.slice(0, 4).toLowerCase();
}

/**
 * A role that names its office's place or body after the head ("senator from Vermont", "Bishop of Durham") and a
 * description that names another before it ("the Florida senator"): two offices, as two lower-case premodifiers
 * are. The capitalised words after "from"/"of" are the role's place; a capitalised premodifier none of them
 * spells is another. Without such a complement capitals still say nothing ("Senate Democratic leader" against
 * "Senate Minority Leader", see `clash`).
 */
function placeClash(said: readonly string[], afterHead: readonly string[]): boolean {
  if (!/^(?:from|of)$/i.test(afterHead[0] ?? '')) return false;
  const place: string[] = [];
  for (const w of afterHead.slice(1)) {
    if (/^the$/i.test(w) && place.length === 0) continue;
    if (!/^\p{Lu}/u.test(w)) break;
    place.push(w);
  }
  if (place.length === 0) return false;
  return said.some((w) => /^\p{Lu}/u.test(w) && !partyWord(w) && !place.some((p) => samePlace(p, w)));
}

/**
 * A party's word, or its adjective in "-ic" ("Democratic" from "Democrat"): it says which side a senator sits on, not
 * which place they serve, so "the Democratic senator" may be the "senator from Vermont" (review 50, B-r50-9).
 */
function partyWord(word: string): boolean {
  return partyName(word) || (/ic$/i.test(word) && partyName(word.slice(0, -2)));
}
