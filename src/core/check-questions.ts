import { subjectBefore } from './claim-phrases';
import { deciderOf } from './decider-of';
import { lowerStart } from './lower-start';
import type { PhraseContext } from './phrase-question';
import { cutClause, stripEnd } from './question-clauses';
import { BACK_REFERENCE, WHETHER_TO } from './question-pairs';
import { RELATIVE_ON_CLAIM } from './relative-on-claim';
import { withArticle } from './with-article';

/** Templates for a claim the outlet could not verify, and a decision still to be taken. */

const TELLER =
  /^(.{2,120}?)\s+(?:told|said|says|claimed|claims|alleged|reported|estimated)\b[^"“]{0,60}?\bthat\s+(.+)$/i;

/** "The claims were made by a former administrator, who told X that Y" -> { source, claim: Y }. */
function sourcedClaim(text: string): { source: string | null; claim: string } | null {
  const told = TELLER.exec(stripEnd(text));
  if (!told) return null;
  const head = told[1]!.trim();
  const relative =
    /(?:^|\s)by\s+((?:an?|the)\s[^,]{2,50}|[A-Z][^,]{2,50}),\s+who$/i.exec(head) ??
    /^((?:an?|the)\s[^,]{2,50}|[A-Z][^,]{2,50}),\s+who$/i.exec(head);
  let source = relative
    ? relative[1]!
    : subjectBefore(text, /\s(?:told|said|says|claimed|claims|alleged|reported|estimated)\b/i);
  // "Unconfirmed reports said": the doubt is about the reports themselves, no one to credit.
  if (
    source &&
    (/\bwho$/i.test(source) ||
      source.split(/\s+/).length > 8 ||
      /\b(?:unconfirmed|unverified|reports?|rumou?rs?)\b/i.test(source))
  )
    source = null;
  return { source: source ? source.replace(/^an?\s/i, 'the ') : null, claim: cutClause(told[2]!, 20) };
}

function possessiveOf(name: string): string {
  return /s$/.test(name) ? `${name}'` : `${name}'s`;
}

/** "The Courier has not independently verified the figure." -> can the claim before it be verified? */
export function unverifiedQuestion(ctx: PhraseContext): string | null {
  const noun =
    /\b(?:the|this|these|those|that|its|their|such) (figures?|numbers?|claims?|reports?|accounts?|allegations?|estimates?|footage|videos?|documents?)\b/i
      .exec(ctx.text)?.[1]
      ?.toLowerCase();
  const own = sourcedClaim(ctx.text);
  const found = (BACK_REFERENCE.test(ctx.text) && ctx.pairText ? sourcedClaim(ctx.pairText) : null) ?? own;
  if (!found || found.claim.split(/\s+/).length < 4 || /^["“]/.test(found.claim)) return null;
  // "claims that the audit could not verify": a relative clause whose verb lacks its object is no claim (sample 42's #49).
  if (RELATIVE_ON_CLAIM.test(found.claim)) return null;
  const whose = found.source ? `${possessiveOf(lowerStart(found.source, ctx.properWords))} ` : 'the ';
  const claim = lowerStart(found.claim, ctx.properWords);
  // "the figure of about 600 patients marked as ...": a number phrase reads without its verb.
  if (noun && /^(?:figures?|numbers?|estimates?)$/.test(noun)) {
    const counted =
      /^((?:about|around|some|nearly|almost|more than|fewer than|at least|up to|over)?\s*[\d,.]+%?(?:\s+\w+)?)\s+(?:were|was|had been|have been|are|is)\s+(.+)$/i.exec(
        claim,
      );
    if (counted) return `Can ${whose}${noun} of ${counted[1]!.trim()} ${counted[2]} be verified?`;
  }
  const kind = noun && /^(?:claims?|allegations?|reports?|accounts?)$/.test(noun) ? noun.replace(/s$/, '') : 'claim';
  return `Can ${whose}${kind} that ${claim} be independently verified?`;
}

function pronounFor(subject: string): string {
  if (!/^the\s/i.test(subject)) return 'the decision is made';
  return /[^s]s$/i.test(subject) ? 'they decide' : 'it decides';
}

/** "X was considering whether to open an inquiry. A decision is expected next month." */
export function decisionQuestion(ctx: PhraseContext): string | null {
  const [choiceText, dueText] = WHETHER_TO.test(ctx.text) ? [ctx.text, ctx.pairText] : [ctx.pairText, ctx.text];
  if (!choiceText) return null;
  const match = WHETHER_TO.exec(choiceText);
  if (!match) return null;
  const action = cutClause(
    choiceText.slice(match.index + match[0].length).split(/\s+(?:and|but|or)\s+(?:is|was|were|are|has|had|said)\b/)[0]!,
    14,
  );
  // The choice's own subject first: a sayer after it ("…, a spokesman said Monday") only reports the choice.
  const subject =
    deciderOf(choiceText) ??
    subjectBefore(choiceText, /\s(?:said|says|told|confirmed|added)\b/i) ??
    subjectBefore(
      choiceText,
      /\s(?:is|are|was|were|has been|have been|had been)\s+(?:still\s+|also\s+)?(?:considering|deciding|weighing|yet to decide)\b/i,
    ) ??
    ctx.actor;
  if (!subject || !action || /^(?:he|she|it|they|we)$/i.test(subject)) return null;
  // "Officials at the Department of Health will decide whether to …": the sentence's actor, a body, keeps the
  // article the copy gives it ("Will Department of Health extend …" read as broken; review s37 B-main-95).
  const who =
    subject === ctx.actor ? withArticle(subject, ctx.text, ctx.actorIsPerson) : lowerStart(subject, ctx.properWords);
  const due = dueText
    ? /\b(?:expected|due)\s+((?:next|this|later|by|in|within|before|at|on|early|late|around)\b[^,.;]{2,40})/i.exec(
        dueText,
      )?.[1]
    : undefined;
  if (due) return `Will ${who} ${action} when ${pronounFor(who)} ${stripEnd(due)}?`;
  return `Will ${who} ${action}, and when will the decision come?`;
}
