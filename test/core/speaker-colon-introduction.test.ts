import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Ferry timetable in brief\n\n${body}`).quotes.map((q) => q.speaker);

const lead = 'Islanders in Kelsby met on Thursday to discuss the winter ferry timetable.\n\n';
const words = '"Nobody on the island was asked before the winter sailings were cut."';

/**
 * Session 48 (sp60): a quotation introduced by a clause that ends on a colon and has no speech verb is what the
 * clause's subject wrote or said ("Priorities USA emailed a link with one sentence:", "Perez lobbies for a higher
 * minimum wage:": PolNeAR train credits such quotations to that subject). Only a subject read before the clause's
 * verb, and one the resolver finds in those words; a fronted subordinate clause or a round-up's dash label gives no one.
 */
describe('a colon introduction without a speech verb', () => {
  it('credits the subject of the sentence before', () => {
    expect(
      quoteSpeakers(`${lead}The Kelsby Ferry Users Group sent councillors a letter of one line:\n\n${words}`),
    ).toEqual(['the Kelsby Ferry Users Group']);
  });

  it("credits the subject of the quotation's own sentence", () => {
    expect(quoteSpeakers(`${lead}The harbour board set out its view in one line: ${words}`)).toEqual([
      'the harbour board',
    ]);
  });

  it('control: a named subject of its own sentence was found before (by the ranker)', () => {
    expect(quoteSpeakers(`${lead}Councillor Maren Tvedt pressed the ferry operator again: ${words}`)).toEqual([
      'Maren Tvedt',
    ]);
  });

  it('control: a speech verb before the colon was read before', () => {
    expect(quoteSpeakers(`${lead}Councillor Maren Tvedt said:\n\n${words}`)).toEqual(['Maren Tvedt']);
  });

  it('control: a fronted subordinate clause gives no one', () => {
    expect(
      quoteSpeakers(
        `${lead}As Councillor Maren Tvedt listened, the operator's chart showed one more thing:\n\n${words}`,
      ),
    ).toEqual([null]);
  });

  it('control: a subject that is no person or body gives no one', () => {
    expect(quoteSpeakers(`${lead}The cost of the cuts is shown by one figure from the survey:\n\n${words}`)).toEqual([
      null,
    ]);
  });

  it('control: a clause naming no one gives no one', () => {
    expect(quoteSpeakers(`${lead}Wait, it gets worse:\n\n${words}`)).toEqual([null]);
  });
});

/**
 * Session 48 (sp60c, review 49's B-r49-4): the clause's verb must make its subject the source, a WordNet verb of
 * communication or creation among its commonest senses (source-verb.ts). A verb of receiving or perceiving makes the
 * subject the recipient, and a passive clause's subject is not its agent: the quotation is left unattributed.
 */
describe("a colon introduction whose verb is not the subject's act of saying", () => {
  const ban = '"Anglers will not be allowed on the north pier until the spring."';

  it('a recipient is no speaker', () => {
    expect(
      quoteSpeakers(`${lead}Harbour users received a notice from the port authority on Monday:\n\n${ban}`),
    ).toEqual([null]);
  });

  it('a passive subject is no speaker', () => {
    expect(quoteSpeakers(`${lead}Harbour users were sent a notice by the port authority on Monday:\n\n${ban}`)).toEqual(
      [null],
    );
  });

  it('control: a body that posted the notice is its speaker', () => {
    expect(quoteSpeakers(`${lead}The port authority posted a notice on the pier gate on Monday:\n\n${ban}`)).toEqual([
      'the port authority',
    ]);
  });
});

/**
 * Session 48 (sp60c): the verb is read past an aside between commas after the subject, and past "be" + participle to
 * an infinitive the subject does; "be" with no infinitive (a passive) still gives no one (the test above).
 */
describe('the verb of a colon introduction is read past an aside and to an infinitive', () => {
  const rule = '"Anglers will not be allowed on the north pier until the spring."';

  it('an aside between commas is skipped', () => {
    expect(
      quoteSpeakers(
        `${lead}The port authority, in a notice on its website, set out its decision in one line:\n\n${rule}`,
      ),
    ).toEqual(['the port authority']);
  });

  it('an infinitive after "be" and a participle is the verb read', () => {
    expect(quoteSpeakers(`${lead}The port authority is obliged to publish one line:\n\n${rule}`)).toEqual([
      'the port authority',
    ]);
  });

  it('control: a recipient after an aside is still no speaker', () => {
    expect(
      quoteSpeakers(
        `${lead}Harbour users, in a letter on Monday, received a notice from the port authority:\n\n${rule}`,
      ),
    ).toEqual([null]);
  });
});
