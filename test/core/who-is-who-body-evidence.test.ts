import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';
import { typedAsBody } from '../../src/core/who-is-who-body-evidence';

const who = (title: string, paragraphs: string[]) => {
  const w = whoIsWho(analyzeArticle(paragraphs.join('\n\n'), { title }));
  return { people: w.people.map((p) => p.name), organizations: w.organizations };
};

/** Issue 13: a name the copy uses as a body's, with no person's evidence, leaves the people list for the organisations. */
describe('who is who moves a body the copy names like a person to the organisations line', () => {
  it('US style: a contractor named as a body that "said in a statement" is an organisation; people stay people', () => {
    const w = who('Defence contract questioned', [
      'Vantrell Holdings said in a statement that the contract had been awarded fairly.',
      '"We are proud of this work," Vantrell Holdings said.',
      'Senator Maria Quintero said the award would be reviewed.',
      'Oyelaran Bassey, who chairs the oversight panel, said in a statement that he would call witnesses.',
      '"We need answers," Oyelaran Bassey said.',
      // A name by its shape is a person's, however the copy uses it (review s33 B-org45-1).
      'Adaeze Okonkwo said in a statement that the panel was biased.',
      "Adaeze Okonkwo's office said the minister would not attend.",
    ]);
    expect(w.people).not.toContain('Vantrell Holdings');
    expect(w.organizations).toContain('Vantrell Holdings');
    expect(w.people).toEqual(expect.arrayContaining(['Maria Quintero', 'Oyelaran Bassey', 'Adaeze Okonkwo']));
  });

  it('British style: a group that "have warned", and the cut tail of "Halcombe and Simon", are no people', () => {
    const w = who('Retailers count the cost of rates rise', [
      'Halcombe and Simon said on Wednesday that higher rates would force it to close shops.',
      "'We have no choice,' Halcombe and Simon said.",
      'Drayfield Group have warned that prices will rise.',
      "'Prices will rise,' Drayfield Group said.",
      "Helen Marlow, the group's chief executive, said ministers had ignored the industry.",
      "'We are being punished,' Marlow said.",
    ]);
    expect(w.people).not.toContain('Simon');
    expect(w.people).not.toContain('Drayfield Group');
    expect(w.organizations).toContain('Drayfield Group');
    expect(w.people).toContain('Helen Marlow');
  });

  it('a name by its shape that the copy gives a body\'s plural ("have called") is an organisation (issue 13)', () => {
    const w = who('Pit closure march', [
      '"We will not be silenced," Cwmaber Colliers said in a statement on Monday.',
      'Cwmaber Colliers have called a march on the county hall for Saturday.',
      // A person by her shape keeps her place: nothing only a body has is said of her.
      'Eirlys Pritchard said in a statement that the council would meet the marchers.',
      '"We will listen," Eirlys Pritchard said.',
    ]);
    expect(w.people).not.toContain('Cwmaber Colliers');
    expect(w.organizations).toContain('Cwmaber Colliers');
    expect(w.people).toContain('Eirlys Pritchard');
  });

  it('a lone surname quoted, "said in a statement" and with an office, is never typed a body (review s33 B-org45-3)', () => {
    const w = who('Attack kills 12', [
      '"We will not give up," Marchenko said on Monday.',
      'Marchenko said in a statement that the attack had killed 12 people.',
      "Marchenko's office said he would travel to Brussels.",
    ]);
    expect(w.organizations).not.toContain('Marchenko');
  });

  it('controls: what types a body, read from the copy around the name', () => {
    expect(typedAsBody('Kestle Norr', "Kestle Norr's shares fell. Kestle Norr, which employs 300, said so.")).toBe(
      true,
    );
    expect(
      typedAsBody('Tamsin Ruel', "Tamsin Ruel said in a statement she was away. Tamsin Ruel's office agreed."),
    ).toBe(false);
    // "Todd Rokita and Brain Bosma have": the plural of a coordination is no body's.
    expect(typedAsBody('Ivo Brand', 'Ada Finch and Ivo Brand have said so.')).toBe(false);
    expect(typedAsBody('Brackwell Holdings', 'Nothing else.')).toBe(true);
  });
});

/** Review s35 B-who35-1: a person owns shares and has customers; only a body's head word and plural are a body's alone. */
describe('who is who keeps a person by the shape of the name who has shares or customers', () => {
  it('US style: "Ilvane Okonjo\'s shares rose", then quoted', () => {
    const w = who('Tycoon bets on batteries', [
      "Ilvane Okonjo's shares in the battery maker rose 6 percent on Tuesday.",
      'Okonjo said the rise was "only the beginning."',
    ]);
    expect(w.people).toContain('Ilvane Okonjo');
    expect(w.organizations).not.toContain('Ilvane Okonjo');
  });

  it('British style: "Tamsin Treloar\'s customers", single quotes', () => {
    const w = who('Bakery holds its ground', [
      "Tamsin Treloar's customers have stayed with her through the roadworks.",
      "Treloar said trade was 'better than we feared'.",
    ]);
    expect(w.people).toContain('Tamsin Treloar');
    expect(w.organizations).not.toContain('Tamsin Treloar');
  });

  it("control: a body's head word still moves a name with shares to the organisations line", () => {
    const w = who('Miner falls', [
      "Quellon Holdings's shares fell 9 percent.",
      '"We expected worse," Quellon Holdings said.',
    ]);
    expect(w.people).not.toContain('Quellon Holdings');
  });
});
