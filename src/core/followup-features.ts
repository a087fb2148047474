import { type Cue, findCues } from './question-cues';

/**
 * Binary features of a sentence for the follow-up scorer: its words and word pairs (lower case,
 * quote marks and apostrophes unified), the cue families it carries, and its shape (quoted,
 * numbers, length, place in the story). The trainer and the engine share this one function, so a
 * feature the model learned is computed the same way at inference.
 */
export function followupFeatures(text: string, index: number, count: number, cues?: Cue[]): string[] {
  const features = new Set<string>(['bias']);
  const words = wordsOf(text);
  for (let i = 0; i < words.length; i++) {
    features.add(`w:${words[i]}`);
    if (i > 0) features.add(`b:${words[i - 1]} ${words[i]}`);
  }
  for (const cue of cues ?? findCues(text)) features.add(`c:${cue.shape}`);
  if (/["“”]/.test(text)) features.add(/^["“]/.test(text) ? 'quote:opens' : 'quote:inside');
  if (/\d/.test(text)) features.add('digit');
  if (/[?]\s*["”]?$/.test(text)) features.add('asks');
  features.add(words.length < 8 ? 'len:short' : words.length > 35 ? 'len:long' : 'len:mid');
  const at = count <= 1 ? 0 : index / (count - 1);
  features.add(index === 0 ? 'pos:first' : index <= 2 ? 'pos:lead' : at > 0.8 ? 'pos:end' : 'pos:body');
  return [...features];
}

/**
 * Lower-case word tokens; "don’t" and "don't" are one word. Numbers collapse to <num> and words
 * capitalised inside the sentence (names) to <cap>: who a story is about must not be learned.
 */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  const re = /[A-Za-z]+(?:['’][A-Za-z]+)?|\d[\d,.]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[0];
    if (/^\d/.test(w)) words.push('<num>');
    else if (m.index > 0 && /^[A-Z]/.test(w) && w !== 'I') words.push('<cap>');
    else words.push(w.toLowerCase().replace('’', "'"));
  }
  return words;
}
