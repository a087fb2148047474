import { escapeRegExp } from './escape-reg-exp';

/** "said Limbaugh", "Rush Limbaugh said": the copy tags a quote with this name. */
export function speechTagged(name: string, text: string): boolean {
  const n = escapeRegExp(name);
  return new RegExp(`\\b(?:said|says|told|added)\\s+${n}\\b|\\b${n}\\s+(?:said|says|told|added)\\b`).test(text);
}
