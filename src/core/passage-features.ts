import { contentTerms } from './tokenize-words';

/**
 * Features of a sentence that only the rest of the article can give: how much of the headline's
 * claim it carries (the story's central claim is the one an editor chases first). Tried on the
 * PolNeAR train silver labels and kept only where the editors' dev labels improved
 * (docs/evaluation.md): whether the claim recurs in other sentences, whether one of them contradicts it,
 * and whether a later one settles it did not help, so they are not computed. One list per
 * sentence, in order; `texts` are the article's sentences.
 */
export function passageFeatures(texts: readonly string[], title: string): string[][] {
  return texts.map(passageReader(title));
}

/** passageFeatures of one sentence at a time, for a caller that needs only some sentences' (the headline read once). */
export function passageReader(title: string): (text: string) => string[] {
  const headline = new Set(contentTerms(title));
  return (text) => {
    let shared = 0;
    for (const term of new Set(contentTerms(text))) if (headline.has(term)) shared++;
    return [shared === 0 ? 'p:headline:0' : shared === 1 ? 'p:headline:1' : 'p:headline:2+'];
  };
}
