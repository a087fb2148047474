import type { Sentence } from './analysis-types';
import { boundedMemo } from './bounded-memo';
import type { PeopleIndex } from './people';
import type { ResolvedSpeaker } from './speaker-resolution';

/** A name (person or body) the index found in a sentence: [start, end) offsets into the input, and who. */
interface Named {
  start: number;
  end: number;
  speaker: ResolvedSpeaker;
}

/**
 * The document introduced indefinitely as someone's own: "in a written statement", "issued a statement", "said in
 * a brief statement". A maker after the noun ("a statement from the family") is someone else's document.
 */
const introduced = boundedMemo(
  (noun: string): RegExp =>
    new RegExp(
      String.raw`\b(?:in|issued|released|put out|sent|posted|published)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?${noun}\b(?!\s+(?:from|by|on behalf of)\b)`,
      'i',
    ),
  64,
);

function namesIn(sentence: Sentence, index: PeopleIndex): Named[] {
  const people = (index.mentions[sentence.id] ?? [])
    .filter((m) => !m.possessive)
    .map((m) => ({ start: m.start, end: m.end, speaker: { name: m.person.name, person: m.person } }));
  const bodies = (index.others[sentence.id] ?? [])
    .filter((o) => o.kind === 'organization')
    .map((o) => ({ start: o.start, end: o.end, speaker: { name: o.text, person: null } }));
  return [...people, ...bodies];
}

/**
 * The maker a sentence gives its document: the name that says it ("Bellwood said in a written statement", "In a
 * written statement, Bellwood said"), only when one name sits right at the reporting verb.
 */
function makerAt(sentence: Sentence, index: PeopleIndex, intro: RegExpExecArray, until: number): Named | null {
  const text = sentence.text.slice(0, until);
  const at = intro.index;
  const names = namesIn(sentence, index);
  const local = (n: Named): [number, number] => [n.start - sentence.start, n.end - sentence.start];
  // "Bellwood said in a written statement": the subject ends right before the verb that opens the phrase, past a
  // bracket the name carries ("Cheng Kuo-liang (鄭國良) said", "Ann Roe (D-Ore.) said"; audit 61, B-a61-7).
  const before = names.filter((n) => {
    const [, end] = local(n);
    return end <= at && /^(?:\s*\([^()]{1,40}\))?\s*,?\s*(?:said|says|added|wrote)\s*,?\s*$/i.test(text.slice(end, at));
  });
  // "In a written statement, Bellwood said": the subject opens the clause after the phrase's comma.
  const after = names.filter((n) => {
    const [start] = local(n);
    const gap = text.slice(at + intro[0].length, start);
    return start >= at + intro[0].length && /^(?:\s+(?:on|late|early|last|this)\s+\w+)?\s*,\s*$/i.test(gap);
  });
  const found = [...before, ...after];
  return found.length === 1 ? found[0]! : null;
}

/**
 * "“…,” the statement said." after "In a written statement, Bellwood said it “rejects” …": the statement is
 * Bellwood's, so Bellwood is the speaker (audit 54, B-a54-17). Only a maker named in the tag's sentence (before the
 * tag) or the one before counts; a statement the copy never gives a maker stays unattributed.
 */
export function statementMaker(
  noun: string,
  sentences: readonly Sentence[],
  sentenceId: number,
  tagStart: number,
  index: PeopleIndex,
): ResolvedSpeaker | null {
  const pattern = introduced(noun);
  for (const id of [sentenceId, sentenceId - 1]) {
    const sentence = sentences[id];
    if (!sentence) continue;
    const until = id === sentenceId ? tagStart - sentence.start : sentence.text.length;
    const intro = pattern.exec(sentence.text.slice(0, until));
    if (!intro) continue;
    return makerAt(sentence, index, intro, until)?.speaker ?? null;
  }
  return null;
}
