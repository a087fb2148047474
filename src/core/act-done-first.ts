import type { Analysis } from './analysis-types';
import type { QuestionTerms } from './answer-terms';
import { indexArticle } from './article-index';
import { askedObjectHead } from './asked-object-head';
import { firstWhere } from './first-where';
import { foldPhrasalVerbs } from './phrasal-verbs';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { contentTerms, tokenizeWords } from './tokenize-words';

/**
 * "Who signed the lease?" over "Marsh did not sign the cafe lease" and "Reed signed the lease last
 * month": the ranker reads no negation, so the sentence saying the act was not done can outrank the one
 * saying it was, on the strength of one more question word. A wh-question asks about an act that
 * happened; a sentence that says the asked verb only under a negation answers who did NOT, so the
 * best-ranked sentence saying the verb plainly goes first. A yes/no question is left alone ("No" is its
 * answer), as is a question that is itself negative ("who did not sign?").
 */

/** A negator before the verb: "not", "never", a contracted "n't" auxiliary, "cannot". */
const NEGATOR = /^(?:not|never|cannot|\w+n['’]t)$/;
/** Words that may stand between the negator and the verb ("has not yet signed", "did not actually sign"). */
const BETWEEN = new Set(
  'be been being have has had do does did will would shall should can could may might must yet ever even also still actually personally formally'.split(
    ' ',
  ),
);
/** A verb of refusing or failing before "to" + the verb: "refused to sign", "failed to sign". */
const REFUSING = /^(?:refus|declin|fail)(?:e|es|ed|ing)?$/;
/** "Not only signed …" adds to the act. */
const NOT_ONLY = new Set(['only', 'just', 'merely']);
/** How far back a negator may stand, auxiliaries and adverbs between. */
const REACH = 3;
/** A sentence doing the act must still be on the question's topic: half the share the denying one covers. */
const ON_TOPIC = 0.5;

/** Where a clause ends: a comma, a semicolon or colon, or a conjunction opening the next. */
const CLAUSE_BREAK = /[,;:]|\b(?:and|but|while|whereas)\b/i;
/**
 * A negative subject opening the clause or its "that"-clause: "no one", "nobody", "none", "neither", "no" before a
 * lower-case word ("no councillor"; "No More Mr Nasty" is a title).
 */
const NEGATIVE_SUBJECT = /(^\s*|\b[Tt]hat\s+)(?:[Nn]o(?:-|\s+)one|[Nn]obody|[Nn]one|[Nn]either|[Nn]o\s+(?=[a-z]))/;

/**
 * "…and no one on the committee signed it", "said that nobody had signed": the verb's subject is negative, so the
 * clause says who did NOT do the act. The word index the negative subject starts at, or -1.
 */
function negativeSubjectAt(clause: string): number {
  const m = NEGATIVE_SUBJECT.exec(clause);
  return m ? tokenizeWords(clause.slice(0, m.index + m[1]!.length)).length : -1;
}

function negatedAt(words: readonly string[], at: number): boolean {
  if (words[at - 1] === 'to' && REFUSING.test(words[at - 2] ?? '')) return true;
  for (let k = at - 1; k >= Math.max(0, at - REACH); k--) {
    const w = words[k]!;
    if (NEGATOR.test(w)) return !NOT_ONLY.has(words[k + 1] ?? '');
    if (!BETWEEN.has(w)) return false;
  }
  return false;
}

const PASSIVE = /^(?:is|are|was|were|be|been|being)$/;

/**
 * 'done' when the sentence says the verb plainly at least once, 'denied' when only under a negation. With the asked
 * object's head, a plain saying counts only when its clause holds the head after the verb, or anywhere in a passive
 * ("the span was inspected by …"): "the film shows the leader watching television" watches no film.
 */
function actReading(text: string, verb: string, head?: string): 'done' | 'denied' | undefined {
  let denied = false;
  for (const clause of foldPhrasalVerbs(text).split(CLAUSE_BREAK)) {
    const words = tokenizeWords(clause);
    const negative = negativeSubjectAt(clause);
    for (let i = 0; i < words.length; i++) {
      if (contentTerms(words[i]!)[0] !== verb) continue;
      if (negatedAt(words, i) || (negative >= 0 && negative < i)) denied = true;
      else if (head === undefined || holdsAfter(words, PASSIVE.test(words[i - 1] ?? '') ? 0 : i + 1, head))
        return 'done';
    }
  }
  return denied ? 'denied' : undefined;
}

const holdsAfter = (words: readonly string[], from: number, head: string): boolean =>
  words.some((w, k) => k >= from && contentTerms(w)[0] === head);

const NEGATIVE_QUESTION = /\b(?:not|never|cannot)\b|n['’]t\b/i;
/** Opens with its wh-word: "did they talk about who pays?" is a yes/no question whatever its type reads. */
const WH_OPENING = /^\W*(?:who|whom|whose|what|which|when|where|why|how)\b/i;

/**
 * The ranking with the best sentence doing the asked act first, when the ranker's best only denies it. The act is
 * the asked verb, or, when the question's parse finds none ("when was the lease signed?"), any question word the
 * best says only under a negation (a noun never stands right after one).
 */
export function actDoneFirst(
  analysis: Analysis,
  ranked: Ranked[],
  question: string,
  { terms, yesno }: { terms: QuestionTerms; yesno: boolean },
): Ranked[] {
  const top = ranked[0];
  if (!top || yesno || !WH_OPENING.test(question) || NEGATIVE_QUESTION.test(question)) return ranked;
  const asked = terms.verb ?? terms.relation;
  const topText = analysis.sentences[top.index]!.text;
  // "Who inspected the jetty?": the act done to the pier does not answer it (review s45 B-r45-3), so the sentence
  // put first does the act to the asked object's head noun, when the question names one and the best holds it.
  const head = asked === undefined ? undefined : askedObjectHead(question, asked);
  const index = indexArticle(analysis);
  const on = (r: Ranked): boolean => r.share >= top.share * ON_TOPIC;
  const doing = (act: string, object?: string) => (r: Ranked) =>
    actReading(analysis.sentences[r.index]!.text, act, object) === 'done';
  const act = (asked === undefined ? terms.terms : [asked]).find((t) => actReading(topText, t) === 'denied');
  if (act !== undefined) {
    const object = act === asked && head !== undefined && index.terms[top.index]!.has(head) ? head : undefined;
    return firstWhere(ranked, (r) => on(r) && doing(act, object)(r));
  }
  // The best does the act, but to another object: a sentence doing it to the asked one, naming whom the best names
  // of the question's names ("what did McCain call the plan?" is not answered by what Harman called it).
  if (asked === undefined || head === undefined || doing(asked, head)(top) || !doing(asked)(top)) return ranked;
  const names = [...terms.nameTerms].filter((t) => index.terms[top.index]!.has(t));
  const named = (r: Ranked): boolean => names.every((t) => index.terms[r.index]!.has(t));
  return firstWhere(ranked, (r) => on(r) && named(r) && doing(asked, head)(r));
}
