import { agentNoun } from './agent-noun';
import { personNoun } from './person-noun';
import { isRoleHead } from './role-heads';
import { wordsBefore } from './words-before';

/**
 * "police spokesperson Colonel Thembeka Dlamini", "fire service spokesman Captain Ian Rees": a lone capitalised rank
 * the name finder took as the role, written between a lower-case role head and the name, is a title the person
 * carries; the role is the descriptor before it (audit 51, B-a51-12 d). The names written with the rank, where the
 * copy sets such a head right before it; none otherwise. A rank names a station, not a doer: a WordNet person noun
 * that is no agent noun ("colonel", "captain"); "ACLU executive Director" is one post, its head a doer ("director").
 */
export function rankAfterRole(entityRole: string | undefined, names: readonly string[], text: string): string[] {
  if (!entityRole || !/^\p{Lu}\p{Ll}+$/u.test(entityRole)) return [];
  const rank = entityRole.toLowerCase();
  if (!personNoun(rank) || agentNoun(rank)) return [];
  return names
    .map((n) => `${entityRole} ${n}`)
    .filter((ranked) =>
      wordsBefore(text, ranked).some(({ before }) => {
        const head = before.split(/\s+/).pop()!;
        return /^[a-z]/.test(head) && isRoleHead(head);
      }),
    );
}
