import { escapeRegExp } from './escape-reg-exp';

/**
 * "said Limbaugh", "Rush Limbaugh said", "Limbaugh told": the copy tags a quote with this name ("told Limbaugh" is the
 * listener). After the verb the name must end
 * the tag (a stop, a comma, "on Monday", "who…"): "officials said Haiyan had cut power" opens a reported clause
 * on the name, no quote of it.
 */
export function speechTagged(name: string, text: string): boolean {
  const n = escapeRegExp(name);
  return new RegExp(
    `\\b(?:said|says|added)\\s+${n}(?=\\s*[,.;:!?)(—–]|\\s*$|\\s+(?:on|in|at|during|after|before|who|when|as|last|this|yesterday|today)\\b)|\\b${n}\\s+(?:said|says|told|added)\\b`,
  ).test(text);
}
