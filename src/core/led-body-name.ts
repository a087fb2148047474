import { leaderNoun } from './leader-noun';
import { peopleLeaderNoun } from './people-leader-noun';
import { personEvidence } from './person-evidence';
import { textOccurrences } from './text-occurrences';

/** The lower-case word before "of" that ends right before a mention: "the leader of <name>". */
const LEADER_OF = /(\p{Ll}+)\s+of\s+$/u;
/** The lower-case word after a mention, then a capitalised word: "<name> leader Mary …". */
const LEADER_THEN_NAME = /^\s+(\p{Ll}+)\s+\p{Lu}/u;

/**
 * Whether the copy writes the name as what a leader leads: "the leader of Sinn Féin", "Plaid Cymru leader Rhun ap
 * Iorwerth" — a WordNet leader noun (leader-noun.ts: "leader", "president", "chairman", "head") with the name as its
 * "of" object, or the name premodifying it before another name. A person is led by no one in news copy, so the name
 * is a body's: a party or a body named in words that are no English ("Fianna Fáil") and no listed given name, which
 * the name finder reads as a person. A possessive after the name ("the head of Ann Lee's office") leads nothing of it.
 * A leader of people ("the coach of …", "the manager of …": people-leader-noun.ts) is no evidence, and a name the
 * copy also treats as a person (person-evidence.ts: "<name>, who …", its surname alone) stays a person (review 58).
 */
export function ledBodyName(name: string, text: string): boolean {
  if (personEvidence(name, text)) return false;
  for (const at of textOccurrences(text, name)) {
    const after = text.slice(at + name.length, at + name.length + 30);
    if (/^['’]s\b/.test(after) || /^[\p{L}\p{M}]/u.test(after)) continue;
    const before = LEADER_OF.exec(text.slice(Math.max(0, at - 30), at))?.[1];
    const premodified = LEADER_THEN_NAME.exec(after)?.[1];
    if ([before, premodified].some((w) => w !== undefined && bodyLeader(w))) return true;
  }
  return false;
}

/** A leader noun whose charge is a body: "leader", "president", "chairman", not "coach" or "manager". */
function bodyLeader(word: string): boolean {
  return leaderNoun(word) && !peopleLeaderNoun(word);
}
