import type { Analysis, AnswerResult } from '../core/analysis-types';
import { checkQuotedProse } from './check-quoted-prose';
import { unsupportedContent } from './check-support';
import { buildGroundingIndex } from './grounding-index';
import { containsMention, unsupportedTerms } from './grounding-text';
import type { ModelAnswer } from './model-output-schema';

const MAX_ANSWER = 700;

/**
 * A thread answer from the model, under the same rules as a brief: it cites sentences that exist,
 * anything it puts in quote marks is a quotation of the article credited to no one but its
 * speaker, and it names nothing and no number the article does not; every content word and
 * negation must be in the sentences it cites. Returns
 * the reason instead when it fails (the caller answers extractively).
 */
export function verifyAnswer(model: ModelAnswer, base: Analysis): AnswerResult | { rejected: string } {
  if (model.answer === null || !model.answer.trim()) return { rejected: 'model abstained' };
  const answer = model.answer.replace(/\s+/gu, ' ').trim();
  if (answer.length > MAX_ANSWER) return { rejected: 'too-long' };
  if (containsMention(answer)) return { rejected: 'mention' };
  const index = buildGroundingIndex(base);
  if (model.sentenceIds.length === 0) return { rejected: 'uncited' };
  if (!model.sentenceIds.every((id) => index.sentences.has(id))) return { rejected: 'unknown-sentence' };
  if (model.sentenceIds.some((id) => index.suspect.has(id))) return { rejected: 'cites-instructions' };
  const ids = [...new Set(model.sentenceIds)].sort((a, b) => a - b);
  const misquoted = checkQuotedProse(answer, ids, index, base);
  if (misquoted) return { rejected: misquoted };
  const cited = ids.map((id) => index.sentences.get(id) ?? '').join(' ');
  if (unsupportedTerms(answer, cited, index.body).length > 0) return { rejected: 'unsupported-term' };
  const problem = unsupportedContent(answer, cited)[0];
  if (problem) return { rejected: problem.kind };
  return { answer, sentenceIds: ids };
}
