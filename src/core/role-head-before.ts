import { literalMatches, literalPattern } from './literal-matches';
import { ROLE_HEADS } from './role-heads';

const AFTER_LOWER = literalPattern('\\b([a-z]+) ', '\\b');

/** What news people do on air, beside the role heads (which also split titles from names, so stay apart). */
const BROADCAST_ROLES = new Set([
  'anchor',
  'anchorman',
  'anchorwoman',
  'newscaster',
  'broadcaster',
  'commentator',
  'pundit',
]);

/**
 * "Fox News anchor Megyn Kelly": the copy writes the full name right after a lower-case word for what
 * someone does, so it names a person even when the first name is in no table.
 */
export function roleHeadBefore(name: string, text: string): boolean {
  for (const m of literalMatches(text, name, AFTER_LOWER))
    if (ROLE_HEADS.has(m[1]!) || BROADCAST_ROLES.has(m[1]!)) return true;
  return false;
}
