import type { Analysis } from '../src/core/analysis-types';
import { clauses, doesTheAct, formKey, subjectHead } from './does-the-act';

/** Verbs of saying a group may be the subject of, or follow in an inverted tag ("said the workers"). */
const SAYING = ['say', 'tell'];

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
  if (SAYING.some((verb) => doesTheAct(analysis, name, verb))) return true;
  // An inverted tag ending its clause: the verb of saying, at most a determiner, the group's head ("…, said the
  // workers."); "said 40 workers would lose" is the verb's reported clause, not its subject.
  return analysis.sentences.some((s) =>
    clauses(s.text).some((words) => {
      const verb = words.findIndex((word) => SAYING.includes(formKey(word.toLowerCase())));
      return verb >= 0 && words.length - verb <= 3 && isHead(words.at(-1)!);
    }),
  );
}
