import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { bodyHead } from './body-head';
import { PREPOSITION_BEFORE } from './name-just-before';
import type { PeopleIndex, PersonMention } from './people';
import { withoutSharedAppositive } from './shared-appositive';

/**
 * The people a tag's subject names together ("Ann Lee and Tom Ruiz said") and the group as printed: "A and B", or
 * "A, B and C" for three or four (session 62: the words are all of theirs, as a pair's are both of theirs); null for
 * a longer list, whose name no desk would print as a speaker.
 */
export interface JointSpeaker {
  people: PersonMention['person'][];
  name: string | null;
}

/**
 * "and" between two names, with a title or an office in capitals before the second ("and MK Dan Roth", "and House
 * Speaker Tim Moore"); a lower-case word between ("and his wife Ann") is no coordination of two names.
 */
const COORDINATED = /^(?:\s*\([A-Z]{1,2}-[\p{L}. ]{2,16}\))?,?\s+and\s+(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+){0,4}$/u;

/** A comma between two listed names, with a title before the second ("Ann Lee, Sen. Tom Ruiz and …"). */
const LISTED = /^(?:\s*\([A-Z]{1,2}-[\p{L}. ]{2,16}\))?,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/**
 * A US lawmaker's party and state after the name, "(D-Ore.)", "(R-N.J.)", "(I-Vt.)": a tag on the name, as a comma
 * of apposition is, so a list of names so tagged is the same list (COORDINATED and LISTED allow one after a name).
 */
const PARTY_TAG = /^\s*\([A-Z]{1,2}-[\p{L}. ]{2,16}\)/u;

/** A quantifier floated after a coordinated subject, before its verb: "Lee and Ruiz both stressed", "… all suggested". */
const FLOATING = /^\s*(?:both|all|each)(?=\s*$)/u;

/** The group as printed: "A and B", "A, B and C"; a list of five or more is no speaker's name. */
const groupName = (names: readonly string[]): string | null =>
  names.length > 4 ? null : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * The two people of a tag whose subject coordinates two names ("Two Likud lawmakers, MK Dan Roth and MK Eli Bar,
 * told", "…," said Ann Lee and Tom Ruiz): the quotation is the pair's, so crediting one of them says what the copy
 * does not. The pair must end where the tag's phrase ends (the verb follows it), neither name may be a possessor, an
 * object ("with Ann Lee and Tom Ruiz") or inside a quotation, and a third name listed before them leaves the tag as
 * the rules read it. `phrase` is the tag's absolute span.
 */
export function jointSpeaker(
  sentence: Sentence,
  mentions: readonly PersonMention[],
  phrase: { start: number; end: number },
  isQuoted: (offset: number) => boolean = () => false,
): JointSpeaker | null {
  const local = (from: number, to: number): string =>
    sentence.text.slice(Math.max(0, from - sentence.start), Math.max(0, to - sentence.start));
  const usable = mentions.filter((m) => !m.possessive && !isQuoted(m.start));
  for (let i = 1; i < usable.length; i++) {
    const [first, second] = [usable[i - 1]!, usable[i]!];
    // "Jeff Merkley, Sherrod Brown and Robert Menendez said": a bare full name between two the index knows is listed.
    const middle = first.person === second.person ? null : listedBetween(local(first.end, second.start));
    if (middle === null) continue;
    // The pair closes the phrase, a comma of apposition aside ("…, MK Eli Bar, told") or one the pair shares ("…,
    // both Democrats, said"); it starts inside it or just before it, where the phrase reader cut at "and".
    const after = local(second.end, Math.max(phrase.end, second.end)).replace(PARTY_TAG, '').replace(FLOATING, '');
    if (!/^[\s,]*$/.test(withoutSharedAppositive(after)) || second.end > phrase.end + 1) continue;
    if (first.start < phrase.start - 80 || second.start < phrase.start) continue;
    // Names listed before the pair ("Ann Lee, Tom Ruiz and Jo Bell said") make three speakers or more.
    const list = [first, second];
    // Full names only: a lone capitalised word before the comma is more often a place ("from Florida, Ann Lee and …").
    const listed = (m: PersonMention): boolean =>
      m.person.name.includes(' ') && LISTED.test(local(m.end, list[0]!.start));
    for (let j = i - 2; j >= 0 && listed(usable[j]!); j--) list.unshift(usable[j]!);
    if (PREPOSITION_BEFORE.test(local(list[0]!.start - 80, list[0]!.start))) return null;
    // "Ann Lee, Kavango Farms and Tom Ruiz said": a list holding a body is not credited as people (R65-5).
    if (list.some((m) => body(m.person.name)) || middle.some(body)) return null;
    const people = list.map((m) => m.person);
    const names = people.map((p) => p.name);
    return { people, name: groupName([...names.slice(0, -1), ...middle, names.at(-1)!]) };
  }
  return invertedList(usable, phrase, local);
}

/** ", Sherrod Brown and " / ", Ann Lee, Tom Ruiz, and ": one or two bare full names listed between two people. */
const BETWEEN =
  /^,\s+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}(?:,\s+\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})?),?\s+and\s+$/u;

/** The names listed between two mentions: none for a coordinated pair, the bare names of a list, or null. */
function listedBetween(gap: string): string[] | null {
  if (COORDINATED.test(gap)) return [];
  const listed = BETWEEN.exec(gap.replace(new RegExp(PARTY_TAG.source, 'gu'), ''));
  return listed ? listed[1]!.split(/,\s+/) : null;
}

/** A listed name ending on a body's head ("Kavango Farms", "Namib Holdings") is no person, whatever the index read. */
const body = (name: string): boolean => bodyHead(name.split(/[ -]/).at(-1)!);

/** What may follow the last name of an inverted tag's list: the sentence's end, a comma, or an adverbial's preposition. */
const LIST_CLOSE = /^(?:[.,;]|\s+(?:in|on|at|during|from|of|after|before)\b|\s*$)/u;
/** A listed name the people index did not read as one: two or three capitalised words, no title, no stop. */
const BARE_NAME = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}$/u;

/**
 * `"…," said Ann Lee, Tom Ruiz and Jo Bell.`: the inverted tag's phrase stops at the first comma (it may open an
 * appositive, "said Ann Lee, the mayor"), so the list after it is read here: the phrase's name, names between commas
 * (a person the index knows, or a bare full name: names listed after a comma are often not read as people), the last
 * one after "and" a person, and nothing but the sentence's end, a comma or an adverbial after it. Three to four
 * names; a pair is the phrase's own ("said Ann Lee and Tom Ruiz").
 */
function invertedList(
  usable: readonly PersonMention[],
  phrase: { start: number; end: number },
  local: (from: number, to: number) => string,
): JointSpeaker | null {
  const at = usable.findIndex((m) => m.start >= phrase.start && Math.abs(m.end - phrase.end) <= 1);
  if (at < 0 || !usable[at]!.person.name.includes(' ')) return null;
  const first = usable[at]!;
  const names = [first.person.name];
  const people = [first.person];
  for (let j = at + 1, from = first.end; j < usable.length; j++) {
    const m = usable[j]!;
    const gap = local(from, m.start).replace(new RegExp(PARTY_TAG.source, 'gu'), '');
    const pieces = gap.split(/,\s+/);
    // The gap is ", " (a listed mention follows), ", Tom Ruiz, " or ", Tom Ruiz and " / " and " (the last follows).
    const closing = /^(.*?),?\s+and\s+$/su.exec(pieces.at(-1)!);
    const between = [...pieces.slice(1, -1), ...(closing?.[1]?.trim() ? [closing[1]] : [])].map((p) => p.trim());
    if (pieces.length === 1 ? closing?.[1]?.trim() : pieces[0]!.trim() !== '') return null;
    // "said Ann Lee, Kavango Farms and Tom Ruiz": a member ending on a body's head is no person, even one the index
    // read as a person (review 65's R65-5), and a list that holds a body is not credited as people.
    if (between.some((p) => !BARE_NAME.test(p) || body(p)) || body(m.person.name)) return null;
    if (!closing && pieces.at(-1)!.trim() !== '') return null;
    if (!m.person.name.includes(' ') || people.includes(m.person)) return null;
    names.push(...between, m.person.name);
    people.push(m.person);
    // Bounded: a roster of hundreds of names is no one's list of speakers, and reading on would be quadratic.
    if (names.length > 4) return null;
    from = m.end;
    if (!closing) continue;
    if (names.length < 3 || names.length > 4) return null;
    return LIST_CLOSE.test(local(m.end, m.end + 40).replace(PARTY_TAG, '')) ? { people, name: groupName(names) } : null;
  }
  return null;
}

/**
 * Each quotation's pair of speakers, if its tag names two (jointSpeaker): a quotation that runs on from a tagged one
 * (or leads into it) and carries the same speaker carries the pair too.
 */
export function jointSpeakers(
  items: readonly QuoteItem[],
  sentences: readonly Sentence[],
  index: PeopleIndex,
  isQuoted: (offset: number) => boolean,
): Array<JointSpeaker | null> {
  const joint = items.map((item) => {
    const tag = item.tag;
    if (!item.speaker?.person || tag === null || tag === 'untagged-colon' || tag.kind === 'pronoun') return null;
    const mentions = index.mentions[item.tagSentence] ?? [];
    return jointSpeaker(sentences[item.tagSentence]!, mentions, tag, isQuoted);
  });
  const carried = (i: number, from: number): void => {
    if (items[from] && items[i]!.speaker === items[from].speaker) joint[i] = joint[from] ?? null;
  };
  for (let i = 1; i < items.length; i++) if (items[i]!.route === 'run-previous') carried(i, i - 1);
  for (let i = items.length - 2; i >= 0; i--) if (items[i]!.route === 'run-next') carried(i, i + 1);
  return joint;
}

/** A full name of capitalised words only ("Ann Lee"; "Food" alone is no full name). */
const FULL = String.raw`(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+)+\p{Lu}[\p{L}\p{M}.'’-]*`;
/** Two to four full names as groupName prints them ("Ann Lee and Tom Ruiz", "Ann Lee, Tom Ruiz and Jo Bell"). */
const GROUP = new RegExp(`^(${FULL})((?:, ${FULL}){0,2}) and (${FULL})$`, 'u');

/** The people a printed speaker names: each of a group as jointSpeaker prints it, else the speaker itself. */
export function speakerNames(speaker: string): string[] {
  const group = GROUP.exec(speaker);
  if (!group) return [speaker];
  const middle = group[2] ? group[2].slice(2).split(', ') : [];
  return [group[1]!, ...middle, group[3]!];
}

/** Right after the closing mark: two capitalised words joined by "and", the second the tag's phrase. */
const BARE_PAIR = /^[\s,"”'’]*\p{Lu}[\p{L}\p{M}.'’-]*\s+and\s+$/u;

/**
 * `"…," Greer and Halvorsen said`: a tag whose whole subject is two capitalised words joined by "and" (the tag's
 * phrase keeps the second). It is the pair jointSpeaker prints when both are people the article names in full;
 * otherwise ("Democrats and Republicans", "Google and Apple", a surname the copy never gives a first name)
 * crediting either one says what the copy does not.
 */
export function unpairedPair(item: QuoteItem, joint: JointSpeaker | null | undefined, sentences: readonly Sentence[]) {
  const tag = item.tag;
  if (joint || tag === null || tag === 'untagged-colon' || tag.kind !== 'phrase' || item.route !== 'tag-after')
    return false;
  const sentence = sentences[item.tagSentence];
  const end = item.segments.at(-1)!.end;
  if (!sentence || tag.start - end > 80 || tag.start < end) return false;
  return BARE_PAIR.test(sentence.text.slice(end - sentence.start, tag.start - sentence.start));
}
