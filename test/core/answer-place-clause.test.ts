import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { firstCited } from '../support/count-answers';

// Review s45 B-r45-16: "where does Ann Lee chair the board?" was answered by "Ann Lee, who chairs the board, spoke in
// Leeds": Leeds is where she spoke. A place answers only in a clause the asked verb heads. Invented copy.
const trust = analyzeArticle(`Library trust names new patron

By Rob Hale

Ann Lee, who chairs the board, spoke in Leeds on Monday about the library's future.

She said the trust would reopen the reading room in the spring.

Tom Reed chairs the finance committee in Bradford, where the trust keeps its accounts.

"Will the room reopen?" a reader asked Ms Lee after a talk in Otley.
`);

describe("a where-question's place stands in the asked act's clause", () => {
  it('the place of another act in the sentence does not answer', () => {
    expect(answerQuestion(trust, 'Where does Ann Lee chair the board?')).toMatchObject({
      answer: null,
      reason: 'The article says where something else happened, not where this did.',
    });
  });

  it('control: the place in the clause the verb heads answers, a relative clause after it aside', () => {
    expect(firstCited(trust, 'Where does Tom Reed chair the finance committee?')).toBe(
      'Tom Reed chairs the finance committee in Bradford, where the trust keeps its accounts.',
    );
  });

  it("control: the other act's own place still answers it", () => {
    expect(firstCited(trust, 'Where did Ann Lee speak?')).toBe(
      "Ann Lee, who chairs the board, spoke in Leeds on Monday about the library's future.",
    );
  });

  it('control: "after" is read as a preposition, so the place after it stays in the clause', () => {
    expect(firstCited(trust, 'Where was Ms Lee asked about the room?')).toBe(
      '"Will the room reopen?" a reader asked Ms Lee after a talk in Otley.',
    );
  });
});

// Review 47's note: "Where did Ann Lee train?" over "In Portree, where she trained as a pilot, …" cited another
// paragraph: the clause read for the act stopped at the relative "where", so the place it stands for (the part before
// it) was never read, and a sentence naming her with other acts' places stayed first. Invented copy.
describe('a relative "where" joins the place it stands for', () => {
  const pilot = analyzeArticle(`Harbour board picks new pilot

The Elmouth harbour board has chosen Mairi Dunn, a former ferry skipper, as its new pilot.

Dunn, who was born in Uig, will guide her first tanker into Elmouth harbour on Monday.

In Oban, where she trained as a skipper, old crewmates said she knew every buoy in the sound.

The board said Dunn had been picked from six candidates.
`);
  const OBAN = 'In Oban, where she trained as a skipper, old crewmates said she knew every buoy in the sound.';

  it('the sentence placing the asked act by its relative "where" answers', () => {
    expect(firstCited(pilot, 'Where did Mairi Dunn train?')).toBe(OBAN);
  });

  it('control: the act of the sentence naming her is still placed there', () => {
    expect(firstCited(pilot, 'Where was Mairi Dunn born?')).toBe(
      'Dunn, who was born in Uig, will guide her first tanker into Elmouth harbour on Monday.',
    );
  });

  it('the same sentence asked in its own words is answered, not refused as placing another act', () => {
    expect(firstCited(pilot, 'Where did Mairi Dunn train as a skipper?')).toBe(OBAN);
  });
});

// Issue 12 (ans67): the asked person's place told with a pronoun ("She was at a school prize day in Corsham …") ranks
// under a sentence that names her and says no place at all; a where-answer names a place or an occasion. Invented copy.
describe('a best naming no place gives way to the next-ranked that names one', () => {
  const council = analyzeArticle(`Brackwell council leader stands down

By Ffion Ellis

Councillor Rhian Tudor has stepped down as leader of Brackwell council after eleven years.

Tudor said the vote against her was something she had never heard of in local politics.

She was at a school prize day in Corsham when her deputy rang her with it.

Her deputy, Owen Price, will lead the council until the elections in May.

Tudor said she would stay on as a councillor for the Marsh ward.
`);
  const CORSHAM = 'She was at a school prize day in Corsham when her deputy rang her with it.';

  it('the pronoun sentence placing her answers', () => {
    expect(firstCited(council, 'where was Tudor when she heard about the vote?')).toBe(CORSHAM);
    expect(firstCited(council, 'where did Tudor hear about the vote?')).toBe(CORSHAM);
  });

  it('controls: a best that names a place stays first; so does one with no placed sentence near it', () => {
    expect(firstCited(council, 'where has Tudor been leader?')).toBe(
      'Councillor Rhian Tudor has stepped down as leader of Brackwell council after eleven years.',
    );
    expect(firstCited(council, 'where will Price lead the council?')).toBe(
      'Her deputy, Owen Price, will lead the council until the elections in May.',
    );
  });
});

// Review 49 B-r49-2: a best telling its occasion in progress ("as he was coiling ropes") stays first over a placed
// sentence below it, which may place a later act ("He later took the boy to the surgery in …"). Invented copy.
describe('a best telling the occasion in progress stays first', () => {
  const rescue = (saw: string, later: string) =>
    analyzeArticle(`Angler recalls harbour rescue

A retired angler who pulled a boy from the water at Keswarth harbour has said he did not stop to think.

${saw}

${later}

"Anyone would have jumped in," he said.
`);
  const SAW = 'Dougal Fyfe, 67, said he saw the boy slip as he was coiling ropes.';
  const LATER = 'He later took the boy to the surgery in Tollby, where a nurse checked him over.';

  it('a later act placed elsewhere does not come first', () => {
    expect(firstCited(rescue(SAW, LATER), 'where was Fyfe when he saw the boy slip?')).toBe(SAW);
  });

  it('control: with no occasion in the best, the sentence placing him comes first', () => {
    const ON = 'He was on the slipway at Keswarth at the time.';
    const story = rescue('Dougal Fyfe, 67, said he saw the boy slip.', ON);
    expect(firstCited(story, 'where was Fyfe when he saw the boy slip?')).toBe(ON);
  });
});
