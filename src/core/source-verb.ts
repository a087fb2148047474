import { irregularVerbLemma } from './irregular-verb-lemma';
import data from './source-verbs.json' with { type: 'json' };

/** Split once on first use: only an untagged colon introduction reads it. */
let verbs: ReadonlySet<string> | undefined;

/** The base forms a regular inflection may come from: "describes" → "describe", "emailed" → "email", "replied". */
function bases(word: string): string[] {
  const out = [word];
  const stem = /^(.+?)(?:es|s|ed|d|ing)$/.exec(word)?.[1];
  if (stem) out.push(stem, `${stem}e`, stem.replace(/i$/, 'y'), stem.replace(/(\w)\1$/, '$1'));
  if (/(?:s|d)$/.test(word)) out.push(word.slice(0, -1));
  return out;
}

/**
 * Whether a verb form makes its subject a message's source: one of its lemma's three commonest WordNet senses is a
 * verb of communication or creation (src/train/build-source-verbs.ts: "describes", "emailed", "posted", "wrote"),
 * not one of receiving or perceiving ("received", "got", "heard", "saw", "found"), whose subject is the recipient.
 */
export function sourceVerb(word: string): boolean {
  verbs ??= new Set((data as string).split(' '));
  const lower = word.toLowerCase();
  const irregular = irregularVerbLemma(lower);
  if (irregular) return verbs.has(irregular);
  return bases(lower).some((b) => verbs!.has(b));
}
