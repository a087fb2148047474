import { clauseAfter, thatClause } from './claim-phrases';
import { deciderOf } from './decider-of';
import { lowerStart } from './lower-start';
import type { PhraseContext } from './phrase-question';
import { cutClause, possessive, reportedClause } from './question-clauses';
import { willQuestion } from './will-question';
import { withActor } from './with-actor';

/** A decision's verb that says it was made or failed: "failed to reach a majority", "reached a final", "issued its". */
const DECIDED =
  /\b(?:(?:failed to|did not|didn['’]t|could not|couldn['’]t)\s+(?:reach|make|issue|take|hand down)|reached|made|issued|took|handed down|announced)\s+(?:a|an|the|its|their|any)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * Who the sentence says makes the decision still to come: a named body or person, or "the" and one noun, opening a
 * clause before "makes"/"will make" ("before the Justice Department makes a final decision on prosecution", sample
 * 48's #8). "and who makes it?" would ask what the sentence gives, so the maker is named instead.
 */
const MAKER =
  /(?:^|,\s+|\b(?:before|after|until|when|once|if|as|and)\s+)((?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}|the\s+[a-z]+\s+)(?:makes|will make|is to make|must make|is expected to make)\s+(?:a|an|the|its|their)\s+(?:final\s+)?$/;

/** A finite verb inside the decision's object: it is a clause, which "What will the decision … be" cannot hold. */
const FINITE_INSIDE = /\s(?:is|are|was|were|will|has|have|can|could|would|should|may|might|must|shall)\s/;

export function schedule(ctx: PhraseContext): string | null {
  const expected =
    /\bexpectations? (?:of|that) ((?:a|an|the|further|more)\s[^,;]+?)\s+(?:have|has|had|is|are|was|were|after|grew|rose|gathered)\b/i.exec(
      ctx.text,
    );
  if (expected) return `Will there be ${expected[1]}, and when?`;
  const clause = withActor(reportedClause(ctx.text), ctx);
  // "The finance director, Helen Achebe, told members that the costs would be set out ...".
  const asked =
    willQuestion(clause, ctx.properWords) ?? willQuestion(withActor(thatClause(ctx.text), ctx), ctx.properWords);
  if (asked) return asked;
  const choice = /\bdecide whether to\s+([^,.;]+)/i.exec(ctx.text)?.[1];
  // Who decides is the choice's subject when it has one; the sentence's actor may only be its sayer (deciderOf).
  const decider = choice ? deciderOf(ctx.text) : null;
  // false: the choice is a relative clause's whose antecedent no question can name, and the actor is someone else.
  const who = decider ? lowerStart(decider, ctx.properWords) : decider === false ? null : (ctx.actor ?? ctx.mainActor);
  if (choice && who) return `Will ${who} ${cutClause(choice, 16)}, and when will the decision come?`;
  const decisionOn = /\b(?:decision|decide)\s+(on|whether|about)\s+(?!\d)/i;
  const on = decisionOn.exec(ctx.text);
  // "a deadlocked Supreme Court failed to reach a decision on …", "the court reached a decision on …": the decision
  // was made, or failed, and "What will the decision … be" asks for one to come; the passage is shown.
  const before = on ? ctx.text.slice(Math.max(0, on.index - 60), on.index) : '';
  if (on && DECIDED.test(before)) return null;
  const decision = clauseAfter(ctx.text, decisionOn);
  // The word that ties the decision to its object stays: "the decision on prosecution", never "the
  // decision prosecution".
  const tie = on?.[1]?.toLowerCase();
  // One clause only: "…would be eligible, and there's little precedent…" would end inside the frame; a modal's clause
  // ("decide whether it can be admitted") is a clause of its own, and its "it" no one resolved (audit 54's B-a54-10).
  if (!decision || FINITE_INSIDE.test(decision) || /,\s+(?:and|but|or)\s/.test(decision)) return null;
  const maker = MAKER.exec(before)?.[1]?.trim();
  if (maker) return `What will ${possessive(maker)} decision ${tie} ${decision} be?`;
  return `What will the decision ${tie} ${decision} be, and who makes it?`;
}
