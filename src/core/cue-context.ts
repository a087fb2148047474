/**
 * What findCues reads around a sentence: the headline and the sentence before. A poll's figure ("26
 * percent say they will…") often follows the sentence that names the poll, or stands in a story whose
 * headline does ("Poll: …"); further back, a share is as likely a body's count of votes to come.
 */
export function cueContext(title: string, sentences: ReadonlyArray<{ text: string }>, index: number): string {
  return `${title}\n${sentences[index - 1]?.text ?? ''}`;
}
