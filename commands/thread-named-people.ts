import type { Analysis } from '../src/core/analysis-types';
import { escapeRegExp } from '../src/core/escape-reg-exp';
import { surname } from '../src/core/mentions-entity';

/**
 * The people of the article the cited sentences name in any role, not only as speakers ("Helen Marsh … won the
 * contract", "its chairman, Sam Patel, opposed the deal"): a who-is-who person whose full name or surname stands as
 * a word there. A thread's "her" after such an answer means her when she is the one woman it names (review s42
 * B-r42-15); bodies and places are never in the list.
 */
export function threadNamedPeople(analysis: Analysis, texts: readonly string[]): string[] {
  const named: string[] = [];
  for (const entity of analysis.entities) {
    if (entity.type !== 'person') continue;
    const word = new RegExp(`(?<![\\p{L}])${escapeRegExp(surname(entity.name))}(?![\\p{L}])`, 'u');
    if (texts.some((text) => text.includes(entity.name) || word.test(text))) named.push(entity.name);
  }
  return named;
}
