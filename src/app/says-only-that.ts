import { closedClassGiven } from '../core/closed-class-given';
import { stripDateline } from '../core/copy-furniture';
import { SPELLED_NUMBER } from '../core/counted-kinds';
import { PLACES } from '../core/place-words';
import type { CaseWords } from './article-case-words';

/**
 * Connectives that tie a sentence to the one before it. Out of context ("It says only that however,
 * USA Today…") they read as broken, and they carry nothing the reporter needs.
 */
const CONNECTIVE =
  /^(?:and yet|but still|however|moreover|furthermore|nonetheless|nevertheless|still|yet|also|indeed|instead|in addition|additionally|separately|besides|that said|even so|of course|in fact|either way|by contrast|in contrast|on the other hand|at the same time|after all|likewise|similarly|in turn|and|but|so)\s*,\s*/i;
/**
 * "But Rubio's showing…", "And although they…": a coordinator opening a sentence points back whatever follows,
 * and "It says only that but …" does not read. "Yet" and "So" are left: "Yet another delay", "So far".
 */
const COORDINATOR = /^(?:and|but)\s+(?=[^\s,])/i;
/** Openers that are never the first word of a name: lowercased whatever follows ("In March" -> "in March"). */
const OPENER =
  /^(?:The|A|An|It|Its|This|That|These|Those|There|They|He|She|We|His|Her|Their|Our|In|On|At|By|For|But|And|As|After|Before|When|While|Since|Until|If|Although|Though|Because|During|Despite|With|Without|From|Earlier|Later|Meanwhile|According)(?=\s|['’](?:s|re|ll|ve|d)\s)/;
/**
 * Words that open clauses but also names ("Under Armour", "Three Mile Island", "No. 10"): lowercased
 * only when the next word is lower case, which shows they are not part of a capitalised run.
 */
const OPENER_BEFORE_LOWER =
  /^(?:Under|Some|Many|Most|Both|Several|Each|Every|No|None|Only|Even|One|Two|Three|Last|Next|Over)(?=\s+[a-z])/;
/**
 * A spelled number opening a sentence before a lower-case word ("Ninety-one pupils were due to travel", "Hundreds
 * of residents…"): a closed class, never a name there, so it is lowered as "One" or "Three" are. Read on the clause
 * with its first letter lowered; "Ninety-One Club" and "Four Seasons" keep their capitals (a capital follows).
 */
const NUMBER_OPENER = new RegExp(
  String.raw`^(?:${SPELLED_NUMBER}|hundreds|thousands|millions|dozens)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?(?=\s+[a-z])`,
);
/** A sentence that opens with someone's words, or asks something, cannot follow "that". */
const CANNOT_FOLLOW_THAT = /^(?:["“‘'(]|\.\.\.|…)|\?\s*["”’']?\s*$/;
/**
 * A participle clause opening the sentence and closed by a comma ("Asked how many jobs would go, the leader said…",
 * "Speaking after the meeting, she said…"): its first word is no subject, and after "that" it reads as broken and
 * would be lowered; the sentence is shown as written after a colon (review 60 R60-10). The participle is known by the
 * closed-class word after it (a wh-word, preposition or determiner): "Reading is among the seats" and "Manning said,
 * …" open on subjects.
 */
const PARTICIPLE_OPENER =
  /^[A-Z][a-z]+(?:ed|ing)\s+(?:how|what|whether|why|when|where|who|which|if|about|after|before|at|in|on|to|from|with|by|for|during|outside|over|under|since|the|a|an|his|her|their|its|our)\s[^,]*,/;
/** A capitalised word of letters before a lower-case one: a name only if the copy says so. */
const CAPITAL_BEFORE_LOWER = /^([A-Z][a-z]+)(?=\s+[a-z])/;

/**
 * The sentence continues a quotation opened before it ("I have decided to endorse Cruz," Blackwell wrote.): its
 * first words are the speaker's, and after "that" they would read as the article's own claim.
 */
function insideQuotation(sentence: string): boolean {
  const close = sentence.indexOf('”');
  const open = sentence.indexOf('“');
  if (close >= 0 && (open < 0 || close < open)) return true;
  let straight = 0;
  for (const c of sentence) if (c === '"') straight++;
  return straight % 2 === 1;
}

/**
 * The opening capital lowered when the word is never a name: by its class (the closed-class words the name finder
 * reads as no given name: "Yet another…", "So far…"), or by the article's own copy.
 */
function lowerOpening(clause: string, words: CaseWords | undefined): string {
  const lowered = clause[0]!.toLowerCase() + clause.slice(1);
  if (OPENER.test(clause) || OPENER_BEFORE_LOWER.test(clause) || NUMBER_OPENER.test(lowered)) return lowered;
  const word = CAPITAL_BEFORE_LOWER.exec(clause)?.[1];
  if (!word) return clause;
  // Only a plural ("Members", "Residents") on the copy's evidence: a place or surname written only at a
  // sentence's start ("Reading is among the seats…" beside "reading the motion") keeps its capital.
  const common =
    words !== undefined &&
    /[^s]s$/.test(word) &&
    !PLACES.has(word) &&
    !words.proper.has(word) &&
    words.lower.has(word.toLowerCase());
  return common || closedClassGiven(word) ? clause[0]!.toLowerCase() + clause.slice(1) : clause;
}

/**
 * The nearest thing an article says, introduced for a reporter: "It says only that the figure
 * will not be released." A sentence that cannot be joined to "that" is shown whole after a colon.
 * `words` (articleCaseWords) lets a common word opening the sentence ("Members of the caucus…") lose its capital.
 */
export function saysOnlyThat(text: string, words?: CaseWords): string {
  const sentence = text.trim().replace(/\s+/g, ' ');
  // "PORTSMOUTH, N.H. — He may be…": the dateline is the page's, not part of what the article says.
  const rest = sentence.slice(stripDateline(sentence)).replace(CONNECTIVE, '').replace(COORDINATOR, '');
  const clause = rest.length > 0 ? rest : sentence;
  if (CANNOT_FOLLOW_THAT.test(clause) || insideQuotation(clause) || PARTICIPLE_OPENER.test(clause))
    return `The closest it comes: ${sentence}`;
  return `It says only that ${lowerOpening(clause, words)}`;
}
