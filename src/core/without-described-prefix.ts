import { describedPersonNoun } from './described-person-noun';

/** ", retired farmer " right before the name: up to two modifiers, then a lower-case noun. */
const DESCRIBED = /,\s+((?:[a-z][a-z-]*\s+){0,2})([a-z][a-z-]+)\s+$/;

/**
 * The window before a name without the description the name carries after the role's comma: "The school's chair of
 * governors, retired farmer Huw Lloyd-Jenkins," holds the post before the comma and what the person is or was
 * after it (audit 61, B-a61-9), so the post is read as it is before a bare name (described-person-noun.ts says
 * which descriptions count).
 */
export function withoutDescribedPrefix(window: string): string {
  const m = DESCRIBED.exec(window);
  return m && describedPersonNoun(m[1]!, m[2]!) ? `${window.slice(0, m.index + 1)} ` : window;
}
