import { dated } from './dated';
import { personNoun } from './person-noun';
import { ROLE_HEADS } from './role-heads';

/**
 * "a decision by Mr. Obama that he needed to …", "the decision by the Supreme Court", "a decision by the company's
 * chairman": the "by" of "decision by" names who decided, not a deadline ("a decision by Friday", "by the end of the
 * month"), so the phrase tells of a decision made, not one the story waits on (sample 52's #15). The agent is a
 * capitalised name or title (not a day or month: `dated` reads those), or a noun phrase whose head is a person noun
 * (WordNet's noun.person, person-noun.ts) or a role ("the chairman", "his lawyers"). Anything else after "by" is left
 * to the cue as before.
 */
export function decisionAgent(text: string, index: number, match: string): boolean {
  if (!/^decision by$/i.test(match)) return false;
  const rest = text.slice(index + match.length, index + match.length + 80);
  if (dated(`by${rest}`)) return false;
  if (/^\s+(?:the\s+)?\p{Lu}/u.test(rest)) return true;
  const phrase = AGENT_PHRASE.exec(rest);
  if (phrase === null) return false;
  const head = phrase[1]!.toLowerCase();
  const singular = head.replace(/(?<=[^s])s$/, '');
  return [head, singular].some((noun) => personNoun(noun) || ROLE_HEADS.has(noun));
}

/** A determiner or possessive, at most two modifiers, then the head noun (captured) at a phrase break. */
const AGENT_PHRASE =
  /^\s+(?:the|a|an|his|her|their|its|our|\p{L}+['’]s)\s+(?:[\p{L}-]+['’]s\s+)?(?:[\p{L}-]+\s+){0,2}?([\p{L}]+)(?=\s+(?:that|to|not|on|in|of|was|is|has|had|would|will)\b|[,.;:]|$)/u;
