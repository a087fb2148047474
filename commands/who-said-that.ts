import type { Reply, ReplyItem } from '../src/app/reply';
import type { Analysis } from '../src/core/analysis-types';
import type { CitedSentence } from '../src/store/conversation-repository';
import { plainQuestion } from './plain-question';

/** "who said that?", "who says so?", "who's saying it?", "whose words are those?": about what was just cited. */
const ASKS_WHO_SAID_THAT =
  /^(?:(?:so|ok|okay|and|but|wait)\b[\s,]*)*(?:who (?:said|says|was saying) (?:it|that|this|so)|who(?:'s| is) saying (?:it|that|this|so)|whose (?:words|quote) (?:are|is|were|was) (?:those|these|that|this|it)|who(?:'s| is| was) that(?: quote)? from)$/;

/**
 * "who said that?" right after an answer in a brief's thread asks about the sentences that answer
 * cited, not about the whole story: the speakers of the quotes (or the reported statements) the
 * analysis finds in them, each with its words and place; a quote the article attributes to no one
 * says so, and a cited sentence with neither is said to name no speaker (the key quotes, which
 * the whole-story reading gave, are about other sentences). Undefined when the question is not
 * that or nothing was cited: the key quotes answer it then. Undefined too when a cited id no
 * longer holds the text the answer cited (the story re-stored with new text, or split into
 * sentences anew by another engine): naming whoever said the sentence now at that id would be a
 * wrong attribution.
 */
export function whoSaidThat(question: string, analysis: Analysis, cited: readonly CitedSentence[]): Reply | undefined {
  if (cited.length === 0 || !ASKS_WHO_SAID_THAT.test(plainQuestion(question))) return undefined;
  const byId = new Map(analysis.sentences.map((s) => [s.id, s]));
  if (!cited.every((c) => byId.get(c.id)?.text === c.text)) return undefined;
  const items: ReplyItem[] = [];
  for (const id of new Set(cited.map((c) => c.id))) {
    const sentence = byId.get(id);
    if (!sentence) continue;
    const note = `paragraph ${sentence.paragraph + 1}`;
    const quotes = analysis.quotes.filter((q) => q.sentenceId === id);
    for (const quote of quotes) {
      const said = `“${quote.text.replace(/\s+/g, ' ').trim().replace(/,$/, '.')}”`;
      items.push({
        text: quote.speaker
          ? `${opening(quote.speaker)} said it: ${said}`
          : `The article doesn't name who said it: ${said}`,
        note,
      });
    }
    if (quotes.length > 0) continue;
    const statements = analysis.statements.filter((s) => s.sentenceId === id);
    for (const statement of statements)
      items.push({
        text: `${opening(statement.speaker)} said it (reported, not quoted): ${sentence.text.trim()}`,
        note,
      });
    // Neither: the key quotes would answer about other sentences; say this one names no speaker.
    if (statements.length === 0)
      items.push({ text: `No speaker is named for this; the article reports it: ${sentence.text.trim()}`, note });
  }
  if (items.length === 0) return undefined;
  return { kind: 'answer', visibility: 'channel', sections: [{ style: 'paragraph', items }] };
}

/** A speaker that opens the line: "a reporter" reads "A reporter". */
function opening(speaker: string): string {
  return speaker.charAt(0).toUpperCase() + speaker.slice(1);
}
