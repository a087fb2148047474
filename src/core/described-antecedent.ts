import { describedSubject } from './described-subject';
import { eachMatch } from './each-match';
import type { Gender } from './honorifics';
import type { Person } from './people';
import type { PronounContext } from './resolve-pronoun';
import { sexAgeNoun } from './sex-age-role';
import type { ResolvedSpeaker } from './speaker-resolution';

/** How far back the person a sex or kin noun re-describes is looked for, in sentences. */
const LOOKBACK = 8;
const QUOTE_MARK = /["\u201c\u201d]/;
const PRONOUN = /\b(?:she|her|hers|herself|he|him|his|himself)\b/gi;

/** A described subject as a "she"/"he" antecedent: a person, or someone the copy does not name (by the head). */
export type DescribedAntecedent = { person: ResolvedSpeaker } | { unnamed: string };

/**
 * What sentence `id`'s described subject ("The defendant …", "The woman …", described-subject.ts) is as the
 * antecedent of a pronoun of `sex` at `at` (review 48 B-r48-1, B-r48-2), undefined when it is none:
 * - a person the copy gave its role ("prosecutor Ann Roe … The prosecutor");
 * - a head that says only sex, age or kinship ("The woman", "The mother of two") sets no one apart from a named
 *   person — court and crime copy re-describes its named subject so — so it is the person named last outside a
 *   quotation tag before it ("Police arrested Jane Dunmore, a nurse … The woman wept"), or none;
 * - a role head ("The defendant") is someone unnamed the pronoun may mean.
 * A head of no sex ("The victim", "The driver") is the antecedent only when its own sentence or the next gives it the
 * pronoun's sex ("The purser wept as she left"): "The victim was taken to hospital." gives none, and the police
 * source's "she added" after it stays hers.
 */
export function describedAntecedent(
  id: number,
  sentenceId: number,
  at: number,
  sex: Gender,
  context: PronounContext,
): DescribedAntecedent | undefined {
  const { sentences, index, isQuoted } = context;
  const described = describedSubject(sentences[id]!, index, id < sentenceId ? Infinity : at, isQuoted);
  if (!described) return undefined;
  if (described.person) return (described.sex ?? sex) === sex ? { person: described.person } : undefined;
  if ((described.sex ?? pronounSexAfter(described.end, id, at, context)) !== sex) return undefined;
  if (described.sex === null && !sexAgeNoun(described.head)) return { unnamed: described.head };
  // "The other man, his cousin James York, 40, cited …": a name in its own sentence is who it is, a mention already.
  const own = (index.mentions[id] ?? []).some((m) => m.start >= described.end && m.start < at && !isQuoted(m.start));
  if (own) return undefined;
  const named = lastNamed(id, described.start, context);
  if (!named || (named.gender !== null && named.gender !== sex)) return undefined;
  return { person: { name: named.name, person: named } };
}

/** The person named last before `before`, outside quotation and not as the speaker of a quotation tag. */
function lastNamed(id: number, before: number, context: PronounContext): Person | undefined {
  for (let j = id; j >= 0 && j > id - LOOKBACK; j--) {
    // A speaker counts as a quotation's tag only in a sentence that quotes ("Kovacs admitted the fraud" is no tag).
    const quotes = QUOTE_MARK.test(context.sentences[j]!.text);
    const tagged = new Set(quotes ? context.speakers[j]?.map((s) => s.person) : []);
    const mentions = context.index.mentions[j] ?? [];
    for (let i = mentions.length - 1; i >= 0; i--) {
      const mention = mentions[i]!;
      if (mention.start >= before || context.isQuoted(mention.start) || tagged.has(mention.person)) continue;
      return mention.person;
    }
  }
  return undefined;
}

/** The sex the first "she"/"he"/"her"/"his" outside quotation after `from`, in sentence `id` or the next, gives. */
function pronounSexAfter(from: number, id: number, at: number, context: PronounContext): Gender | null {
  for (const sentence of context.sentences.slice(id, id + 2)) {
    for (const match of eachMatch(PRONOUN, sentence.text)) {
      const offset = sentence.start + match.index;
      if (offset < from || context.isQuoted(offset)) continue;
      if (offset >= at) return null;
      return /^(?:she|her|hers|herself)$/i.test(match[0]) ? 'female' : 'male';
    }
  }
  return null;
}
