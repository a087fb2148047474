/** A chat message as the question-shape rules read it: lower case, straight apostrophes, no closing marks. */
export function plainQuestion(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[\s?!.…]+$/, '');
}
