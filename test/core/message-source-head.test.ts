import { describe, expect, it } from 'vitest';
import { questionsOf } from '../support/questions-of';

/**
 * Review 47, B-r47-12: the message-source refusal ("Can anyone besides a notice …" is never asked: a notice carries
 * words and confirms nothing) read only the source phrase's bare last word before a preposition, so a participle
 * ("a notice posted on …") or any "with" ("a notice with the council's logo") let the message through as a person.
 * Copy written for the test; each case failed on main's head `13617e51`, each control passes on both.
 */

const FILLER = [
  'The harbour board met on Monday to discuss the repairs.',
  'The board meets again in March to set the fares.',
];

const line = (source: string) => `According to ${source}, the pier will reopen in the summer of 2028. ${FILLER[0]}`;

describe('a message whose head comes before a participle or a "with" names no one to confirm', () => {
  it('"a notice posted on the pier gates": the head is "notice", not the participle', () => {
    const asked = questionsOf(line('a notice posted on the pier gates'), FILLER[1]!);
    // Was "Can anyone besides a notice posted on the pier gates confirm that the pier will reopen …?".
    expect(asked.join(' ')).not.toMatch(/anyone besides a notice/);
    expect(asked).toContain(
      'Unverified: “According to a notice posted on the pier gates, the pier will reopen in the summer of 2028.”',
    );
  });

  it('"a notice with the council\'s logo": a "with" that names no one keeps it a message', () => {
    const asked = questionsOf(line("a notice with the council's logo posted on the pier gates"), FILLER[1]!);
    expect(asked.join(' ')).not.toMatch(/anyone besides a notice/);
  });

  it('control: a person posted at the gates is still a source to ask beside', () => {
    expect(questionsOf(line('a guard posted at the pier gates'), FILLER[1]!)).toContain(
      'Can anyone besides a guard posted at the pier gates confirm that the pier will reopen in the summer of 2028?',
    );
  });

  it('control: interviews with people name them as the source', () => {
    expect(questionsOf(line("interviews with the harbour master's friends"), FILLER[1]!)).toContain(
      "Can anyone besides interviews with the harbour master's friends confirm that the pier will reopen in the summer of 2028?",
    );
  });
});
