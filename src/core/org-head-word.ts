import { orgHeadNoun } from './org-head-noun';
import { ORG_HEADS } from './org-heads';

/**
 * Whether a word of a question or of prose, in any case ("council", "Board"), heads organisations' names: WordNet's
 * heads and the engine's own list, read in title case as both are kept. Narrower than body-head.ts, which also counts
 * things and places of care: a council votes and "the commission said", a bridge does neither.
 */
export function orgHeadWord(word: string): boolean {
  const title = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return orgHeadNoun(title) || ORG_HEADS.has(title);
}
