import { maskAbbreviationDots } from './abbreviation-dots';
import { parentheticalSpan } from './parenthetical-span';

/**
 * The clause with a tag set between its subject and its verb cut out, commas and all: "The deficit, says the trust's
 * lawyer, Dan Okafor, will grow next year" → "The deficit will grow next year", the statement the speaker reading
 * credits. Left uncut, the modal's subject was read as the tag's speaker ("Will the trust's lawyer, Dan Okafor, grow
 * next year?", review B-r46-12). A tag not seen to end is left for the caller.
 */
export function withoutParentheticalTag(text: string): string {
  const span = parentheticalSpan(maskAbbreviationDots(text));
  return span?.end ? `${text.slice(0, span.start)}${text.slice(span.end)}` : text;
}
