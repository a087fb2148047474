import type { Analysis } from './analysis-types';
import type { QuestionTerms } from './answer-terms';
import data from './money-verbs.json' with { type: 'json' };
import { type AnswerType, MONEY_VERBS } from './question-type';
import { contentTerms } from './tokenize-words';

/**
 * Which act a sum in a sentence belongs to, read from the verb of its clause: "a business that could fetch more than
 * $40 million" gives what the business could fetch; "Harbour Co, which last year bought a ferry line for $30 million,
 * declined to comment" gives what it paid for the ferry line, not what it is offering now. The engine has no parse, so
 * a sum's clause runs back from the sum to the nearest comma, dash or clause opener ("which", "whether", "and").
 */

/** Words or symbols one sum is made of, and the punctuation that closes a clause. */
const TOKEN = /[£$€¥]?\d(?:[\d,.]*\d)?(?:bn|m|k|p)?|[\p{L}’']+|[,;:()—–]/gu;
const SUM = /^[£$€¥]\d|^\d[\d,.]*(?:bn|m|k|p)$/;
const SUM_UNIT = /^(?:dollars|pounds|euros|pence|cents|yuan|yen|rupees)$/;
const NUMERIC = /^\d[\d,.]*$/;
const BREAK = /^[,;:()—–]$/;
/** Words that open another clause: the verb before one of them is not the sum's. */
const OPENER = /^(?:which|who|whose|that|whether|and|but|while|whereas|when|after|before|because|although|if|as)$/;
const RELATIVE = /^(?:which|who|whose)$/;
/** How far back from a sum its clause's verb may sit ("could fetch more than $40 million", "asked the board for $5m"). */
const VERB_REACH = 7;
/** How far back a relative pronoun may open the sum's clause ("which last year bought the bakery arm of a rival for"). */
const CLAUSE_REACH = 16;

/** WordNet's verb.possession relatives of each money verb (src/train/build-money-verbs.ts), as stems and "stem particle". */
const RELATIVES = new Map(
  Object.entries(data as Record<string, string[]>).map(([verb, words]) => [
    contentTerms(verb)[0] ?? verb,
    words.map((w) => stemPhrase(w)),
  ]),
);

function stemPhrase(phrase: string): string {
  const [head, ...rest] = phrase.split(' ');
  return [contentTerms(head!)[0] ?? head!, ...rest].join(' ');
}

/** The question's money verbs ("fetch", "raising", "asking", "offering") and their relatives, as stems and phrases. */
export function askedSumVerbs(question: string, verb?: string): Set<string> {
  const asked = [...contentTerms((question.match(MONEY_VERBS) ?? []).join(' ')), ...(verb === undefined ? [] : [verb])];
  return new Set(asked.flatMap((v) => [v, ...(RELATIVES.get(v) ?? [])]));
}

interface SumClause {
  /** Its clause's verb is one of the asked ones. */
  asked: boolean;
  /** Its clause is a relative one ("which last year bought … for $900 million"). */
  relative: boolean;
}

/** Each sum of the sentence with what its clause says of it. */
function sumClauses(text: string, verbs: ReadonlySet<string>): SumClause[] {
  const words = [...text.toLowerCase().matchAll(TOKEN)].map((m) => m[0]);
  const stems = words.map((w) => (BREAK.test(w) || SUM.test(w) ? '' : (contentTerms(w)[0] ?? '')));
  const out: SumClause[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!(SUM.test(words[i]!) || (NUMERIC.test(words[i]!) && SUM_UNIT.test(words[i + 1] ?? '')))) continue;
    let asked = false;
    let relative = false;
    for (let k = i - 1; k >= 0 && k >= i - CLAUSE_REACH; k--) {
      const w = words[k]!;
      if (BREAK.test(w) || SUM.test(w)) break;
      if (OPENER.test(w)) {
        relative = RELATIVE.test(w);
        break;
      }
      if (k >= i - VERB_REACH && (verbs.has(stems[k]!) || verbs.has(`${stems[k]} ${words[k + 1]}`))) asked = true;
    }
    out.push({ asked, relative });
  }
  return out;
}

/** Whether the sentence gives a sum in the clause of one of the verbs. */
export function sumOfVerb(text: string, verbs: ReadonlySet<string>): boolean {
  return sumClauses(text, verbs).some((s) => s.asked);
}

/**
 * Whether the sentence's sums are surely another act's: it never says the asked verb (nor a relative), or every sum sits
 * in a relative clause ("…, which charges $45 a day") while the sentence says the verb elsewhere. A sentence saying the
 * verb beside a sum of its own clause ("she calls for $275 billion" of "spending") is left to the ranker.
 */
export function sumsOfOtherActs(text: string, verbs: ReadonlySet<string>): boolean {
  const sums = sumClauses(text, verbs);
  if (sums.length === 0 || sums.some((s) => s.asked)) return false;
  return !contentTerms(text).some((t) => verbs.has(t)) || sums.every((s) => s.relative);
}

/**
 * "How much is Harbour Co offering?" over "Harbour Co, which last year bought a ferry line for $30 million, declined to
 * comment on whether it would bid": every sum the best sentence gives sits in a relative clause about another act of
 * the party, so the figure is no answer, whatever the rest of the sentence says of the asked act (audit 57 B-a57-7).
 */
export function sumOfAnotherAct(
  analysis: Analysis,
  best: number,
  question: string,
  { type, terms }: { type: AnswerType; terms: QuestionTerms },
): string | undefined {
  if (type !== 'money' && type !== 'amount') return undefined;
  const verbs = askedSumVerbs(question, terms.verb);
  if (verbs.size === 0) return undefined;
  const text = analysis.sentences[best]!.text;
  const sums = sumClauses(text, verbs);
  if (sums.length === 0 || !sums.every((s) => s.relative && !s.asked)) return undefined;
  return 'The article gives a sum, but for another act.';
}
