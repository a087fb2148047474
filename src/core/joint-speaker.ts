import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { PREPOSITION_BEFORE } from './name-just-before';
import type { PeopleIndex, PersonMention } from './people';
import { withoutSharedAppositive } from './shared-appositive';

/**
 * The people a tag's subject names together ("Ann Lee and Tom Ruiz said") and the pair as printed; null for a list of
 * three or more ("Ann Lee, Tom Ruiz and Jo Bell said"), whose quotation no one person, nor a name this long, is given.
 */
export interface JointSpeaker {
  people: PersonMention['person'][];
  name: string | null;
}

/**
 * "and" between two names, with a title or an office in capitals before the second ("and MK Dan Roth", "and House
 * Speaker Tim Moore"); a lower-case word between ("and his wife Ann") is no coordination of two names.
 */
const COORDINATED = /^,?\s+and\s+(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+){0,4}$/u;

/** A comma between two listed names, with a title before the second ("Ann Lee, Sen. Tom Ruiz and …"). */
const LISTED = /^,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

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
    if (first.person === second.person || !COORDINATED.test(local(first.end, second.start))) continue;
    // The pair closes the phrase, a comma of apposition aside ("…, MK Eli Bar, told") or one the pair shares ("…,
    // both Democrats, said"); it starts inside it or just before it, where the phrase reader cut at "and".
    if (!/^[\s,]*$/.test(withoutSharedAppositive(local(second.end, phrase.end))) || second.end > phrase.end + 1)
      continue;
    if (first.start < phrase.start - 80 || second.start < phrase.start) continue;
    // Names listed before the pair ("Ann Lee, Tom Ruiz and Jo Bell said") make three speakers or more.
    const list = [first, second];
    // Full names only: a lone capitalised word before the comma is more often a place ("from Florida, Ann Lee and …").
    const listed = (m: PersonMention): boolean =>
      m.person.name.includes(' ') && LISTED.test(local(m.end, list[0]!.start));
    for (let j = i - 2; j >= 0 && listed(usable[j]!); j--) list.unshift(usable[j]!);
    if (PREPOSITION_BEFORE.test(local(list[0]!.start - 80, list[0]!.start))) return null;
    const people = list.map((m) => m.person);
    return { people, name: list.length === 2 ? `${first.person.name} and ${second.person.name}` : null };
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

/** Two full names joined by "and", each of capitalised words only ("Ann Lee and Tom Ruiz"; not "Food and Drug …"). */
const PAIR =
  /^((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+)+\p{Lu}[\p{L}\p{M}.'’-]*) and ((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+)+\p{Lu}[\p{L}\p{M}.'’-]*)$/u;

/** The people a printed speaker names: both of a pair as jointSpeaker prints it, else the speaker itself. */
export function speakerNames(speaker: string): string[] {
  const pair = PAIR.exec(speaker);
  return pair ? [pair[1]!, pair[2]!] : [speaker];
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
