/**
 * Connectives that tie a sentence to the one before it. Out of context ("It says only that however,
 * USA Today…") they read as broken, and they carry nothing the reporter needs.
 */
const CONNECTIVE =
  /^(?:however|moreover|furthermore|nonetheless|nevertheless|still|yet|also|indeed|instead|in addition|additionally|separately|besides|that said|even so|of course|in fact|and|but|so)\s*,\s*/i;
/** Closed-class words that start a clause and are never a name, so lowercasing them is safe. */
const FUNCTION_WORD =
  /^(?:The|A|An|It|Its|This|That|These|Those|There|They|He|She|His|Her|Their|We|Our|In|On|At|By|For|But|And|As|After|Before|When|While|Since|Until|If|Although|Though|Because|During|Despite|With|Without|From|Under|Earlier|Later|Meanwhile|Last|Next|Some|Many|Most|Both|Several|Each|Every|No|None|Only|Even|One|Two|Three|According)\b/;
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
  const lowered = FUNCTION_WORD.test(clause) ? clause[0]!.toLowerCase() + clause.slice(1) : clause;
  return `It says only that ${lowered}`;
}
