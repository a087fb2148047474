import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const speakerOf = (text: string, words: string): string | null | undefined =>
  analyzeArticle(text).quotes.find((q) => q.text.includes(words))?.speaker;

it("never credits a body's reported clause to the person it is about (audit 54's B-a54-1)", () => {
  const text = [
    'Grant row deepens',
    '',
    'Prime Minister Dana Corwell met the party leaders on Sunday to discuss the grant bill.',
    '',
    'Corwell has backed the bill for months. "We will not abandon the families," Corwell said last week.',
    '',
    'In a statement on Monday evening, the Prime Minister\'s Office said that Prime Minister Dana Corwell "backs a solution that helps every family" and that contacts between the partners were ongoing.',
  ].join('\n');
  expect(speakerOf(text, 'backs a solution')).not.toBe('Dana Corwell');
  // Control: her own tagged words stay hers.
  expect(speakerOf(text, 'We will not abandon')).toBe('Dana Corwell');
});

it('credits a relayed quotation to no one rather than to the relative who relays it (B-a54-2)', () => {
  const relayed = [
    'Care home row',
    '',
    'His son, Peter Maddox, told reporters that the home phoned him the next morning and said his father had "a small stumble."',
  ].join('\n');
  expect(speakerOf(relayed, 'a small stumble')).toBeNull();
  const coordinated = [
    'Care home row',
    '',
    'The lawyer, Mark Oden, told the court that the insurer wrote to him and said the loss was "a rounding error."',
  ].join('\n');
  expect(speakerOf(coordinated, 'a rounding error')).toBeNull();
  // Control: the relative's own report keeps its speaker, and a named relayed voice is that person's.
  const own = ['Care home row', '', 'Peter Maddox told reporters that the staff were "doing their best."'].join('\n');
  expect(speakerOf(own, 'doing their best')).toBe('Peter Maddox');
  const named = ['Care home row', '', 'Mark Oden said that Jane Roe told him the loss was "a rounding error."'].join(
    '\n',
  );
  expect(speakerOf(named, 'a rounding error')).toBe('Jane Roe');
});

it('resolves a pronoun subject fenced off by "however" like any other (B-a54-3)', () => {
  for (const aside of ['however', 'though', 'in turn']) {
    const text = [
      'Permit row',
      '',
      `The agency's chief, Kofi Mensah, confirmed the request. He, ${aside}, told reporters that the request was "still being studied" at the time.`,
    ].join('\n');
    expect(speakerOf(text, 'still being studied')).toBe('Kofi Mensah');
  }
});
