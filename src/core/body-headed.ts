import { ORG_HEADS } from './org-heads';
import { headIndex } from './phrase-head';

/**
 * Whether a described speaker is headed by a body's capitalised head word ("Food Centre", "the Harbour Authority",
 * "Several stallholders at Bedok Market and Food Centre" is not: its head is "stallholders"). The head as the copy
 * writes it: a lower-case "centre" may be a player's position.
 */
export function bodyHeaded(name: string): boolean {
  const words = name.split(/\s+/);
  const head = words[headIndex(words)];
  return head !== undefined && ORG_HEADS.has(head);
}
