import { describe, expect, it } from 'vitest';
import { claimedPlan } from '../../src/core/claimed-plan';
import { KIND_GATES } from '../../src/core/kind-gates';
import { lowerStart } from '../../src/core/lower-start';
import { unclear } from '../../src/core/phrase-question';
import { properWordsOf } from '../../src/core/proper-words-of';
import { findCues } from '../../src/core/question-cues';
import { unknownAndRefusal } from '../../src/core/unknown-and-refusal';

// Issue 13, session 62 (fu63): the classes sample 60 and review left open, in invented copy.

const ctx = (text: string) => ({ text, actor: null, mainActor: null, properWords: new Set(['Okafor', 'Tarvin']) });
const shapes = (text: string) => findCues(text, '', KIND_GATES).map((c) => c.shape);

describe("a source's claim about a planned thing is a claim to check, credited", () => {
  it('asks it as the source words it, not as an event to come', () => {
    expect(
      claimedPlan(
        ctx('Fishermen in Tarvin say a planned £12 million breakwater will close the old harbour next year.'),
      ),
    ).toBe(
      'Is it true, as fishermen in Tarvin say, that a planned £12 million breakwater will close the old harbour next year?',
    );
  });

  it('leaves a plan told with no source, and a thing not planned', () => {
    expect(claimedPlan(ctx('A planned breakwater will close the old harbour next year.'))).toBeNull();
    expect(claimedPlan(ctx('Okafor said the ferry will leave on Tuesday.'))).toBeNull();
  });
});

describe('a rhetorical "nobody can tell us why" names nothing unknown', () => {
  it('is no unknown cue when the wh-word ends the clause', () => {
    expect(shapes("'Nobody can tell us why,' said a trader on the quay.")).not.toContain('unclear');
    expect(shapes("'We pay more for less, and nobody in the council can tell us why,' Okafor said.")).not.toContain(
      'unclear',
    );
  });

  it('keeps one that names the unknown, and asks it without the addressee', () => {
    expect(shapes('Nobody can tell us why the clinic closed.')).toContain('unclear');
    expect(unclear(ctx('Nobody can tell us why the clinic closed.'))).toBe('Who can say why the clinic closed?');
    expect(unclear(ctx('No one at the trust could tell the families when the ward would reopen.'))).toBe(
      'Who can say when the ward would reopen?',
    );
  });
});

describe("a capital kept only inside a body's name is lowered at a sentence's opening", () => {
  const texts = [
    'Walnut growers have cut their prices.',
    "Stocks are high, the Western Walnut Exporters' Association said.",
    'Ford Motor Co. said on Tuesday it would cut jobs, according to Ann Baker.',
  ];
  const names = properWordsOf(texts, ["Western Walnut Exporters' Association", 'Ann Baker'], new Set(['Ann Baker']));

  it('lowers the common noun and keeps the name whole', () => {
    expect(lowerStart('Walnut growers have cut their prices', names)).toBe('walnut growers have cut their prices');
    expect(lowerStart('Western Walnut Exporters say stocks are high', names)).toBe(
      'Western Walnut Exporters say stocks are high',
    );
  });

  it("keeps a name's first word and a person's name", () => {
    expect(lowerStart('Ford workers will strike', names)).toBe('Ford workers will strike');
    expect(lowerStart('Baker said it was over', names)).toBe('Baker said it was over');
  });
});

describe('the unknown and the refusal are both asked wherever the unknown clause sits', () => {
  it('asks the writer’s unknown first when it closes the sentence', () => {
    expect(
      unknownAndRefusal(
        ctx(
          'The trust has declined to say whether the ward will reopen, and it is unclear how many nurses will be moved.',
        ),
      ),
    ).toBe('Who can say how many nurses will be moved, and will the ward reopen?');
  });
});

describe('a routine event on the date the copy gives asks nothing', () => {
  it('drops the future cue of a show held on an AP or a written-out date', () => {
    expect(shapes('The annual regatta will take place on Aug. 14.')).not.toContain('future');
    expect(shapes('The harbour festival will be held on 3 June as usual.')).not.toContain('future');
  });

  it('keeps a vote, a date in doubt and a condition', () => {
    expect(shapes('The vote will take place on Aug. 14.')).toContain('future');
    expect(shapes('The regatta will take place on Aug. 14 if the weather allows.')).toContain('future');
    expect(shapes('The regatta may be postponed, but it will take place on Aug. 14, organisers said.')).toContain(
      'future',
    );
  });
});
