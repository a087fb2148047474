import type { Sentence } from './analysis-types';

const NOTE_OPENING = /^\W{0,3}editor[’'`]?s[’'`]?\s+note\s*[:.—–-]/i;

/**
 * Which sentences belong to an editor's note ("Editor's note: …" to the end of its paragraph): the outlet's
 * standing words to readers, often the same paragraph under every story on a subject, not the story's own report.
 */
export function editorsNote(sentences: readonly Sentence[]): boolean[] {
  let noteParagraph = -1;
  return sentences.map((sentence) => {
    if (NOTE_OPENING.test(sentence.text)) noteParagraph = sentence.paragraph;
    return sentence.paragraph === noteParagraph;
  });
}
