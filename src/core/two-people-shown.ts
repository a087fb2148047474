import { literalMatches, literalPattern } from './literal-matches';
import { QUOTE_VERBS } from './speech-verbs';
import { KIN } from './surname-as-person';

/** The name whole, not inside a longer one ("Rob Reed" is not read in "Robert Reed"). */
const WHOLE = literalPattern("(?<![\\p{L}\\p{M}'’.-])", "(?![\\p{L}\\p{M}'’-])", 'u');

/** A sentence's end between two mentions: not an honorific's or an initial's point ("Mr. Reed", "E. J. Mannix"). */
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Rev|Gen|Sen|Rep|Gov|\p{Lu}))[.!?]["”'’]?\s/u;
const KIN_WORD = new RegExp(`\\b${KIN}\\b`, 'i');
/** Kin or one sentence reach no further than this between two mentions: farther, the copy has moved on. */
const NEAR = 300;
/** The word after a mention ("Rob Reed said") and the word before it ("said Rob Reed"). */
const WORD_AFTER = /^,?\s+(\p{Ll}+)/u;
const WORD_BEFORE = /(\p{Ll}+),?\s+$/u;

/**
 * Whether the copy shows two people where two listed names could be one written two ways ("Robert Reed" and "Rob
 * Reed", review s35 B-who35-4): both in one sentence (no one is written two ways in one sentence), a kin noun between
 * two mentions ("Robert Reed, 72, and his son Rob Reed"; "Fred Trump … His grandson later said Frederick Trump"), or
 * each the speaker of a quotation of its own ("Robert Reed said …", "Rob Reed said …"). Each name is read once.
 */
export function twoPeopleShown(a: string, b: string, text: string): boolean {
  const mentions = [...mentionsOf(a, 0, text), ...mentionsOf(b, 1, text)].sort((x, y) => x.start - y.start);
  for (let i = 1; i < mentions.length; i++) {
    const [x, y] = [mentions[i - 1]!, mentions[i]!];
    if (x.who === y.who || y.start - x.end > NEAR) continue;
    const between = text.slice(x.end, y.start);
    if (!SENTENCE_END.test(between) || KIN_WORD.test(between)) return true;
  }
  return mentions.some((m) => m.who === 0 && m.speaks) && mentions.some((m) => m.who === 1 && m.speaks);
}

interface Mention {
  who: number;
  start: number;
  end: number;
  /** A quotation's verb right beside it: "Rob Reed said", "said Rob Reed". */
  speaks: boolean;
}

function mentionsOf(name: string, who: number, text: string): Mention[] {
  return [...literalMatches(text, name, WHOLE)].map((m) => {
    const end = m.index + name.length;
    const after = WORD_AFTER.exec(text.slice(end, end + 40))?.[1];
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
    const speaks = (after !== undefined && QUOTE_VERBS.has(after)) || (before !== undefined && QUOTE_VERBS.has(before));
    return { who, start: m.index, end, speaks };
  });
}
