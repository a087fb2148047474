import type { Analysis } from './analysis-types';
import type { QuestionTerms } from './answer-terms';
import { indexArticle } from './article-index';
import { parseUnknownScope } from './parse-unknown-scope';
import type { AnswerType } from './question-type';
import { matchTerm } from './term-match';
import { stemOf } from './tokenize-words';
import { type Question, scopeHoldsAll, WH_TYPES } from './unknown-scope';

/** A subject that points back rather than names: "He", "She", "They", "It", "The company", "The agency". */
const ANAPHORIC_SUBJECT = /^(?:He|She|They|It|The\s+\p{Ll}+)\s/u;
/** How many sentences before the marker may name the party its subject points back at. */
const BACK = 3;

/**
 * The sentence saying outright that the asked fact is withheld when its subject only points back at the party (audit
 * 56 B-a56-16): "The company would not say how much it has spent so far." for "how much has Northshore Marine spent?",
 * "He did not say when the audit would be finished" for "when will the internal audit be finished?", and the elided
 * "She did not indicate when." after "…said she would issue a written ruling" for "when will the judge rule?". Its
 * share of the question is thin (the name, an adjective, the act sit in the sentences it points back at), so the
 * scoped readers (answer-unknown.ts) pass it by; read with the sentence before it, it holds the question: the asked
 * act in its wh-clause (or, elided, in the sentence before), most of the other words in its clause (or, elided, in the
 * two sentences), and any name the question gives within three sentences above. Only cited when the article does not answer: it never makes an answer.
 */
export function anaphoricUnknown(
  analysis: Analysis,
  asked: { type: AnswerType; terms: QuestionTerms },
): number | undefined {
  const { terms, nameTerms, verb } = asked.terms;
  const plain = terms.filter((t) => !nameTerms.has(t));
  if (plain.length === 0) return undefined;
  const index = indexArticle(analysis);
  const question: Question = {
    terms,
    names: nameTerms,
    words: asked.terms.questionWords,
    ...(verb === undefined ? {} : { head: verb }),
  };
  const says = (i: number, term: string): boolean => {
    if (i < 0) return false;
    const m = matchTerm(index, i, term, term === verb);
    if (m.exact >= 1 || (m.synonym > 0 && !m.rare)) return true;
    // "…would issue a written ruling" for "when will the judge rule?": the paraphrase fold files "ruling" under
    // "decide", but its own stem is the asked verb's.
    return term === verb && index.words[i]!.some((w) => stemOf(w) === term);
  };
  // The clause's own stems: a stem's WordNet relatives join "grounded" to "caused" (unknown-scope.ts' senses do not).
  const inClause = (terms: ReadonlySet<string>, t: string) => terms.has(t);
  const at = analysis.sentences.findIndex((sentence, i) => {
    if (!ANAPHORIC_SUBJECT.test(sentence.text)) return false;
    const parsed = parseUnknownScope(sentence.text);
    const scopes = parsed.scopes.filter((s) => WH_TYPES[s.wh]?.includes(asked.type));
    // "…when the bridge will reopen to heavy lorries" withholds a narrower matter than the question's.
    if (scopes.length === 0 || scopeHoldsAll(parsed, asked.type, question, true)) return false;
    const before = i > 0 && analysis.sentences[i - 1]!.paragraph >= sentence.paragraph - 1 ? i - 1 : -1;
    const held = (t: string) => scopes.some((s) => (s.elided ? says(before, t) || says(i, t) : inClause(s.terms, t)));
    if (verb !== undefined && !scopes.some((s) => (s.elided ? says(before, verb) : inClause(s.terms, verb))))
      return false;
    const covered = plain.filter(held).length;
    if (covered * 2 < plain.length) return false;
    return [...nameTerms].every((t) =>
      Array.from({ length: BACK + 1 }, (_, k) => i - k).some((j) => j >= 0 && says(j, t)),
    );
  });
  return at < 0 ? undefined : at;
}
