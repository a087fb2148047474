import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const analyse = (body: string) => analyzeArticle(`Lords debate the bill\n\n${body}`);
const speakers = (body: string): string[] => analyse(body).quotes.map((q) => q.speaker ?? '');
const listed = (body: string): string[] => whoIsWho(analyse(body)).people.map((p) => p.name);

/** Issue 13, review s35 B-sir36-1: a knight's or a peer's given name in who is who and the speakers. */
describe('"Lady <given name>" and an unresolved "Sir <given name>"', () => {
  it('British style: "Lady Hermione" after "Lady Hermione Cathcart" is her, as "Sir Alfred" is the knight', () => {
    const body =
      'Lady Hermione Cathcart, a crossbench peer, opened the debate on Tuesday.\n\n"The bill is not ready," Lady Hermione said.\n\n"We will send it back," Lady Hermione added.';
    expect(speakers(body)).toEqual(['Hermione Cathcart', 'Hermione Cathcart']);
    expect(listed(body)).toEqual(['Hermione Cathcart']);
  });

  it('British style: "Lord Rupert" after "Lord Rupert Denholm" is him', () => {
    const body =
      'Lord Rupert Denholm, a former minister, led the revolt.\n\n"This is a bad law," Lord Rupert said.\n\n"I will vote against it," Lord Rupert added.';
    expect(speakers(body)).toEqual(['Rupert Denholm', 'Rupert Denholm']);
  });

  it('two knights named John: who is who lists "Sir John" as the quote is printed, never a bare "John"', () => {
    const body =
      'Sir John Harrowby, the former chancellor, and the historian Sir John Pelling spoke at the launch.\n\n"It will not last," Sir John said.\n\n"Parliament must decide," Sir John added.';
    expect(speakers(body)).toEqual(['Sir John', 'Sir John']);
    const people = listed(body);
    expect(people).toContain('Sir John');
    expect(people).not.toContain('John');
  });

  it('two named together in one list, the second missed by the people index: the lone given name is neither', () => {
    // Review B-who37-1 / B-main-82: the count of full names must see the list's second name.
    const dames =
      'Dame Judi Kettering and Dame Judi Lowther opened the fete.\n\nDame Judi said the village had "never looked better".';
    expect(speakers(dames)).toEqual(['Dame Judi']);
    const ladies =
      'Lady Hermione Cathcart and Lady Hermione Vane opened the fete.\n\nLady Hermione said the village had "never looked better".';
    expect(speakers(ladies)).not.toContain('Hermione Cathcart');
    // Control: one dame in the list beside someone else is still resolved.
    const one =
      'Dame Judi Kettering and the mayor, Tom Lowther, opened the fete.\n\nDame Judi said the village had "never looked better".';
    expect(speakers(one)).toEqual(['Judi Kettering']);
  });

  it('US wire style: a lone "Sir Alfred" with two Sir Alfreds named is listed whole', () => {
    const body =
      'Sir Alfred Pennington and Sir Alfred Morley attended the ceremony Tuesday in London.\n\n"It was an honor," Sir Alfred said.\n\n"We will be back next year," Sir Alfred said.';
    expect(listed(body)).toEqual(['Sir Alfred']);
  });

  it('controls: "Lord Sugar" is a surname, "Lady Thatcher" too; two Lady Hermiones resolve to neither', () => {
    const sugar =
      'Lord Alan Sugar, the businessman, attacked the budget.\n\n"It is a disaster for small firms," Lord Sugar said.';
    expect(speakers(sugar)).toEqual(['Alan Sugar']);
    const thatcher =
      'Margaret Thatcher was prime minister for eleven years.\n\n"The lady\'s not for turning," Lady Thatcher said in 1980.';
    expect(speakers(thatcher)).not.toContain('Margaret');
    const two =
      'Lady Hermione Cathcart opened the debate.\n\nLady Hermione Vane replied for the government.\n\n"The bill is not ready," Lady Hermione said.';
    expect(speakers(two)).not.toContain('Hermione Cathcart');
    expect(speakers(two)).not.toContain('Hermione Vane');
  });
});
