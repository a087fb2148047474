import { perfectQuestion } from './perfect-question';
import type { PhraseContext } from './phrase-question';
import { possessionQuestion } from './possession-question';
import { willQuestion } from './will-question';

/**
 * A whether-clause the writer names as an open question (audit 57's B-a57-12): "The key question — whether the
 * town can pay — remains open", "The question of whether the town can pay is still unresolved", "Whether the town
 * can pay is an open question". The copy's own word that something is open is the strongest evidence there is, so
 * the clause is asked plainly ("Can the town pay?"). A pronoun subject stands for a noun the question drops, and a
 * clause no template reads plainly is shown as its passage (null).
 */
// "is, for now, an open question", "remains, as yet, unanswered": a time adverb set off by commas may interrupt
// (audit 60's B-a60-17).
const OPEN_STATE =
  '(?:remains|is still|is|stays|was still)(?:,? (?:for now|for the moment|as yet|so far|still|at present),)? (?:an? |the )?(?:open|unanswered|unresolved|unsettled)';
export const NAMED_OPEN = new RegExp(
  [
    // "The question — whether X — remains open": the dashes bound the clause.
    String.raw`\bquestions?\s*[—–]\s*whether\b[^—–.]+[—–]\s*${OPEN_STATE}\b`,
    String.raw`\bquestions? of whether\b[^.;]*?\b${OPEN_STATE}\b`,
    String.raw`^Whether\b[^.;]*?\b${OPEN_STATE}\s+question\b`,
  ].join('|'),
  'i',
);

const CLAUSE = new RegExp(String.raw`\bwhether\s+([^—–]{8,200}?)\s*(?:[—–]\s*)?${OPEN_STATE}\b`, 'i');

export function namedOpenQuestion(ctx: PhraseContext): string | null {
  const clause = CLAUSE.exec(ctx.text)?.[1]?.replace(/,$/, '');
  if (!clause || /^(?:it|they|he|she|we|I|you|this|that)\s/i.test(clause)) return null;
  return willQuestion(clause, ctx.properWords) ?? perfectQuestion(clause) ?? possessionQuestion(clause);
}
