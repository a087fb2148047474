import { HONORIFICS } from './honorifics';
import { knownFirstName } from './known-first-name';

/**
 * "Records obtained by Mother Jones show …", "invoices reviewed by Der Spiegel": documents obtained, reviewed or seen
 * by a name is the house line of the outlet that reports them. A person there is named as one, with a given name or
 * an honorific ("reviewed by Dr Roe", "obtained by Judge Ann Roe"); a run that has neither is the publication, and it is
 * no person anywhere in the copy ("until Mother Jones contacted his office") — read as one, its first word became
 * the role "Mother" of a person "Jones" who made statements (audit 55, B-a55-17).
 */
const AGENT_RUN =
  /\b(?:obtained|reviewed|seen|examined|analy[sz]ed|viewed|verified)\s+by\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,3})/gu;

/** The article last read and the runs standing after its agent verbs: the index asks once per capitalised run. */
let cache: { text: string; runs: Set<string> } | null = null;

/** Whether the capitalised run `name` is such an outlet in `articleText`. */
export function outletAgent(name: string, articleText: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || HONORIFICS.has(words[0]!) || words.some(knownFirstName)) return false;
  if (cache?.text !== articleText) {
    const runs = new Set<string>();
    for (const m of articleText.matchAll(AGENT_RUN)) runs.add(m[1]!);
    cache = { text: articleText, runs };
  }
  return cache.runs.has(name);
}
