import { phraseFromWords, type SpeakerPhrase } from './speaker-phrase';
import { stateAfterTown } from './town-before-state';

/** Two capitalised words in a row: a name ("former Sen. Jo Roe" holds "Jo Roe"; "the chairman of the committee" none). */
const NAMED = /\b\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+/u;

/** The subject right after an inverted verb ("said Rick Egelton, deputy chief economist ..."). */
export function subjectAfter(text: string, offset: number): SpeakerPhrase | null {
  // "said Macon, Ga. Police Chief Mike Burns": a town and its abbreviated state open the subject, which follows them
  // (the callers mask an abbreviation's dots as U+E000, one character each: "N.J." is read unmasked, offsets kept).
  const town = /^\s*\p{Lu}[\p{Ll}'’-]+/u.exec(text)?.[0].length ?? 0;
  const state = town && stateAfterTown(text.slice(town, town + 12).replace(/\uE000/g, '.'));
  if (state && /^\s+\p{Lu}/u.test(text.slice(town + state)))
    return subjectAfter(text.slice(town + state), offset + town + state);
  const match =
    /^\s*([^,.;:!?"“”()]+?)(?=\s*(?:[,.;:!?"“”(—–]|$|\s+(?:in|on|at|during|after|before|when|while|as|who|which|adding|saying|told|but|last|this|yesterday|today)\s))/.exec(
      text,
    );
  if (!match) return null;
  // "said the chairman of the committee, Labour MP Barry Sheerman": the name in the appositive. A relative clause
  // is none ("said the New York businessman, who campaigned Monday in New Hampshire": the description speaks).
  const appositive =
    /^,\s+(?!(?:who|whom|whose|which|where|when)\s)((?:[a-z]+\s+){0,3}[A-Z][^,.;:!?"“”()]*?)(?=\s*(?:[,.;:!?"“”(]|$))/.exec(
      text.slice(match[0].length),
    );
  // A middle initial ("Robert M. Danin", its dot masked by the caller) does not break the name.
  if (appositive && !/^\p{Lu}/u.test(match[1]!) && /\b[A-Z][a-z]+\s+(?:[A-Z]\S?\s+)*[A-Z][a-z]+/.test(appositive[1]!)) {
    const widened = /^\s*([^.;:!?"“”()]+?)(?=\s*(?:[.;:!?"“”(]|$))/.exec(
      text.slice(0, match[0].length + appositive[0].length),
    )!;
    const phrase = phraseAfter(widened, offset);
    // "said former Sen. Jo Roe, a moderate Ohio Democrat who …": a long appositive (one that names a state or a
    // party, not the speaker) describes a head that already names the speaker, and the head is the tag's subject.
    if (phrase !== null || !NAMED.test(match[1]!)) return phrase;
  }
  return phraseAfter(match, offset);
}

/** The phrase a subjectAfter match holds; none past ten words (a clause, not a name or a description). */
function phraseAfter(match: RegExpExecArray, offset: number): SpeakerPhrase | null {
  const lead = match[0].length - match[1]!.length;
  const phrase = phraseFromWords(match[1]!, offset + lead, 'first', 0);
  return phrase && phrase.kind === 'phrase' && phrase.text.split(/\s+/).length > 10 ? null : phrase;
}
