import { agentNoun } from './agent-noun';
import { lowerStart } from './lower-start';
import { peoplePlural } from './people-plural';
import type { PhraseContext } from './phrase-question';
import { ProperWords } from './proper-words-of';

/**
 * "Residents in Opuwo say a planned N$45 million pipeline will cut through communal grazing land next year": a
 * source's claim about what a planned or proposed thing will do. Asked as an event to come ("Will a planned …
 * pipeline cut through …?") it dropped the residents and put their forecast as the plan's schedule (sample 60's #18);
 * it is a claim to check, credited to its source as the copy words it. The sayer is a short subject with no comma
 * before a present or past saying verb, the claim its whole clause, every word as written.
 */
const CLAIM =
  /^([A-Z][^,;:"“”]{1,60}?) (says?|said|claims?|claimed|warns?|warned|fears?|feared|argues?|argued)(?: that)? ((?:a|an|the) (?:planned|proposed) [^;:"“”]+? (?:will|would) [^;:"“”]+?)[.!]?$/;

/**
 * Words no sayer's noun phrase holds: a pronoun (who "She" is the statement reader says, not this), a negative
 * quantifier ("Nobody says …" claims nothing), a subordinator or conjunction (a clause: "Work … stopped after
 * engineers said …"). Review 65's R65-3.
 */
const NOT_A_SAYER =
  /^(?:i|we|you|he|she|it|they|this|that|these|those|nobody|no|none|neither|nothing|after|before|when|while|because|since|as|although|though|if|once|until|unless|but|and|or|so|then|where|who|which)$/i;
/** A forecast or contention: the sayer argues what the plan will do, whoever owns it. */
const FORECAST = /^(?:claim|warn|fear|argue)/;

/**
 * Whether `sayer` is a source whose claim about the plan is worth checking: a noun phrase with none of NOT_A_SAYER's
 * words; with a neutral "say" it must be a group of people ("Residents in Opuwo", "Fishermen"), since a body saying its
 * own plan's date ("The council said the proposed budget will be put to a vote") is the schedule, not a claim.
 */
function sayerPhrase(sayer: string, verb: string): boolean {
  const words = sayer.split(/\s+/);
  if (words.some((w) => NOT_A_SAYER.test(w))) return false;
  if (FORECAST.test(verb)) return true;
  const head = (words[0] ?? '').toLowerCase();
  if (peoplePlural(head)) return true;
  const singular = /ies$/.test(head) ? `${head.slice(0, -3)}y` : /[^s']s$/.test(head) ? head.slice(0, -1) : '';
  return singular.length > 2 && agentNoun(singular);
}

export function claimedPlan(ctx: PhraseContext): string | null {
  const claim = CLAIM.exec(ctx.text.trim());
  if (!claim) return null;
  const [, sayer = '', verb = '', clause = ''] = claim;
  if (sayer.split(/\s+/).length > 8 || !sayerPhrase(sayer, verb)) return null;
  // "Residents in Opuwo", a speaker group, puts "Residents" among the names; a plural the copy never capitalises
  // mid-sentence is the sentence's capital.
  const first = /^\p{Lu}\p{Ll}+s\b/u.exec(sayer)?.[0];
  const words = ctx.properWords;
  const plural = !!first && words instanceof ProperWords && !words.written.has(first);
  const names = plural ? new Set([...words].filter((w) => w !== first)) : words;
  return `Is it true, as ${lowerStart(sayer, names)} ${verb}, that ${clause}?`;
}
