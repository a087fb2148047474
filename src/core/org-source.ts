import { hasLiteralMatch, literalPattern } from './literal-matches';
import { NOT_FIRST } from './without-lead-in';

/**
 * "The Wall Street Journal reported", "the Journal as well as other media reported", "according to the Journal":
 * the copy makes the organisation its source. The verbs are a publisher's; "said" is left out, which a person or a
 * place's government takes as often.
 */
const REPORTED = literalPattern(
  '',
  "(?![\\w'’-])(?:\\s+(?:as well as|and|along with)\\s+[a-z][a-z ]{0,30}?)?\\s+(?:first\\s+|also\\s+|later\\s+)?(?:reported|reports|published|publishes|revealed|broke the news)\\b",
);
const ACCORDING = literalPattern(
  '(?:\\b[Aa]ccording to|\\breported by|\\bpublished by)\\s+(?:the\\s+)?',
  "(?![\\w'’-])",
);

/**
 * Whether an organisation the copy names once is a source it cites: the Organisations line keeps it, after those
 * named twice or more, because a reader checking the story looks for who reported it.
 */
export function orgSource(name: string, text: string): boolean {
  // "As The Washington Post reported": a run the name finder opened on the sentence's first word is no name to show.
  if (NOT_FIRST.has(name.split(' ')[0]!)) return false;
  return hasLiteralMatch(text, name, REPORTED) || hasLiteralMatch(text, name, ACCORDING);
}
