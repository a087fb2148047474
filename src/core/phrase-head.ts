/** "the chairman of the committee" -> "chairman"; "a Microsoft spokesman" -> "spokesman". */
export function headNoun(words: string[]): string {
  return words[headIndex(words)]!.toLowerCase().replace(/['’]s?$/, '');
}

export function headIndex(words: string[]): number {
  const of = words.findIndex((w, i) => i > 0 && /^(?:of|for|at|from|to|in|with)$/i.test(w));
  return (of > 0 ? of : words.length) - 1;
}
