/**
 * A negated yes/no question asks the same thing as its plain form: "Didn't the committee reject
 * the request?" is answered by whether the committee rejected it, as "Did the committee reject…?"
 * is. The negation only says which answer the asker expects. Left in, "didn't" reads as a content
 * word the article rarely uses (weighing against every sentence) and hides the auxiliary that types
 * the question yes/no and opens its asked verb.
 */
const NEGATED_OPENING =
  /^(\W*(?:(?:so|and|but|ok|okay|well),? )?)(?:(is|are|was|were|does|do|did|has|have|had|could|would|should|must|need|might)n['’]t|(won)['’]t|(can)['’]t|(shan)['’]t|(ain)['’]t)\b/i;

const PLAIN: Record<string, string> = { won: 'will', can: 'can', shan: 'shall', ain: 'is' };

/** The question with a negated opening auxiliary in its plain form ("Isn't it…" -> "is it…"). */
export function affirmativeQuestion(question: string): string {
  return question.replace(NEGATED_OPENING, (_, lead: string, aux?: string, ...irregular: Array<string | undefined>) => {
    const word = aux ?? irregular.slice(0, 4).find((w) => w !== undefined) ?? '';
    const plain = aux ? word : (PLAIN[word.toLowerCase()] ?? word);
    // Keep the asker's capitalisation of the first letter: names after it are read by case.
    return lead + (/^[A-Z]/.test(word) ? plain[0]!.toUpperCase() + plain.slice(1) : plain.toLowerCase());
  });
}
