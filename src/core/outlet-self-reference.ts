import { escapeRegExp } from './escape-reg-exp';

/**
 * How the copy names the outlet that reports it: the one a source "told", that "contacted" someone or whose "request
 * for comment" went unanswered, the one that "learns" or "understands", and the agency in a dateline's brackets.
 */
const BEFORE = String.raw`(?:\b(?:told|[Cc]ontacted by|reached by|spoke (?:to|with)|speaking (?:to|with)|(?:an? )?interview with|(?:responded|replied|respond|reply) to)\s+(?:[Tt]he\s+)?|\()`;
const AFTER = String.raw`(?:[’']s?\s+(?:request|requests|questions|inquiry|inquiries|queries)\b|\s+(?:learns|learnt|learned|has learnt|has learned|understands|has seen|has confirmed)\b|\)\s*[—–-])`;

/**
 * Whether every mention of `name` is one of those (audit 63, B-a63-14: "told Addis Standard", "Contacted by Addis
 * Standard" listed the paper among the story's organisations). The outlet is the story's teller, not a party to it;
 * a body the copy also names any other way ("Reuters said its reporter …") stays.
 */
const RUN = String.raw`\p{Lu}[\p{L}\p{N}'’.&-]*(?: \p{Lu}[\p{L}\p{N}'’.&-]*){0,4}`;
/** The capitalised runs the copy writes in a teller's place, read once a copy: a roster of firms stays linear. */
let cached: { text: string; runs: string } | undefined;
function tellerRuns(text: string): string {
  if (cached?.text === text) return cached.runs;
  const found: string[] = [];
  for (const m of text.matchAll(new RegExp(`${BEFORE}(${RUN})`, 'gu'))) found.push(m[1]!);
  for (const m of text.matchAll(new RegExp(`(${RUN})${AFTER}`, 'gu'))) found.push(m[1]!);
  cached = { text, runs: `\n${found.join('\n')}\n` };
  return cached.runs;
}

export function outletSelfReference(name: string, text: string): boolean {
  // Only a name that stands somewhere in a teller's place is read further.
  if (!tellerRuns(text).includes(name)) return false;
  const escaped = escapeRegExp(name);
  const all = text.match(new RegExp(String.raw`(?<![\p{L}\p{N}])${escaped}(?![\p{L}\p{N}])`, 'gu'))?.length ?? 0;
  if (all === 0) return false;
  const told = new RegExp(String.raw`${BEFORE}${escaped}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])${escaped}${AFTER}`, 'gu');
  return (text.match(told)?.length ?? 0) >= all;
}
