import { describe, expect, it } from 'vitest';
import {
  annotatedSource,
  listsSurname,
  namedSources,
  nameMentions,
  warrantedListing,
} from '../../src/eval/listed-people';

describe('listed people, judged from the annotation and the copy', () => {
  it('knows a source by the name heading its annotated span, not a name inside its apposition', () => {
    const sources = ['Peter Wehner, a former director under President George W. Bush who knows Mr. Ryan', 'he'];
    expect(annotatedSource('Peter Wehner', sources)).toBe(true);
    expect(annotatedSource('George W. Bush', sources)).toBe(false);
    expect(annotatedSource('Jason Miller', ['Trump campaign spokesman Jason Miller'])).toBe(true);
    expect(annotatedSource('Eva Resnick-Day', ['Eva Resnick-Day, an activist for the group,'])).toBe(true);
    // Another known given name with the surname is someone else.
    expect(annotatedSource('Bill Clinton', ['Hillary Clinton'])).toBe(false);
    // An honorific alone names a gender: Mr. Clinton is not Hillary, Mrs. Clinton is; Dr. says neither.
    expect(annotatedSource('Mr. Clinton', ['Hillary Clinton'])).toBe(false);
    expect(annotatedSource('Mrs. Clinton', ['Hillary Clinton'])).toBe(true);
    expect(annotatedSource('Mr. Clinton', ['Bill Clinton, the former president'])).toBe(true);
    expect(annotatedSource('Dr. Clinton', ['Hillary Clinton'])).toBe(true);
    expect(annotatedSource('Mr. Clinton', ['Clinton'])).toBe(true);
  });

  it('counts the surname as a name, and only the full name where a namesake could be meant', () => {
    expect(nameMentions('Rand Paul', 'Sen. Rand Paul spoke. Paul Ryan did not.')).toBe(1);
    expect(nameMentions('Rand Paul', 'Sen. Rand Paul spoke. Later Paul left.')).toBe(2);
    expect(nameMentions('Joseph R. Biden Jr.', 'Joseph R. Biden Jr. spoke. Biden Jr. left.')).toBe(2);
    const copy = 'Hillary Clinton spoke. Bill Clinton watched. Mrs. Clinton left, and Clinton waved.';
    expect(nameMentions('Hillary Clinton', copy)).toBe(2);
    expect(nameMentions('Bill Clinton', copy)).toBe(1);
    expect(nameMentions('Ann Clinton', 'The Clinton Foundation and Ann Clinton.')).toBe(1);
  });

  it('reads a given name the listed name itself writes as that person, no namesake (session 46)', () => {
    const copy = 'Counsel T. Nora Vell met the panel. Nora Vell left early, and Vell said little.';
    expect(nameMentions('T. Nora Vell', copy)).toBe(3);
  });

  it('control: another given name is still a namesake, and only the full name counts', () => {
    expect(
      nameMentions('T. Nora Vell', 'Counsel T. Nora Vell met the panel. Ruth Vell left, and Vell said little.'),
    ).toBe(1);
  });

  it('warrants a listing by either, and recalls the named sources the copy writes with a given name or title', () => {
    const copy = 'Sen. Rand Paul spoke. Police said so. Donald Trump said so; Trump left.';
    expect(warrantedListing('Rand Paul', [], copy)).toBe(false);
    expect(warrantedListing('Rand Paul', ['Sen. Rand Paul'], copy)).toBe(true);
    expect(warrantedListing('Donald Trump', [], copy)).toBe(true);
    expect(namedSources(['Police', 'Donald Trump', 'he'], copy)).toEqual(['Trump']);
  });

  it('finds a surname as a listed name’s last word, or its first when that is no given name', () => {
    expect(listsSurname(['Hillary Clinton', 'Xu Minghao'], 'Clinton')).toBe(true);
    // The annotation's "President Xu" is the listed "Xu Minghao": the family name written first.
    expect(listsSurname(['Hillary Clinton', 'Xu Minghao'], 'Xu')).toBe(true);
    // A known given name or an initial opens the name, so it is no surname: one rule for every line.
    expect(listsSurname(['Hillary Clinton', 'J. Minghao'], 'Hillary')).toBe(false);
    expect(listsSurname(['J. Minghao'], 'J.')).toBe(false);
    expect(listsSurname(['Xu Minghao'], 'Wang')).toBe(false);
  });

  it('reads a source named with a Gaelic prefix, letters outside ASCII, either apostrophe or a suffix (session 49)', () => {
    expect(annotatedSource('Moira McTavish', ['Sen. Moira McTavish (D-Vt.)'])).toBe(true);
    expect(annotatedSource('Declan O’Dowd', ["Harbour master Declan O'Dowd"])).toBe(true);
    expect(annotatedSource('Inés Peñalver', ['Inés Peñalver, a nurse,'])).toBe(true);
    expect(annotatedSource('Rufus T. Oakes III', ['Rufus T. Oakes III, a historian,'])).toBe(true);
    expect(nameMentions('Declan O’Dowd', "Declan O’Dowd spoke. Later O'Dowd left.")).toBe(2);
  });

  it('control: a name inside the apposition is still no source, and a plain name reads as before', () => {
    expect(annotatedSource('Ruth McTavish', ['Tom Dale, a former aide to Ruth McTavish,'])).toBe(false);
    expect(annotatedSource('Declan Dowd', ['Harbour master Declan Dowd'])).toBe(true);
    expect(nameMentions('Declan Dowd', 'Declan Dowd spoke. Later Dowd left.')).toBe(2);
  });

  it('reads the name a span gives after a post’s own "of" or apposed at its end (session 49)', () => {
    expect(annotatedSource('Marta L. Quill', ['Secretary of State Marta L. Quill'])).toBe(true);
    expect(annotatedSource('Ines Varga', ['A lawyer for the two hospitals, Ines Varga,'])).toBe(true);
  });

  it('control: a name inside the description is still no source', () => {
    expect(annotatedSource('Marta Quill', ['Tom Dale, a spokesman for Secretary of State Marta Quill'])).toBe(false);
    expect(annotatedSource('Marta Quill', ['supporters of Governor Marta Quill'])).toBe(false);
    expect(annotatedSource('Marta Quill', ['Friends of Marta Quill'])).toBe(false);
  });

  it('reads a relative’s "of" as naming someone else: the span’s source is the relative (review 50)', () => {
    expect(annotatedSource('Enda Rourke', ['Mother of Enda Rourke'])).toBe(false);
    expect(annotatedSource('Enda Rourke', ['Widow of Enda Rourke, Nuala Finch'])).toBe(false);
  });

  it('control: a post’s "of" still gives the name after it, and the apposed relative is the source', () => {
    expect(annotatedSource('Enda Rourke', ['Minister of Finance Enda Rourke'])).toBe(true);
    expect(annotatedSource('Enda Rourke', ['Director of Housing Enda Rourke'])).toBe(true);
    expect(annotatedSource('Nuala Finch', ['Widow of Enda Rourke, Nuala Finch'])).toBe(true);
  });
});
