import { lowerStart } from './lower-start';
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

export function claimedPlan(ctx: PhraseContext): string | null {
  const claim = CLAIM.exec(ctx.text.trim());
  if (!claim) return null;
  const [, sayer = '', verb = '', clause = ''] = claim;
  if (sayer.split(/\s+/).length > 8) return null;
  // "Residents in Opuwo", a speaker group, puts "Residents" among the names; a plural the copy never capitalises
  // mid-sentence is the sentence's capital.
  const first = /^\p{Lu}\p{Ll}+s\b/u.exec(sayer)?.[0];
  const words = ctx.properWords;
  const plural = !!first && words instanceof ProperWords && !words.written.has(first);
  const names = plural ? new Set([...words].filter((w) => w !== first)) : words;
  return `Is it true, as ${lowerStart(sayer, names)} ${verb}, that ${clause}?`;
}
