import { withoutLeadingTime } from './without-leading-time';

/** An article or a possessive determiner: where a noun phrase opens. */
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|this|these|those)$/i;
/** A word after which a determiner opens no new phrase: it belongs to the phrase the word sits in ("the head of the"). */
const BINDS = /^(?:of|for|from|with|in|on|at|by|to|and|or|about|over|under|into|the|a|an|its|his|her|their|our)$/i;

/**
 * The clause's subject after "told" and its listener, as written: "reporters the board" → "the board", "BBC Radio
 * Scotland's morning programme the roads board" → "the roads board", "reporters on Monday that the board" → "the
 * board". The listener may run to any length (British copy names the programme: "told BBC Radio 4's Today
 * programme"), so the subject is the last noun phrase that opens on a determiner right after a word that binds none
 * (a "that" before any such phrase opens the clause itself); "members Hale" (a one-word listener before a name) gives
 * "Hale". Null when neither shape is found: where the listener ends is unknown.
 */
export function toldSubject(rest: string): string | null {
  const words = rest.trim().split(/\s+/);
  let opens = -1;
  for (let i = 1; i < words.length; i++) {
    if (/^that$/i.test(words[i]!) && opens < 0) return withoutLeadingTime(words.slice(i + 1).join(' ')) || null;
    if (DETERMINER.test(words[i]!) && !BINDS.test(words[i - 1]!)) opens = i;
  }
  if (opens > 0) return words.slice(opens).join(' ');
  if (words.length >= 2 && /^\p{Ll}/u.test(words[0]!) && /^\p{Lu}/u.test(words[1]!)) return words.slice(1).join(' ');
  return null;
}
