import { ABBREVIATED_WORD } from '../core/abbreviated-word';

/**
 * An abbreviation's own stop ("U.S.", "a.m.", "Inc.", "Ariz."), which is part of the word, and an
 * ellipsis, which is not a full stop: a title keeps them.
 */
const KEPT_STOP = new RegExp(`(?:(?:\\b[A-Za-z]\\.){2,}|\\b(?:${ABBREVIATED_WORD})\\.|\\.\\.\\.)$`);
/**
 * Longest title made from a sentence. Headlines on their own line are kept whole (1,024 BBC and
 * PolNeAR headlines: median 54 characters, 99% within 105, longest 153); a sentence standing in for
 * one (a paste with no headline line, or one line) is cut near here, as a headline would be.
 */
const SENTENCE_TITLE = 100;
/** Words a cut title does not end on: "… against the euro in" reads as cut mid-phrase. */
const DANGLING =
  /^(?:a|an|the|of|and|or|but|to|in|on|at|for|with|by|from|as|that|which|who|its|their|his|her|is|are|was|were|has|have|had|be|been|than|after|before|over|into|about|not)$/i;
/** Joining words inside a name: "Bank of America", "Charles de Gaulle". */
const NAME_JOIN = /^(?:of|de|du|van|von|der|den|la|le|al|bin|y)$/i;

/**
 * A story's title as a headline: pasted copy often opens with a sentence ("Council approves ferry
 * contract."), and its full stop made lists, briefs and follow-ups read "“…contract.” (#3)".
 * "?" and "!" say something about the story and stay. With the story's `text`, a title that is its
 * opening sentence rather than a line of its own (a one-line paste; Discord's options are one line)
 * is cut to a headline's length at a word boundary.
 */
export function headlineTitle(title: string, text?: string): string {
  const trimmed = title.trim();
  const firstLine = text?.trimStart().split('\n', 1)[0]?.trim() ?? '';
  // A one-sentence paste is its own title: no line of it is a headline, however long (a paste is 200+ characters).
  const opening = firstLine.length > trimmed.length && firstLine.startsWith(trimmed);
  if (trimmed.length > SENTENCE_TITLE && (opening || text?.trim() === trimmed)) return sentenceTitle(trimmed);
  if (!trimmed.endsWith('.') || KEPT_STOP.test(trimmed)) return trimmed;
  return trimmed.slice(0, -1).trimEnd();
}

/**
 * A long sentence cut to a title at a word boundary, never inside a name ("Federal | Reserve") or
 * a number and what it counts ("£1.2 | million", "90 | jobs"), nor after a word that leaves a phrase
 * open; an ellipsis marks the cut.
 */
function sentenceTitle(sentence: string): string {
  const words = sentence.split(/\s+/);
  let kept = 0;
  let fits = 0;
  for (let length = -1, n = 0; n < words.length && length + 1 + words[n]!.length <= SENTENCE_TITLE - 1; n++) {
    length += 1 + words[n]!.length;
    fits = n + 1;
    if (n > 0 && cutsAfter(words[n]!, words[n + 1])) kept = n + 1;
  }
  // No cut point allowed (a name from end to end, in Title Case): between words all the same.
  if (kept === 0) kept = fits;
  // One word longer than a title (a link, say): cut inside it, between characters, never inside one.
  if (kept === 0) return `${codePointsWithin(sentence, SENTENCE_TITLE - 1).trimEnd()}…`;
  return `${words
    .slice(0, kept)
    .join(' ')
    .replace(/[\s,;:(–—-]+$/, '')}…`;
}

/** The longest run of whole characters (code points, an emoji's two units together) within `units`. */
function codePointsWithin(text: string, units: number): string {
  let kept = '';
  for (const char of text) {
    if (kept.length + char.length > units) break;
    kept += char;
  }
  return kept;
}

/** Whether a title may end after `word` when `next` follows it. */
function cutsAfter(word: string, next: string | undefined): boolean {
  if (next === undefined) return true;
  const bare = word.replace(/[^\p{L}\p{N}'’]/gu, '');
  if (DANGLING.test(bare) || /\p{N}/u.test(word)) return false;
  const capital = (w: string) => /^[“"‘'(]?\p{Lu}/u.test(w);
  // Inside a name: a capitalised word followed by another, or by "of"/"de" within the name.
  if (capital(word) && !/[,;:.)”"’]$/.test(word) && (capital(next) || NAME_JOIN.test(next))) return false;
  return true;
}
