import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { cleanArticle } from '../../src/core/clean-article';
import { CopyRoles } from '../../src/core/copy-roles';
import { indexPeople } from '../../src/core/people';
import { normalizeQuoteMarks } from '../../src/core/quote-marks';
import { splitSentences } from '../../src/core/split-sentences';

// Session 62 (perf62): readings of one article that two of its readers asked for are made once and shared (the
// quote marks, the speakers' roles, the people index of each sentence array). Each is exact: the second asker gets
// what a fresh reading gives. Invented copy in British style (single quotation marks), whose quote readers read
// other sentences than the entities and the questions do.
const COPY = [
  'Ferry timetable cut for winter',
  "The harbour master, Ines Vallory, said the late crossing would stop in November. 'We cannot crew it,' she said.",
  "Councillor Tom Brennick said the cut was 'a blow to the islands'. Ms Vallory said talks with the union went on.",
  "'Nobody wants this,' said the harbour master.",
].join('\n\n');

const sentencesOf = (text: string) => splitSentences(cleanArticle(text, {}));

describe('an article reading two readers ask for', () => {
  it('reads the quote marks of one sentence array once, as a fresh reading of the same sentences would', () => {
    const sentences = sentencesOf(COPY);
    const marked = normalizeQuoteMarks(sentences);
    expect(marked).not.toBe(sentences); // British style: the marks are rewritten
    expect(normalizeQuoteMarks(sentences)).toBe(marked);
    expect(normalizeQuoteMarks([...sentences])).toEqual(marked);
  });

  it('keeps one set of speakers\u2019 roles per sentence array', () => {
    const sentences = sentencesOf(COPY);
    expect(CopyRoles.of(sentences)).toBe(CopyRoles.of(sentences));
    expect(CopyRoles.of([...sentences])).not.toBe(CopyRoles.of(sentences));
    const person = indexPeople(sentences).lookup('Ines Vallory')!;
    expect(CopyRoles.of(sentences).role(person)).toBe(new CopyRoles(sentences).role(person));
  });

  it('gives the entities\u2019 index back after the quote readers asked for theirs', () => {
    const sentences = sentencesOf(COPY);
    const quoteSentences = normalizeQuoteMarks(sentences);
    const entities = indexPeople(sentences);
    const quotes = indexPeople(quoteSentences);
    expect(indexPeople(sentences)).toBe(entities);
    expect(indexPeople(quoteSentences)).toBe(quotes);
    expect(entities.people.map((p) => p.name)).toEqual(indexPeople([...sentences]).people.map((p) => p.name));
  });

  it('analyses the copy the same however often it is read', () => {
    const first = JSON.stringify(analyzeArticle(COPY));
    expect(JSON.stringify(analyzeArticle(COPY))).toBe(first);
    expect(analyzeArticle(COPY).quotes.map((q) => q.speaker)).toContain('Ines Vallory');
  });
});
