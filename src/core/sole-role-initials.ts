import type { Sentence } from './analysis-types';
import type { Person, PersonMention } from './people';
import { roleInitials } from './role-initials';

/**
 * The post's initials each titled mention gives its person (role-initials.ts), kept only where one person alone holds
 * them: with "Regional Commissioner Anna Moyo … Regional Commissioner Ben Tau", "the RC said" names neither for sure,
 * and the nearer one was credited (review 62). Read over the whole copy first, before any "the RC" is resolved.
 */
export function soleRoleInitials(sentences: Sentence[], mentions: PersonMention[][]): Map<PersonMention, string[]> {
  let text: string | undefined;
  const copy = (): string => (text ??= sentences.map((s) => s.text).join('\n'));
  const used = new Map<string, boolean>();
  const found = new Map<PersonMention, string[]>();
  const holders = new Map<string, Set<Person>>();
  for (const sentence of sentences) {
    for (const mention of mentions[sentence.id]!) {
      const initials = roleInitials(sentence.text.slice(0, mention.start - sentence.start), copy, used);
      if (initials.length === 0) continue;
      found.set(mention, initials);
      for (const i of initials) holders.set(i, (holders.get(i) ?? new Set()).add(mention.person));
    }
  }
  for (const [mention, initials] of found)
    found.set(
      mention,
      initials.filter((i) => holders.get(i)!.size === 1),
    );
  return found;
}
