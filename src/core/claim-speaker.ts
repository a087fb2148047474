import { agentNoun } from './agent-noun';
import type { Entity } from './analysis-types';
import { calendarWords } from './calendar-words';
import { partyName } from './party-name';
import { isRoleHead } from './role-heads';

/**
 * Lower-case heads of a description of a body or of people acting as one ("the campaign", "the Bush
 * administration", "Vatican officials", "the Washington Post's investigative unit"), beyond the agent and role nouns.
 */
const BODY_NOUN =
  /^(?:campaign|party|committee|administration|department|ministry|office|council|board|government|company|firm|union|court|agency|police|prosecutors|staff|team|unit|group|people|men|women|officials|voters|supporters|critics|lawmakers|members|sources)$/;
/** Where a description's head ends: its complement or a clause after it ("a spokeswoman for YouTube", "People close to …"). */
const AFTER_HEAD = /(?:,|\s(?:of|for|at|in|from|with|by|on|across|close|who|that|which|combed|\w+ing)\s).*$/;
/** A share of a group ("79 percent of Democrats", "a majority of voters", "some of the women"): the group is the head. */
const PARTITIVE =
  /^(?:.*\s)?(?:percent|majority|minority|half|third|quarter|share|most|many|some|all|several|none)\s+of\s+(?!(?:them|us|you|those|these)\b)/i;
/** A speaker phrase opening on a first-person pronoun: the writer or a quoted voice, no one the article names. */
const FIRST_PERSON = /^(?:I|[Ww]e|[Mm]y|[Oo]ur)\b/;

/**
 * Whether a reported claim's speaker is someone: a person or body the entity reading types so, a name (capitalised
 * head: "the IAAF", "the Saudis", "the RNC"), or a description headed by a noun for people or bodies ("the campaign",
 * "a State Department spokesman", "some GOP strategists"). Not "the truck story", "the poll", "Wednesday" or "I cannot".
 */
export function claimSpeaker(speaker: string, entities: ReadonlySet<string>): boolean {
  if (FIRST_PERSON.test(speaker)) return false;
  if (entities.has(speaker) || entities.has(speaker.replace(/^the\s+/i, ''))) return true;
  const words = speaker.replace(PARTITIVE, '').replace(AFTER_HEAD, '').split(/\s+/);
  let head = (words[words.length - 1] ?? '').replace(/['’]s?$/, '');
  // A lone capitalised word opens the sentence ("Figures show", "Many say"): a name only as a party or its members
  // ("Republicans say", "Labour says"; party-name.ts, the one list of party words).
  // A day or month the statement finder took for its subject ("Wednesday added …") names no one.
  if (calendarWords(head)) return false;
  if (/^\p{Lu}/u.test(head) && (words.length > 1 || partyName(head))) return true;
  const one = head.toLowerCase().replace(/s$/, '');
  head = head.toLowerCase();
  return BODY_NOUN.test(head) || agentNoun(head) || agentNoun(one) || isRoleHead(head) || isRoleHead(one);
}

/** The names the entity reading types as a person or an organisation, once an article. */
export function someoneNames(entities: readonly Entity[]): Set<string> {
  return new Set(entities.filter((e) => e.type === 'person' || e.type === 'organization').map((e) => e.name));
}
