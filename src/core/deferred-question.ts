import { perfectQuestion } from './perfect-question';
import type { PhraseContext } from './phrase-question';
import { possessionQuestion } from './possession-question';
import { willQuestion } from './will-question';

/**
 * A whether-clause the sentence puts and its speaker leaves open (audit 56's B-a56-18): "Asked whether the council
 * would pay, the mayor said it was too early to talk about money"; "Whether the board would accept a delay, she said,
 * was 'a matter for the ministers'". The reply defers or declines, so the clause itself is the open question, asked
 * plainly ("Will the council pay?"). A pronoun subject ("whether it would …") stands for a noun the question drops,
 * and a clause no template reads plainly is shown as its passage (null).
 */
const ASKED_WHETHER = /^(?:When |After )?[Aa]sked (?:about |on )?(?:whether|if) ([^,]{8,160}),\s/;
const FRONTED_WHETHER = /^Whether ([^,]{8,160}),\s/;

export function deferredQuestion(ctx: PhraseContext): string | null {
  const clause = (ASKED_WHETHER.exec(ctx.text) ?? FRONTED_WHETHER.exec(ctx.text))?.[1];
  if (!clause || /^(?:it|they|he|she|we|I|you|this|that)\s/i.test(clause)) return null;
  return willQuestion(clause, ctx.properWords) ?? perfectQuestion(clause) ?? possessionQuestion(clause);
}
