import { eachMatch } from './each-match';
import { surname } from './mentions-entity';
import { indexPeople } from './people';
import { pronounInCopy } from './pronoun-in-copy';
import type { PronounSubjectOptions } from './pronoun-subject';

/** A third-person pronoun that stands for one person, and the gender it asks of its antecedent. */
const SINGULAR = /\b(he|him|his|she|her|hers)\b/gi;
const QUOTED = /“[^”]*”|"[^"]*"/g;

/**
 * Whether a question keeps a "he"/"him"/"his"/"she"/"her" of its sentence while dropping every person the sentence
 * names before it that the pronoun could stand for: "Clinton says Sanders' attack is designed to raise questions
 * despite there being no evidence to support his insinuations" asked "What is Hillary Clinton's claim of no evidence to
 * support his insinuations based on …?" (sample 50's #11) binds "his" to no one the question names. A template that
 * keeps the copy's words may drop the words a pronoun leans on; the passage keeps them. A pronoun whose sentence names
 * no fitting person before it leans on the sentences around it, as its passage would: it is left alone.
 */
export function droppedAntecedent(question: string, options: PronounSubjectOptions): boolean {
  const { sentences, index } = options;
  const sentence = sentences[index]!;
  const bare = question.replace(QUOTED, (q) => ' '.repeat(q.length));
  // A name inside a quotation is the quoted speaker's word, never the antecedent (as pronoun-subject.ts reads it).
  const quoted = [...eachMatch(QUOTED, sentence.text)].map((q) => [q.index, q.index + q[0].length] as const);
  for (const m of eachMatch(SINGULAR, bare)) {
    const word = m[1]!;
    // "his or her heritage", "he or she": either gender, anyone's; no person is meant.
    if (/^\s+or\s+(?:he|him|his|she|her|hers)\b/i.test(bare.slice(m.index + word.length))) continue;
    if (/\b(?:he|him|his|she|her)\s+or\s+$/i.test(bare.slice(0, m.index))) continue;
    const next = /^\s+([\p{L}\p{N}'’-]+)/u.exec(bare.slice(m.index + word.length))?.[1];
    // Where the question's pronoun stands in the copy: the same word before the same next word.
    const at = pronounInCopy(sentence.text, word, next);
    if (at < 0) continue;
    const gender = /^(?:he|him|his)$/i.test(word) ? 'male' : 'female';
    const before = sentence.start + at;
    const fitting = (indexPeople(sentences).mentions[sentence.id] ?? []).filter(
      (p) =>
        p.start < before &&
        (p.person.gender === null || p.person.gender === gender) &&
        !quoted.some(([from, to]) => p.start - sentence.start >= from && p.start - sentence.start < to),
    );
    if (fitting.length > 0 && !fitting.some((p) => question.includes(surname(p.person.name)))) return true;
  }
  return false;
}
