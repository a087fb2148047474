import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * WordNet's generic verb frames 1 ("Something ----s") and 4 ("Something is ----ing PP"): a verb a thing or an event
 * does on its own, with no object ("the trial starts", "fares rise", "the ban returns").
 */
const THING_FRAMES = new Set([1, 4]);

/** The frames of each verb synset (by offset) that hold for a word of it: [frame, word number (0 = every word)]. */
function verbFrames(dict: string): Map<string, { words: string[]; frames: Array<[number, number]> }> {
  const out = new Map<string, { words: string[]; frames: Array<[number, number]> }>();
  for (const line of readFileSync(join(dict, 'data.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' | ')[0]!.split(' ');
    const wordCount = Number.parseInt(f[3]!, 16);
    const words = Array.from({ length: wordCount }, (_, i) => f[4 + 2 * i]!.toLowerCase());
    let i = 4 + 2 * wordCount;
    i += 1 + 4 * Number.parseInt(f[i]!, 10);
    const frames: Array<[number, number]> = [];
    const n = Number.parseInt(f[i] ?? '', 10);
    for (let k = 0; k < (Number.isNaN(n) ? 0 : n); k++)
      frames.push([Number.parseInt(f[i + 2 + 3 * k]!, 10), Number.parseInt(f[i + 3 + 3 * k]!, 16)]);
    out.set(f[0]!, { words, frames });
  }
  return out;
}

/**
 * For each verb lemma, the share of its tagged uses (SemCor counts, an untagged sense 0.1) whose sense takes a thing
 * as its subject with no object: "begin" 0.92, "start" 0.70, "rise" 0.76; "demand", "support", "report" 0. After an
 * effect's "is due to", a word with a low share cannot be the effect's own intransitive act ("the closure works on")
 * and so is a noun, the cause's ("due to work on the sea wall").
 */
export function thingSubjectShare(dict: string): Map<string, number> {
  const frames = verbFrames(dict);
  const sums = new Map<string, { all: number; thing: number }>();
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    const [key, offset, , tag] = line.split(' ');
    if (!key || tag === undefined || key[key.indexOf('%') + 1] !== '2') continue;
    const lemma = key.slice(0, key.indexOf('%'));
    const synset = frames.get(offset!);
    if (!synset) continue;
    const word = synset.words.indexOf(lemma) + 1;
    const n = Number.parseInt(tag, 10) + 0.1;
    const sum = sums.get(lemma) ?? { all: 0, thing: 0 };
    sum.all += n;
    if (synset.frames.some(([frame, w]) => THING_FRAMES.has(frame) && (w === 0 || w === word))) sum.thing += n;
    sums.set(lemma, sum);
  }
  return new Map([...sums].map(([lemma, s]) => [lemma, s.thing / s.all]));
}
