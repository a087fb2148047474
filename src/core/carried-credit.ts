import type { Quote, Sentence } from './analysis-types';
import { boundedMemo } from './bounded-memo';
import { escapeRegExp } from './escape-reg-exp';
import { WORD_EDGE } from './latin-letters';
import { surname } from './mentions-entity';
import { NOT_NAMES } from './not-names';

/** How far back a run of sentences credited to one speaker is followed; a longer run keeps its credit. */
const MAX_STEPS = 10;
/** A sentence that opens on a full name ("Naureen Jahangir, a Sanders supporter, …"): its two first words. */
const NAME_OPENER = /^\W*(\p{Lu}[\p{L}\w'’-]+)\s+\p{Lu}[\p{L}\w'’-]+\b/u;

/**
 * The two readings of a speaker named earlier, per surname (a quotation's speaker is asked about once per quotation):
 * built once, as a fresh expression is parsed and compiled to native code at its first run.
 */
const namedPatterns = boundedMemo((last: string): { subject: RegExp; opens: RegExp } => {
  const name = escapeRegExp(last);
  return {
    // The speaker as a clause's subject ("At a rally in Modesto, Sanders promised …") or introduced by an apposition
    // ("Bernie Sanders, who …", "Whit Ayres -- author of …"; "Donald Trump, the nominee," may be anyone's object), not
    // an object ("he had protested Trump at a rally").
    subject: new RegExp(
      `${WORD_EDGE}${name}(?:,\\s+who\\s|\\s*(?:--|—|–)|\\s+(?!(?:at|in|on|of|to|for|from|with|by|and|or|as|about|into|over|who|that|which)\\b)[a-z])`,
    ),
    // Opening the sentence ("Mr. Baron joined …") or named between commas ("One nurse, Maria Olvera, 41, came …").
    opens: new RegExp(`^\\W*(?:[A-Z][\\w.'’-]*\\s+){0,3}${name}${WORD_EDGE}|,\\s+(?:[A-Z][\\w.'’-]*\\s+){0,3}${name},`),
  };
}, 256);

/**
 * `speaker`, or no one, as a passage's credit. A sentence that does not name its credited speaker ("'…,' he said", a
 * quotation going on) keeps the credit only when it carries over from where the run begins. Walking back over
 * sentences credited to the same speaker and over narration, the walk ends well at a sentence credited to them that
 * names them ("'…,' said Baron"), or one that opens on them, names them between commas or as a clause's subject; it
 * ends badly at a sentence credited to someone else or one that opens on another full name: the pronoun or the
 * quotation is then likely that person's ("One voter, Guadalupe …" before a "he said" the quote ranker gave to the
 * Trump the voter had protested), unless the next sentences of the run name the speaker in a tag after the quotation.
 * A run too long to read keeps its credit. When unsure, credit nobody: a wrong name is worse than none.
 */
export function carriedCredit(
  speaker: string,
  sentences: readonly Sentence[],
  index: number,
  speakers: ReadonlyMap<number, string>,
  quotes: readonly Quote[],
): string | null {
  const last = surname(speaker);
  if (sentences[index]!.text.includes(last)) return speaker;
  const { subject, opens } = namedPatterns(last);
  const unnamed = unnamedQuotes(quotes);
  for (let i = index - 1; i >= 0 && i >= index - MAX_STEPS; i--) {
    const { id, text } = sentences[i]!;
    if (opens.test(text) || subject.test(text)) return speaker;
    const credited = speakers.get(id);
    if (credited === speaker) {
      if (text.includes(last)) return speaker;
      continue;
    }
    if (credited !== undefined && !unnamed.has(id)) return namedNext(sentences, index, speakers, speaker);
    const opener = NAME_OPENER.exec(text);
    if (opener && !NOT_NAMES.has(opener[1]!)) return namedNext(sentences, index, speakers, speaker);
  }
  return speaker;
}

/**
 * The sentences of quotations the engine credits to no one ("…,” she said, with no name to hold), read as
 * narration: derived once per article's quote list (a passage is asked for each of its open questions), and kept
 * only as long as that list is (a WeakMap entry, no text in module state).
 */
const UNNAMED = new WeakMap<readonly Quote[], ReadonlySet<number>>();
function unnamedQuotes(quotes: readonly Quote[]): ReadonlySet<number> {
  let unnamed = UNNAMED.get(quotes);
  if (!unnamed) {
    unnamed = new Set(quotes.filter((q) => q.speaker === null).map((q) => q.sentenceId));
    UNNAMED.set(quotes, unnamed);
  }
  return unnamed;
}

/**
 * A quotation whose tag follows it ("“A Star of David …” … wrote Erick Erickson"): the next sentences of the run
 * name the speaker.
 */
function namedNext(
  sentences: readonly Sentence[],
  index: number,
  speakers: ReadonlyMap<number, string>,
  speaker: string,
): string | null {
  for (const next of sentences.slice(index + 1, index + 3)) {
    // The tag may stand in the quotation's next sentence, which the engine credits to no one.
    const credited = speakers.get(next.id);
    if (credited !== undefined && credited !== speaker) return null;
    if (next.text.includes(surname(speaker))) return speaker;
  }
  return null;
}
