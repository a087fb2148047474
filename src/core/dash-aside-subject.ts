// Brackets, round or square, close their aside themselves, so a "." inside them (an abbreviation: "Jan. 2020") does not
// end it (review B-r43-8); a dash aside has no closing mark of its own, so a stop still ends it.
/** A dash: an em or en dash, or a typed one with a space before it. */
const DASH = String.raw`(?:[\u2014\u2013]|\s--?\s)`;
/** An aside between dashes or in brackets. */
const ASIDE = String.raw`(?:${DASH}[^\u2014\u2013.;!?"“”]*(?:[\u2014\u2013]|\s--?)|\([^()[\];!?"“”]*\)|\[[^()[\];!?"“”]*\])`;
/**
 * An aside that closes right before the tag's verb: `the chief executive — who had doubts — told`, `the clerk (who ran
 * the survey) told` (review B-r42-4).
 */
const CLOSING_ASIDE = new RegExp(String.raw`\s*${ASIDE}\s*$`, 'u');
/**
 * A closed aside, then the "and" of a second verb that shares the clause's subject: `She considers the question — long
 * enough that … — and then says,` (audit 51, B-a51-8). The aside is blanked (offsets kept) and the coordinated verb is
 * read as without it (speaker-phrase.ts: the subject of the clause before "and").
 */
const ASIDE_BEFORE_AND = new RegExp(String.raw`(\s*${ASIDE})(\s*(?:and|but|yet)(?:\s+then)?\s*)$`, 'u');
/** An aside opened after the subject's words and not yet closed: `the chief executive — who said`, `the clerk (who said`. */
const OPEN_ASIDE = new RegExp(String.raw`\S\s*(?:${DASH}[^\u2014\u2013.;!?"“”]*|[([][^()[\];!?"“”]*)$`, 'u');

/**
 * The subject of a tag after a quotation, read through an aside between dashes or brackets as through an appositive between
 * commas (review B-r41-1: the aside's "who" refused the tag and left the quotation to the previous paragraph's
 * speaker). `subject` is the text from the quotation to a speech verb: with a closed aside before the verb, the words
 * before its opening dash; with a closed aside and then "and" before the verb, the text with the aside blanked; null when the verb sits inside an aside still open (`— who said she had doubts — told`),
 * which speaks of the subject and is not the tag's verb; else the text unchanged.
 */
export function dashAsideSubject(subject: string): string | null {
  const aside = CLOSING_ASIDE.exec(subject);
  if (aside && /\S/.test(subject.slice(0, aside.index))) return subject.slice(0, aside.index);
  const coordinated = ASIDE_BEFORE_AND.exec(subject);
  if (coordinated && /\S/.test(subject.slice(0, coordinated.index)))
    return subject.slice(0, coordinated.index) + ' '.repeat(coordinated[1]!.length) + coordinated[2];
  return OPEN_ASIDE.test(subject) ? null : subject;
}
