/**
 * Who a refusal question asks to speak ("…, and will X say?", "Will X say which …?"): never a conjunction the
 * coordinated verb left behind ("…, but did not say whether …" gave "will but say", audit 54's B-a54-9), a list's dash or
 * bullet ("- She declined to say …" gave "will - She say", B-a54-8), nor a phrase a coordinator opens ("will and the
 * council say?"), nor a pronoun no one resolved. A subject is a noun
 * phrase; these are words that cannot open one.
 */
const NOT_A_SUBJECT =
  /^(?:[-–—•*·]\s*.*|(?:and|but|or|nor|yet|so)\s.*|(?:and|but|or|nor|yet|so|then|also|however|though|although|while|because|if|that|which|who)|(?:he|she|it|they|him|her|them|his|its|their))$/i;

/** Whether `sayer` cannot be the subject of the question's "will … say". */
export function unfitSayer(sayer: string): boolean {
  return NOT_A_SUBJECT.test(sayer.trim());
}

/**
 * "did not say which ones", "declined to say how much": a wh-word with only a pro-form after it, no clause of its own.
 * What it asks is in the sentence before, which the question drops ("Will the company say which ones?"), so the
 * passage is shown instead (audit 54's B-a54-10).
 */
export const ELLIPTIC_WH =
  /^(?:how|what|when|where|why|who|whom|which|whether)(?:\s+(?:ones?|of\s+(?:them|these|those|it)|much|many|long|soon|often|exactly|precisely|specifically|so|not|yet))*$/i;

/** A question that ends on such a complement ("Will the company say which ones?"). */
const ENDS_ELLIPTIC = /\b(?:say|disclose|reveal|explain|specify|confirm|tell|identify|name)\s+([^?]+)\?$/i;

/** Whether the question ends asking an elliptic wh-complement. */
export function endsElliptic(question: string): boolean {
  const m = ENDS_ELLIPTIC.exec(question);
  return !!m && ELLIPTIC_WH.test(m[1]!.trim());
}

/**
 * "Leah Brandt met Tom Ruiz. She declined to say whether Corvane had signed …": a pronoun refuser the sentence before
 * does not resolve is not whoever the held-back clause names ("will Corvane say?"); `withheld` is where the withholding
 * verb stands. Whether `actor`, the question's fallback refuser, is a name only that clause holds.
 */
export function actorOnlyWithheld(text: string, withheld: number, actor: string | null): boolean {
  if (!actor || !/(?:^|[\s,])(?:he|she|they)(?:\s+(?:also|again|still|repeatedly))?$/i.test(text.slice(0, withheld)))
    return false;
  const words = actor.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w));
  return words.some((w) => new RegExp(`\\b${w}\\b`).test(text.slice(withheld)));
}
