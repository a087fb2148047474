import { hasLiteralMatch, literalPattern } from './literal-matches';

/** Read around each occurrence of the name, compiled once: "said Limbaugh.", "Limbaugh said". */
const SAID_BEFORE = literalPattern(
  '\\b(?:said|says|added)\\s+',
  '(?=\\s*[,.;:!?)(—–]|\\s*$|\\s+(?:on|in|at|during|after|before|who|when|as|last|this|yesterday|today)\\b)',
);
const SAID_AFTER = literalPattern('\\b', '\\s+(?:said|says|told|added)\\b');

/**
 * "said Limbaugh", "Rush Limbaugh said", "Limbaugh told": the copy tags a quote with this name ("told Limbaugh" is the
 * listener). After the verb the name must end
 * the tag (a stop, a comma, "on Monday", "who…"): "officials said Haiyan had cut power" opens a reported clause
 * on the name, no quote of it.
 */
export function speechTagged(name: string, text: string): boolean {
  return hasLiteralMatch(text, name, SAID_BEFORE) || hasLiteralMatch(text, name, SAID_AFTER);
}
