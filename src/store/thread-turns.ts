import { citedSentences } from './cited-sentences';
import type { CitedSentence } from './conversation-repository';
import { storedJsonObjects } from './stored-json-objects';

/**
 * One question asked in a brief's thread, as the bot read it ("and why?" after "when did he resign?" is "why did he
 * resign?"), with the sentences its answer cited. An older row, from before the thread kept its questions, has only
 * the last answer's sentences: that turn's question is empty.
 */
export interface ThreadTurn {
  question: string;
  cited: CitedSentence[];
}

/** How many of a thread's questions are kept: enough for "and when?" and for "who said that?" two answers back. */
const KEPT_TURNS = 3;

/**
 * A thread's last questions, oldest first, as a store gives them back (SQLite's JSON text, PostgreSQL's jsonb), read
 * defensively as cited-sentences reads its column: a damaged value or entry is none. A row written before the thread
 * kept its questions (`turns` null) still gives its last answer's cited sentences, as one turn with no question.
 */
export function threadTurns(turns: unknown, cited: unknown): ThreadTurn[] {
  if (turns === null || turns === undefined) {
    const last = citedSentences(cited);
    return last.length > 0 ? [{ question: '', cited: last }] : [];
  }
  return storedJsonObjects(turns).flatMap(({ question, cited: sentences }) =>
    typeof question === 'string' ? [{ question, cited: citedSentences(sentences) }] : [],
  );
}

/** The turns kept once `turn` is added: the last KEPT_TURNS, oldest first. */
export function withTurn(turns: readonly ThreadTurn[], turn: ThreadTurn): ThreadTurn[] {
  return [...turns, turn].slice(-KEPT_TURNS);
}
