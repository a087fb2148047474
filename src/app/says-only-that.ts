/**
 * Connectives that tie a sentence to the one before it. Out of context ("It says only that however,
 * USA Today…") they read as broken, and they carry nothing the reporter needs.
 */
const CONNECTIVE =
  /^(?:and yet|but still|however|moreover|furthermore|nonetheless|nevertheless|still|yet|also|indeed|instead|in addition|additionally|separately|besides|that said|even so|of course|in fact|and|but|so)\s*,\s*/i;
/** Openers that are never the first word of a name: lowercased whatever follows ("In March" -> "in March"). */
const OPENER =
  /^(?:The|A|An|It|Its|This|That|These|Those|There|They|He|She|We|His|Her|Their|Our|In|On|At|By|For|But|And|As|After|Before|When|While|Since|Until|If|Although|Though|Because|During|Despite|With|Without|From|Earlier|Later|Meanwhile|According)(?=\s)/;
/**
 * Words that open clauses but also names ("Under Armour", "Three Mile Island", "No. 10"): lowercased
 * only when the next word is lower case, which shows they are not part of a capitalised run.
 */
const OPENER_BEFORE_LOWER =
  /^(?:Under|Some|Many|Most|Both|Several|Each|Every|No|None|Only|Even|One|Two|Three|Last|Next|Over)(?=\s+[a-z])/;
/** A sentence that opens with someone's words, or asks something, cannot follow "that". */
const CANNOT_FOLLOW_THAT = /^(?:["“‘'(]|\.\.\.|…)|\?\s*["”’']?\s*$/;

/**
 * The nearest thing an article says, introduced for a reporter: "It says only that the figure
 * will not be released." A sentence that cannot be joined to "that" is shown whole after a colon.
 */
export function saysOnlyThat(text: string): string {
  const sentence = text.trim().replace(/\s+/g, ' ');
  const rest = sentence.replace(CONNECTIVE, '');
  const clause = rest.length > 0 ? rest : sentence;
  if (CANNOT_FOLLOW_THAT.test(clause)) return `The closest it comes: ${sentence}`;
  const lowered =
    OPENER.test(clause) || OPENER_BEFORE_LOWER.test(clause) ? clause[0]!.toLowerCase() + clause.slice(1) : clause;
  return `It says only that ${lowered}`;
}
