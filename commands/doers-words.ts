import type { Analysis } from '../src/core/analysis-types';
import { surname } from '../src/core/mentions-entity';

/** Determiners and possessives, no part of whom a name or phrase names ("the harbour board" is "harbour board"). */
const DETERMINER = /^(?:the|a|an|its|their|his|her)$/;

/**
 * Whether the analysis credits a statement or quote of the sentence `id` to the doer: "The harbour master said the
 * work could not wait because …" is Ruth Hale's reason when the speaker reading has resolved the role to her, though
 * her name is not in the sentence (review s46 B-r46-3).
 */
export function creditedTo(analysis: Analysis, id: number, doer: string): boolean {
  return speakersOf(analysis, id).some((speaker) => sameOne(speaker, doer));
}

/**
 * Whether the sentence `id` is shown to be another's: its words credited to someone other than the doer, or another
 * person named at its opening as its subject ("Anna Berg and Carl Moss signed … because …" when Ivo Lund is asked of).
 * Such a sentence does not answer what the doer did or why, whatever words it shares with the question.
 */
export function anothersSentence(analysis: Analysis, id: number, doer: string): boolean {
  if (speakersOf(analysis, id).some((speaker) => !sameOne(speaker, doer))) return true;
  const text = analysis.sentences.find((s) => s.id === id)?.text ?? '';
  // The opening run before the first lower-case word: "Councillor Vera Stahl" of "Councillor Vera Stahl said …".
  const cut = text.search(/(?<![\p{L}'’])\p{Ll}/u);
  const opening = (cut < 0 ? text : text.slice(0, cut)).split(/[^\p{L}'’-]+/u);
  return analysis.entities.some(
    (e) => e.type === 'person' && opening.includes(surname(e.name)) && !sameOne(e.name, doer),
  );
}

function speakersOf(analysis: Analysis, id: number): string[] {
  const said = [...analysis.statements, ...analysis.quotes].filter((s) => s.sentenceId === id);
  return said.flatMap((s) => s.speaker ?? []);
}

/** Whether `name` is (part of) the doer: each of its words is one of the doer's ("Hale" or "Ruth Hale" of "Ruth Hale"). */
function sameOne(name: string, doer: string): boolean {
  const words = (phrase: string) =>
    phrase
      .toLowerCase()
      .split(/[^\p{L}\p{N}-]+/u)
      .filter((w) => w && !DETERMINER.test(w));
  const of = new Set(words(doer));
  const own = words(name);
  return own.length > 0 && own.every((w) => of.has(w));
}
