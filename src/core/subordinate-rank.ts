/**
 * Words that rank a title below the office it names: "deputy chief", "vice president", "assistant director",
 * "associate dean", "vice-chairman". WordNet glosses each as a subordinate ("deputy: an assistant with power to act
 * when his superior is absent"; "vice-: subordinate to or acting for another"); "acting" is not one — an acting chief
 * holds the office.
 */
const SUBORDINATE = new Set(['deputy', 'vice', 'assistant', 'associate', 'under', 'sub']);

/**
 * Whether a role word, or a word just before it in the title, makes the holder second to the head: "who runs X?" is
 * not answered by "X deputy chief Name" (session 53 ans74's note).
 */
export function subordinateRank(word: string, before: readonly string[] = []): boolean {
  const parts = word.toLowerCase().split('-');
  return [...before, ...parts.slice(0, -1)].some((w) => SUBORDINATE.has(w));
}
