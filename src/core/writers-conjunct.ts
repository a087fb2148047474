import { holdsMainVerb } from './holds-main-verb';
import { SPEECH_VERBS } from './speech-verbs';
import { VOICED_WORRY } from './voiced-worry';

/** Thought verbs the speech list leaves out: in the first conjunct they too make the sentence the speaker's. */
const THOUGHT = /\b(?:believes?|believed|thinks?|thought|hopes?|hoped|fears?|feared|according)\b/i;

/** Whether a run of words reports its subject's speech, thought or voiced worry ("expressed concern about …"). */
const reportsSpeech = (words: string): boolean =>
  THOUGHT.test(words) ||
  VOICED_WORRY.test(words) ||
  words
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => SPEECH_VERBS.has(w));

/**
 * The second conjunct's speech verb closing the words before the statement ("…, but told The Post on Monday that ",
 * "… -- and he says "), its subject a pronoun or shared with the first conjunct.
 */
const SECOND_CONJUNCT =
  /(?:,|\s+--|\s*[—–])?\s+(?:but|and|yet)\s+(?:(?:he|she|they|we|I)\s+)?(?:also\s+|later\s+|then\s+|now\s+)?(?:said|says|told|tells|added|adds|wrote|writes|insisted|insists|argued|argues|claimed|claims|predicted|predicts|warned|warns)\b[^,;:"“”]{0,60}$/i;

/**
 * Whether the statement credited in `text` hangs on a speech verb in a second conjunct after a clause of the
 * writer's own: "He endorsed Clinton, but told The Huffington Post on Monday that he thought Sanders would eke out a
 * win" reports Rice's view, but "He endorsed Clinton" is the writer's account of him, and a tag on the whole passage
 * ("…”, says Andrew Rice) gives the writer's words as his (hand-read sample 43's #25, #50). A first conjunct that
 * itself says, thinks or voices a worry ("He said the vote was close, but told …", "He expressed concern about the
 * primary and said …", any verb of the speech-verb list) keeps the sentence the speaker's account.
 */
export function writersConjunct(text: string, statement: string): boolean {
  const at = text.indexOf(statement);
  if (at <= 0) return false;
  const before = text.slice(0, at);
  const second = SECOND_CONJUNCT.exec(before);
  if (second === null) return false;
  const first = before.slice(0, second.index);
  return holdsMainVerb(first) && !reportsSpeech(first);
}
