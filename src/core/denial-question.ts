import { bareDescription } from './bare-description';
import { clauseAfter, subjectBefore } from './claim-phrases';
import { deniedAppositive, disputedClaim, withoutAppositive } from './denied-appositive';
import { holdsVerb } from './holds-main-verb';
import { lowerStart } from './lower-start';
import type { PhraseContext } from './phrase-question';
import { pluralCommonNoun } from './plural-common-noun';
import { possessorPronoun } from './possessor-pronoun';
import { countedGroup, quantifierNumber } from './quantifier-number';
import { cutClause, dropLeading, stripEnd } from './question-clauses';
import { isOrAre } from './source-questions';
import { willQuestion } from './will-question';
import { withActor } from './with-actor';

/** A charge's noun after up to two lower-case modifiers, and nothing after it: "fraud claims", "these allegations". */
const CHARGE_NOUN_PHRASE = /^(?:[a-z][\w-]*\s+){0,2}(?:claims|allegations?|charges|accusations?)$/;

/**
 * "denied it on Tuesday", "rejected them in a statement": a pronoun object with only a phrase after it (no verb) names
 * no claim; put as one it gave "Is there evidence that it on Wednesday, …?".
 */
function pronounOnly(object: string): boolean {
  const rest = /^(?:them|it|this|that)\s+(.+)$/i.exec(object)?.[1];
  return rest !== undefined && !holdsVerb(rest);
}

/** "as …" alone, or after a noun phrase with no verb of its own ("the proposal as unworkable"); not "acted as an agent". */
function characterisation(object: string): boolean {
  const as = /^(?:(.*?)\s)?as\s/i.exec(object);
  return as !== null && !holdsVerb(as[1] ?? '');
}

/** A denial verb with a that-complement: what follows is a clause, whatever its first word. */
const DENIED_THAT =
  /\b(?:denied|denies|deny|rejected)\s+(?:the\s+)?(?:(?:suggestions?|claims?|allegations?|reports?|accusations?|charges?)\s+)?that\s/i;

/** A sentence opening on its sayer and verb: "The airline says (that) …", "Residents claimed …". */
const SAYER_OPENING =
  /^[^,"“]{2,80}?\s(?:says|said|say|claims?|claimed|alleges?|alleged|insists?|insisted)\s+(?:that\s+)?([^"“]+)$/i;

/**
 * The question for a denial: what evidence there is for the claim denied, put against the denial
 * ("…, which the council denies?"), or what exactly is denied when the copy does not say.
 */
export function denial(ctx: PhraseContext): string | null {
  const passive =
    /\b(?:claims?|allegations?|accusations?|suggestions?|reports?) (?:were |was )?denied by (\p{Lu}[\p{L}\w'’ -]+)/u.exec(
      ctx.text,
    );
  if (passive) {
    const charge = /\b((?:accusations?|allegations?|claims?|suggestions?) (?:of|that) [^,.;]+)/i.exec(ctx.text)?.[1];
    const denier = stripEnd(passive[1]!);
    return charge
      ? `What evidence is there for the ${cutClause(charge, 16)}, which ${denier} ${pluralDenier(denier, ctx) ? 'deny' : 'denies'}?`
      : `What exactly does ${denier} deny, and what evidence is there either way?`;
  }
  // "The airline says fares will rise, a claim the regulator denies": the denier is the appositive's, the claim the
  // reported clause before it (review s34 B-main-61).
  const appositive = deniedAppositive(ctx.text);
  if (appositive) {
    // The sayer opens the sentence, a comma-free subject of up to 80 characters: "The airline says …".
    const said = SAYER_OPENING.exec(dropLeading(ctx.text.slice(0, appositive.at)));
    return said ? disputedClaim(said[1]!, appositive, ctx.properWords) : null;
  }
  // "…, a number analysts neither confirm nor deny": the denial verb is the appositive's and no one denies; the
  // passage is shown (review s35 B-sample31-1).
  if (withoutAppositive(ctx.text) !== ctx.text) return null;
  const denier =
    subjectBefore(ctx.text, /\s(?:denied|denies|deny|conceded|admitted|rejected)\b/i) ??
    ctx.actor ??
    'the people involved';
  // "…, but she denied that …" credited to "U.S. senator": a description cut without its article is no denier to print
  // ("which U.S. senator denies"); the passage is shown.
  if (denier === ctx.actor && bareDescription(denier)) return null;
  // "…allegations that he assaulted her, which he has denied": a relative clause's "which he" is no denier; nor is
  // "a charge that party leaders" (…, a charge that party leaders denied): the words before the verb hold a relative
  // clause, whose head is what was denied and whose subject is who denied it. No noun phrase there to ask of.
  // The relative may be unmarked: "…, a claim the airline denies" holds the same two parts with no "that".
  if (
    /^(?:which|that|who|whom|and|but|as)\b/i.test(denier) ||
    /\s(?:that|which|who|whom)\s/i.test(` ${denier} `) ||
    /^(?:an?|the|this|that)\s+(?:claims?|charges?|accusations?|allegations?|suggestions?|assertions?|reports?)\s/i.test(
      denier,
    )
  )
    return null;
  // "the" goes with a claim noun only: "denies the pier is sinking" keeps its article ("that pier is sinking" altered it).
  let object = clauseAfter(
    ctx.text,
    /\b(?:denied|denies|deny|rejected)\s+(?:(?:the\s+)?(?:suggestions?|claims?|allegations?|reports?|accusations?|charges?)\s*)?(?:that\s+)?/i,
  );
  // "If Russia is … — as many believe, but Moscow strongly denies — “why wouldn't you …?” asked Dunn": a denial that
  // closes an aside denies the clause the aside hangs on, not the words after its dash or quote mark (sample 49's
  // #42 asked "Is there evidence that — “why wouldn't …?” asked Dunn, …, which Moscow denies?"); the passage is shown.
  if (object && /^(?:-|[–—"“‘])/.test(object)) return null;
  // "denied … through a spokeswoman", "denied the charges and counter-accused her": a phrase or the next
  // clause, not what was denied.
  if (object && /^(?:through|via|in|on|at|by|to|from|with|for|after|before|during|and|but)\s/i.test(object))
    object = null;
  // "rejected the allegations as "baseless …"", "denied the report as false": the words from "as" on are the denier's
  // characterisation of the charge, not a claim ("Is there evidence that as "baseless …", …?", audit 53's B-a53-7).
  if (object && !DENIED_THAT.test(ctx.text) && characterisation(object)) object = null;
  // "denies any wrongdoing and points out…": a noun phrase, not a claim to put as "evidence that…"; so is a charge's
  // noun with its modifiers ("denied the fraud claims": "Is there evidence that fraud claims, …?" is no question).
  const bare =
    !object ||
    /^(?:them|it|this|that|the claims?|any wrongdoing|claims?|allegations?)$/i.test(object) ||
    CHARGE_NOUN_PHRASE.test(object) ||
    pronounOnly(object) ||
    /^(?:any|all)\s+(?:wrongdoing|involvement|knowledge|role|links?|connections?|impropriety|responsibility)\b/i.test(
      object,
    );
  // The verb "reported" opens a claim only with "that", a subject pronoun ("media reported he misled …") or a short
  // subject and an auxiliary ("reported the mayor had …"): "residents
  // reported discoloured water" has a noun phrase after it, and "Is there evidence that discoloured water, …?" is no
  // question (audit 60's B-a60-5).
  if (bare && ctx.pairText) {
    const earlier =
      /\b(?:(?:allegations?|claims?|reports?|suggestions?|accusations?)\s+(?:on\s+\w+\s+)?(?:that\s+)?|reported\s+(?:on\s+\w+\s+)?(?:that\s+|(?=(?:he|she|they|we)\s|(?:[\w'’-]+\s+){1,3}(?:had|has|have|was|were|is|are|would|will|could|did)\s)))(.+)$/i.exec(
        stripEnd(ctx.pairText),
      );
    object = earlier ? cutClause(earlier[1]!, 20) : object;
  }
  // "denied any role in the attacks" with no report to pair it with: the passage says it better.
  if (bare && object && !ctx.pairText && /^(?:any|all)\s/i.test(object)) return null;
  if (
    !object ||
    /^(?:them|it|this|that|claims?|allegations?)$/i.test(object) ||
    CHARGE_NOUN_PHRASE.test(object) ||
    pronounOnly(object)
  ) {
    // "the people involved", "officials", "Prosecutors", "Clinton and the DNC": a plural denier takes "do".
    const does = pluralDenier(denier, ctx) ? 'do' : 'does';
    return `What exactly ${does} ${lowerStart(denier, ctx.properWords)} deny, and what evidence is there either way?`;
  }
  // "denied knowing her" is a gerund phrase, "the denial by X of knowing her"; after "that" the -ing word is a clause's
  // subject ("denied that waterboarding constitutes torture"), and "the denial by Cruz of waterboarding constitutes
  // torture" no English (sample 39's #21).
  if (/^\w+ing\b/i.test(object) && !DENIED_THAT.test(ctx.text))
    return `Does the evidence bear out the denial by ${denier} of ${object}?`;
  // "denied any improper role in the internment": a noun phrase, so "evidence of", not "evidence that".
  if (
    /^(?:any|all|no)\s/i.test(object) &&
    !/\s(?:is|are|was|were|has|have|had|will|would|[a-z]+ed)\s/.test(` ${object} `)
  ) {
    const by = lowerStart(denier, ctx.properWords);
    return `Is there evidence of ${object}, which ${by} ${denies(by, pluralDenier(denier, ctx))}?`;
  }
  const plural = pluralDenier(denier, ctx);
  const pronoun = /^(?:he|she|it|they)\b/i.exec(object)?.[0].toLowerCase();
  // "Most of the traders deny that they were paid": "they" are the traders counted, not the most who deny; put as
  // "that most of the traders were paid, which they deny?" the quantifier moved into the claim (review 45, B-r45-12).
  const counted = pronoun === 'they' ? countedGroup(denier) : undefined;
  if (counted) {
    const claimed = `${counted.group}${object.slice(pronoun!.length)}`;
    const tail = `${lowerStart(counted.quantifier, ctx.properWords)} of them`;
    const future = willQuestion(claimed, ctx.properWords);
    if (future) return `${future.slice(0, -1)}, despite the denial by ${tail}?`;
    return `Is there evidence that ${lowerStart(claimed, ctx.properWords)}, which ${tail} ${denies(tail, plural)}?`;
  }
  // A pronoun stands for the denier only when their numbers agree: "Putin denied that they were on active duty"
  // speaks of others, and "Vladimir Putin were on active duty" is no claim of the copy's.
  const agrees = pronoun !== undefined && (pronoun === 'they') === plural;
  // "Fiorina's team denied that she …": the pronoun is the possessor's, or either's when the head is a person.
  const owner = agrees ? possessorPronoun(denier, pronoun) : undefined;
  if (owner === null) return null;
  const claim = agrees ? withActor(object, { ...ctx, actor: owner ?? denier }) : object;
  const asked = willQuestion(claim, ctx.properWords);
  const by = lowerStart(denier, ctx.properWords);
  if (asked) return `${asked.slice(0, -1)}, despite the denial by ${by}?`;
  // "…that it removed …, which Riverside General Hospital denies?": a pronoun no name replaced, agreeing with the
  // denier, would stand before the name it leans on, in the tail: the passage is shown ("he"/"she" are named or
  // shown by pronoun-subject.ts).
  if (claim === object && agrees && (pronoun === 'it' || pronoun === 'they')) return null;
  // "…denied claims that it removed…": the denier's name stands where the copy's pronoun stood, and the pronoun
  // goes to the tail, after its antecedent ("…that Riverside General Hospital removed …, which it denies?").
  if (pronoun && claim !== object && !nameBetween(claim, denier, pronoun))
    return `Is there evidence that ${lowerStart(claim, ctx.properWords)}, which ${pronoun} ${pronoun === 'they' ? 'deny' : 'denies'}?`;
  // The claim already names the denier: say "despite the denial" rather than name them twice.
  if (claim.toLowerCase().includes(denier.toLowerCase())) {
    return `Is there evidence that ${lowerStart(claim, ctx.properWords)}, despite ${/s$/.test(by) ? `${by}'` : `${by}'s`} denial?`;
  }
  return `Is there evidence that ${lowerStart(claim, ctx.properWords)}, which ${by} ${denies(by, plural)}?`;
}

/**
 * The verb after the denier: "deny" after a plural or a modal the denier's words end on ("many would deny", "no one
 * can deny"; review 43, B-r43-10: "…, which many would denies?"), "denies" after one person.
 */
function denies(by: string, plural: boolean): string {
  return plural || /\b(?:would|could|can|will|might|may|should|must|shall|cannot|to|not|n['’]t)$/i.test(by)
    ? 'deny'
    : 'denies';
}

/**
 * Whether the denier takes a plural verb, read as the other templates read a subject's number (`isOrAre`): a common
 * plural, capitalised or not ("Prosecutors", "the airline's lawyers"), or a coordination ("Clinton and the DNC"); a
 * surname ending in -s that the article names ("Sanders") is one person. Before, only a lower-case word ending in -s
 * after a space counted, so "What exactly does Prosecutors deny …?" (review s37). A quantifier heading the denier
 * gives its number first: "a few", "several", "a handful of traders" are plural, "one of the traders" one.
 */
function pluralDenier(denier: string, ctx: PhraseContext): boolean {
  const counted = quantifierNumber(denier);
  if (counted) return counted === 'plural';
  if (/^the people\b/i.test(denier) || pluralCommonNoun(denier, [ctx.text])) return true;
  // "Opposition spokesman on works": the number is the head's, before its prepositional phrase (audit 55's B-a55-9).
  const head = denier.split(/\s+(?:on|for|at|from|in|with|to)\s+/i)[0]!;
  return isOrAre(lowerStart(head, ctx.properWords), ctx.properWords) === 'Are';
}

/**
 * Whether a name the tail's pronoun could be read as stands after the denier in the claim: "that Flynn misled …
 * with Russian Ambassador to the US Sergei Kislyak, which he denies?" reads as Kislyak's denial, so the denier is
 * named in the tail instead. "he"/"she"/"it" lean on the nearest capitalised name, "they" on a capitalised plural
 * ("Democrats"); an all-capital "he"-reading of "US" is no person.
 */
function nameBetween(claim: string, denier: string, pronoun: string): boolean {
  const at = claim.toLowerCase().indexOf(denier.toLowerCase());
  const rest = at < 0 ? claim : claim.slice(at + denier.length);
  const names = rest.match(/\b\p{Lu}[\p{L}\w'’-]*/gu) ?? [];
  if (pronoun === 'they') return names.some((w) => /[a-z][^s'’]s$/.test(w));
  if (pronoun === 'it') return names.length > 0;
  return names.some((w) => /[a-z]/.test(w));
}
