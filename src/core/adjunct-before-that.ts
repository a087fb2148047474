/**
 * " in an email seen by Lloyd's List that ", " in a statement released by his office on Friday that ": a prepositional
 * phrase of up to twelve words between a reporting verb and its "that", longer than the six words the verb's reader
 * skips anyway. Its words hold no finite verb, pronoun, comma or second "that": the phrase is an adjunct (where or how
 * the words were said), and the reported clause starts after its "that" (audit 58, B-a58-20: the statement opened "in
 * an email seen by …").
 */
const LONG_ADJUNCT =
  /^\s+(?:in|on|via|through|during|at|over)\s+(?:(?!(?:that|is|are|was|were|has|have|had|will|would|said|says|he|she|they|it|we|i|you)\b)[\p{L}\d'’.&-]+\s+){6,11}that\s+/u;

/** The verb's intro up to and with the adjunct's "that" (a match whose `[0]` is skipped), or null. */
export function adjunctBeforeThat(rest: string): RegExpExecArray | null {
  return LONG_ADJUNCT.exec(rest);
}
