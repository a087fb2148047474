import { HONORIFICS } from './honorifics';
import { knownFirstName } from './known-first-name';
import { personNoun } from './person-noun';

/**
 * "Records obtained by Mother Jones show …", "invoices reviewed by Der Spiegel": documents obtained, reviewed or seen
 * by a name is the house line of the outlet that reports them. A person there is named as one, with a given name or
 * an honorific ("reviewed by Dr Roe", "obtained by Judge Ann Roe"); a run that has neither is the publication, and it is
 * no person anywhere in the copy ("until Mother Jones contacted his office") — read as one, its first word became
 * the role "Mother" of a person "Jones" who made statements (audit 55, B-a55-17).
 */
const AGENT_RUN =
  /\b(?:obtained|reviewed|seen|examined|analy[sz]ed|viewed|verified)\s+by\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,3})/gu;

const escaped = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether the copy treats the run as a person elsewhere, whatever the first-name tables hold (a given name from outside
 * them, review 55 B-r55-6): "<Name> is a retired engineer" or "<Name>, a lawyer" with a WordNet person noun, or the
 * surname alone as a speaker ("Adoboli said", "said Adoboli"), which an outlet's name never is.
 */
function personEvidence(run: string, text: string): boolean {
  const name = escaped(run);
  const surname = escaped(run.split(' ').at(-1)!);
  const first = escaped(run.split(' ')[0]!);
  const described = new RegExp(String.raw`\b${name}(?:,| (?:is|was)) (?:a|an|the) ((?:[a-z]+ ){0,2}[a-z]+)`, 'gu');
  for (const m of text.matchAll(described)) if (m[1]!.split(' ').some(personNoun)) return true;
  return new RegExp(
    String.raw`(?<!\b${first} )\b${surname} (?:said|says|told|added)\b|\b(?:said|says|added) ${surname}\b`,
    'u',
  ).test(text);
}

/**
 * The capitalised runs standing after an agent verb in `articleText` that are outlets, as a test of a run: read once
 * per article by the caller, so the pure engine keeps no state between articles.
 */
export function outletAgent(articleText: string): (name: string) => boolean {
  const runs = new Set<string>();
  for (const m of articleText.matchAll(AGENT_RUN)) runs.add(m[1]!);
  const outlets = new Map<string, boolean>();
  return (name) => {
    const words = name.split(' ');
    if (words.length < 2 || HONORIFICS.has(words[0]!) || words.some(knownFirstName) || !runs.has(name)) return false;
    if (!outlets.has(name)) outlets.set(name, !personEvidence(name, articleText));
    return outlets.get(name)!;
  };
}
