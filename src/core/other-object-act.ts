import { englishWord } from './english-word';
import { BE } from './passive-voice';
import { sentenceWords } from './sentence-words';

/** Words that open an object's place: determiners and possessives, skipped to reach the object's nouns. */
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|some|any|new)$/;
/** A word that ends the object (or shows there is none): a preposition, a time word, a pronoun or a conjunction. */
const STOP =
  /^(?:to|for|from|with|by|in|on|at|of|into|until|before|after|since|during|next|last|this|that|these|those|it|them|him|her|us|and|or|but|as|when|while|if|up|out|back|over|off|down)$/;
/** A noun ending the stemmer folds onto its verb ("moderator", "publication"): no act with an object. */
const NOUN_ENDING = /(?:or|ion|ment)s?$/;

/** Whether the word is a noun made from the verb: an "-or"/"-ion" form, or "-er" on an English verb ("maker", "owner"). */
function verbNoun(word: string): boolean {
  if (NOUN_ENDING.test(word)) return true;
  const bare = word.replace(/s$/, '');
  return bare.endsWith('er') && (englishWord(bare.slice(0, -2)) || englishWord(bare.slice(0, -1)));
}
/** A clause after the asked verb ("who denies the figures were altered?"): its object is no noun phrase to compare. */
const CLAUSE = /^(?:is|are|was|were|be|been|has|have|had|will|would|that|to)$/;
/** How many words of the object are read (its modifiers and head: "its annual water accounts"). */
const OBJECT_WORDS = 4;

/**
 * Whether the sentence says the asked verb only of another thing: "Harbour Estates, which owns the reservoir" for
 * "who owns Fenmoor Water?", "until the auditor publishes its accounts next week" for "when is the report being
 * published?" (audit 59's B-a59-10 and B-a59-7). Every active form of the verb is read with the words right after
 * it, past a determiner, up to a preposition, time word or punctuation; when each has such an object and none of
 * its words is one of the question's object terms, nor the object said elsewhere in the sentence, (a WordNet relative is not enough: "accounts" is one of "report"), the verb is said of something else
 * and the sentence's value (its doer, its date) belongs to that act. A form in the passive, with no object, or with
 * a pronoun for one ("publishes it") may be the asked act and keeps the sentence.
 */
export function otherObjectAct(
  text: string,
  verb: string,
  question: string,
  { objectTerms, names }: { objectTerms: readonly string[]; names: ReadonlySet<string> },
): boolean {
  const asked = sentenceWords(question);
  const at = asked.findIndex((w) => w.stem === verb);
  if (objectTerms.length === 0 || asked.slice(at + 1).some((w) => CLAUSE.test(w.word))) return false;
  const same = new Set(objectTerms);
  const words = sentenceWords(text);
  // The asked object said anywhere in the sentence ("took the Democratic contest" … "in Oregon") may be what the verb's
  // phrase stands for; a common noun only in lower case, as a name's word ("Office for Budget Responsibility") is not it.
  const said = words.some(
    (w) => same.has(w.stem) && (names.has(w.stem) || !/^\p{Lu}/u.test(text.slice(w.start, w.end))),
  );
  if (said) return false;
  let read = 0;
  for (let k = 0; k < words.length; k++) {
    if (words[k]!.stem !== verb || verbNoun(words[k]!.word)) continue;
    if (k > 0 && BE.test(words[k - 1]!.word)) return false;
    let j = k + 1;
    while (j < words.length && DETERMINER.test(words[j]!.word)) j++;
    const object: string[] = [];
    for (; j < words.length && object.length < OBJECT_WORDS; j++) {
      const w = words[j]!;
      // Punctuation between the words ends the phrase ("owns the reservoir, said").
      if (/[^\s\p{L}\p{N}'’-]/u.test(text.slice(words[j - 1]!.end, w.start)) || STOP.test(w.word)) break;
      if (w.stem !== '') object.push(w.stem);
    }
    if (object.length === 0 || object.some((s) => same.has(s))) return false;
    read++;
  }
  return read > 0;
}
