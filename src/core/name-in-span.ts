import type { Sentence } from './analysis-types';
import { descriptorObject } from './descriptor-object';
import { firstMentionFrom } from './mention-facts';
import { PREPOSITION_BEFORE } from './name-just-before';
import { mentionPremodifier } from './name-premodifier';
import { NICKNAME_QUOTES } from './nickname-quotes';
import type { PersonMention } from './people';
import { possessedObject } from './possessed-object';
import { titledNameBetween } from './titled-name-between';
import { titledObject } from './titled-object';
import { verbObjectBefore } from './verb-object-before';

const quotes = (marks: readonly string[]): string => marks.join('');
/** The rest of a name past a nickname, as the copy writes it: ' “Charo” Magbanua' (nickname-bridge.ts). */
const NICKNAME_TAIL = new RegExp(
  `^ [${quotes(NICKNAME_QUOTES.opens)}]\\p{Lu}[\\p{L}'’.-]*[${quotes(NICKNAME_QUOTES.closes)}] \\p{Lu}[\\p{L}'’-]*$`,
  'u',
);

/** A person named inside the span, skipping possessors ("Flynn's") and objects ("for Blair"). */
export function nameInSpan(
  sentence: Sentence,
  { start, end }: { start: number; end: number },
  {
    mentions,
    prefer,
    isQuoted,
  }: { mentions: PersonMention[]; prefer: 'first' | 'last'; isQuoted: (offset: number) => boolean },
): PersonMention | null {
  const local = (from: number, to: number): string => sentence.text.slice(from - sentence.start, to - sentence.start);
  const found: PersonMention[] = [];
  // Mentions are in order: read from the span's first, so a sentence of thousands of quotations stays linear.
  const list = mentions;
  for (let i = firstMentionFrom(list, start); i < list.length && list[i]!.start <= end; i++) {
    const mention = list[i]!;
    // '... said Donald Trump Jr.': the phrase leaves out the stop that ends both the sentence and "Jr.".
    // 'said Senator Rosario “Charo” Magbanua': the quote finder cuts the phrase at the nickname's mark; the name is whole.
    const over =
      mention.end > end &&
      !(mention.end === end + 1 && local(end, mention.end) === '.') &&
      !NICKNAME_TAIL.test(local(end, mention.end));
    if (mention.start < start || over || mention.possessive || isQuoted(mention.start)) continue;
    const before = local(start, mention.start);
    if (
      before.trim() !== '' &&
      (PREPOSITION_BEFORE.test(before) ||
        titledObject(before) ||
        verbObjectBefore(before) ||
        descriptorObject(before) ||
        possessedObject(before))
    )
      continue;
    // "one Clinton aide said": the name says whom the speaker works for; the phrase is the speaker.
    if (mentionPremodifier(sentence, mention.start, mention.end)) continue;
    found.push(mention);
  }
  // "said Clinton campaign manager Robby Mook": the name before a title names whom the titled person works for.
  const heads = found.filter((m, i) => {
    const next = found[i + 1];
    return !next || next.start - m.end > 60 || !titledNameBetween(local(m.end, next.start));
  });
  found.splice(0, found.length, ...heads);
  if (found.length === 0) return null;
  return (prefer === 'first' ? found[0] : found[found.length - 1]) ?? null;
}
