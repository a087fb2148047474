import { comparativeFinding } from './comparative-finding';
import { othersPolled } from './others-polled';
import type { PhraseContext } from './phrase-question';
import { cutClause } from './question-clauses';
import { withoutTrailingTime } from './without-trailing-time';

/** A pronoun or possessive opening a phrase: asked out of its sentence, it would point at no one. */
const PRONOUN_START =
  /^(?:i|we|you|he|she|it|they|me|us|him|her|them|his|its|our|their|my|your|this|that|these|those)\b/i;
/** Quote marks (not an apostrophe): a clause cut out of a quotation would mix the speaker's words with the question's. */
const QUOTE_MARK = /["“”]|(?:^|\s)['‘]\w/;
/** A first or second person: the words are someone's own ("urged the Russians to hack into my emails"), not the story's. */
const OWN_VOICE = /\b(?:I|me|my|mine|we|us|our|you|your)\b/;

/** A clause that opens on a preposition, a verb or a relative word has lost its subject ("show has reversed"). */
const NO_PHRASE_START =
  /^(?:by|has|have|had|is|are|was|were|in|on|at|for|to|of|with|that|what|which|who|how|why|when|where|whether|if|as)\b/i;
/** A pronoun standing for something outside the clause ("differences between them", "put the discord behind them"). */
const ANY_PRONOUN = /\b(?:them|they|it|itself|themselves)\b/i;

/** Where an aside opens: a dash or a bracket ends the clause a question can carry. */
const ASIDE_OPENS = /\s(?:--?|[–—])\s|\s\(/;

/**
 * The clause after a cue's verb, as written up to its end (an aside, or where cutClause ends it), or null when it
 * cannot stand alone: a clause cut at the word budget ("…") is shown as its passage rather than asked half.
 */
function shownPart(after: string): string | null {
  const aside = ASIDE_OPENS.exec(after);
  // A dashed aside that closes again sits inside the clause ("Hispanic voters - who … - voted"): no cut before it.
  if (aside && ASIDE_OPENS.test(after.slice(aside.index + aside[0].length))) return null;
  const clause = (aside ? after.slice(0, aside.index) : after).replace(/\s+/g, ' ');
  const part = cutClause(clause, 18);
  if (!part || part.endsWith('…') || part.split(' ').length < 2 || NO_PHRASE_START.test(part)) return null;
  // A comma inside is a list or an aside cut short ("Trump, more than his leading rivals, …"): shown as the passage.
  if (part.includes(',') || ANY_PRONOUN.test(clause.slice(0, part.length + 12))) return null;
  return PRONOUN_START.test(part) || QUOTE_MARK.test(part) || OWN_VOICE.test(part) ? null : part;
}

/**
 * "A new Gazette poll shows the mayor ahead by four points" -> "Do other polls show the mayor ahead by four points?";
 * "Polls show the mayor ahead …" (polls in general) -> "Which polls show the mayor ahead …?". One poll's finding is
 * checked against others; a finding credited to polls at large asks which. Any other poll cue ("percent support",
 * "trails in the polls") is shown as its passage.
 */
export function pollQuestion(ctx: PhraseContext): string | null {
  const m =
    /(^|.*?\s)((?:\w+\s+)?)(polls?|polling)\s+(?:shows?|showed|suggests?|suggested|finds?|found)\s+(?:(?:last|this|on)\s+\w+\s+|yesterday\s+|earlier\s+)?(?:that\s+)?(.+)$/i.exec(
      ctx.text,
    );
  // "What polls show …" is a relative clause; "Other polls show …" already sets polls against each other.
  if (!m || /^(?:what|other)\s*$/i.test(m[2]!)) return null;
  const shown = shownPart(m[4]!);
  // A comparison with another poll ("a slimmer lead") is no finding other polls can be asked for: the passage is shown.
  if (!shown || comparativeFinding(shown)) return null;
  const before = m[1]! + m[2]!;
  const general =
    /^polls$/i.test(m[3]!) &&
    /^(?:|public|opinion|several|some|many|most|recent|national|state)\s*$/i.test(m[2]!) &&
    !ownedPolls(before);
  // An average of polls, or a sentence that itself tells what other polls show, leaves other polls nothing to ask.
  if (!general && othersPolled(ctx.text, before)) return null;
  return `${general ? 'Which' : 'Do other'} polls show ${shown}?`;
}

/**
 * Polls named by their owner ("recent Post-ABC polls", "the USA Today/Suffolk polls"): a capitalised word, not the
 * sentence's first, right before the poll word, which the pattern's one-word modifier misses when it holds a hyphen or
 * a slash. The sentence says which polls; "Which polls show …?" would ask it back (sample 57's #45).
 */
function ownedPolls(before: string): boolean {
  const words = before.trim().split(/\s+/);
  return words.length > 1 && /^[\w'’./-]*\p{Lu}[\p{L}\w'’./-]*$/u.test(words.at(-1)!);
}

/**
 * "Residents urged the council to reopen the library" -> "Will the council reopen the library?": whether the one
 * called on does what was asked. The one called on must be named as written (a pronoun or a possessive before it
 * points out of the sentence), and "not to" is a call to refrain, shown as its passage.
 */
export function requestQuestion(ctx: PhraseContext): string | null {
  const m = /\b(?:call(?:ed|s|ing)? on|urg(?:ed|es|ing))\s+((?:\S+\s+){0,5}?\S+)\s+to\s+(?!the\b|an?\b)(.+)$/i.exec(
    ctx.text,
  );
  if (!m) return null;
  // "urged the council Wednesday to …": the day is the urging's; the question asks what the council will do.
  const who = withoutTrailingTime(m[1]!);
  if (PRONOUN_START.test(who) || OWN_VOICE.test(who) || /\bnot$/i.test(who) || /[,;:"“”]/.test(who)) return null;
  const act = shownPart(m[2]!);
  // "…to attack the oil and proposed a safe zone": a past verb after "and" is the sayer's, not the one called on's.
  return act && !/\band\s+[a-z]+ed\b/.test(act) ? `Will ${who} ${act}?` : null;
}
