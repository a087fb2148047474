import type { Analysis } from '../src/core/analysis-types';
import { clauses, doesAnAct, subjectHead } from './does-the-act';
import { formKey } from './form-key';
import { sayingVerb } from './saying-verb';

/** A preposition that ends a speaker's head phrase: "Tenants on the island", "a spokesman for the tenants". */
const PREPOSITION = /^(?:on|in|at|from|of|for|across|near|around|with|by|outside|inside)$/i;

/**
 * Whether the article has the group or body `name` saying anything: a quote credited to it, "the workers said", or
 * "…, said the workers". "what did they say?" read as "what did workers say?" after "Sam Patel said 40 workers would
 * lose their jobs" (review s43 B-r43-4) would otherwise be answered with Patel's words as the workers'.
 */
export function groupSpeaks(analysis: Analysis, name: string): boolean {
  const head = subjectHead(name);
  if (head === undefined) return false;
  const isHead = (word: string) => formKey(word.toLowerCase()) === head;
  if (analysis.quotes.some((q) => q.speaker?.split(/\s+/).some(isHead))) return true;
  // Reported speech the engine credits to the group: "Tenants on the island said they had not been asked" has the
  // speaker "Tenants on the island", whose head stands before its preposition ("a spokesman for the tenants" is no tenant).
  if (analysis.statements.some((s) => isHead(speakerHead(s.speaker)))) return true;
  // Any of the engine's reporting verbs, as written (saying-verb.ts): "The drivers warned of long delays" speaks.
  if (doesAnAct(analysis, name, sayingVerb)) return true;
  // An inverted tag ending its clause: the verb of saying, at most a determiner, the group's head ("…, said the
  // workers."); "said 40 workers would lose" is the verb's reported clause, not its subject.
  return analysis.sentences.some((s) =>
    clauses(s.text).some((words) => {
      const verb = words.findIndex((word) => sayingVerb(word.toLowerCase()));
      return verb >= 0 && words.length - verb <= 3 && isHead(words.at(-1)!);
    }),
  );
}

/** The last word of a speaker's phrase before any preposition: "Tenants on the island" → "Tenants". */
function speakerHead(speaker: string): string {
  const words = speaker.split(/\s+/);
  const at = words.findIndex((word) => PREPOSITION.test(word));
  return ((at > 0 ? words[at - 1] : words.at(-1)) ?? '').replace(/[^\p{L}\p{N}'’-]/gu, '');
}
