import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const speakers = (copy: string): Array<string | null> =>
  analyzeArticle(`Cabinet row\n\nThe cabinet met on Monday.\n\n${copy}`).quotes.map((q) => q.speaker);

/** Review s33 B-main-48: "the <role>" went to anyone whose role had the same head noun. */
describe('a description names the person whose role it fits, not every role with its head noun', () => {
  it.each([
    [
      'The housing minister, Jo Bell, resigned on Friday. "It was the right decision," the prime minister said.',
      'the prime minister',
    ],
    [
      "The health secretary, Wes Streeting, met nurses. 'We owe them a pay rise,' the foreign secretary said.",
      'the foreign secretary',
    ],
    ['The deputy mayor, Ann Fox, opened the bridge. "It is a great day," the mayor said.', 'the mayor'],
    ['Mayor Ann Fox opened the bridge. "It is a great day," the deputy mayor said.', 'the deputy mayor'],
    ['The assistant coach, Ray Dunn, left the club. "We wish him well," the coach said.', 'the coach'],
  ])('%s', (copy, speaker) => {
    expect(speakers(copy)).toEqual([speaker]);
  });

  it.each([
    ['The housing minister, Jo Bell, resigned on Friday. "It was the right decision," the minister said.', 'Jo Bell'],
    ['Jo Bell, the minister for housing, visited Leeds. "We will build," the housing minister said.', 'Jo Bell'],
    ['The former mayor, Ann Fox, opened the bridge. "It is a great day," the former mayor said.', 'Ann Fox'],
    ['The veteran senator Bob Reid spoke on Monday. "We will win," the senator said.', 'Bob Reid'],
    ['US President Joe Grant spoke on Monday. "We will win," the two-term president said.', 'Joe Grant'],
  ])('controls: %s', (copy, speaker) => {
    expect(speakers(copy)).toEqual([speaker]);
  });
});

/**
 * Session 49 (sp61): a role that names its place after the head ("the senator from Oregon") does not fit a
 * description that names another place before it ("the Nevada senator"): capitals alone say nothing, but a place
 * on each side that the other does not spell is two offices, as "housing" and "prime" are.
 */
describe('a place before the description against the place after the role', () => {
  const oregon = 'Rosa Quint, the senator from Oregon, toured a mill on Monday. Dale Brim campaigned in Reno. ';
  it.each([
    [`${oregon}The Nevada senator told reporters the race was "far from over."`, 'the Nevada senator'],
    [
      'Tom Asher, the bishop of Calder, opened the hall. "We are grateful," the Dunmore bishop said.',
      'the Dunmore bishop',
    ],
  ])('%s', (copy, speaker) => {
    expect(speakers(copy)).toEqual([speaker]);
  });

  it.each([
    [`${oregon}The Oregon senator told reporters the race was "far from over."`, 'Rosa Quint'],
    ['Tom Asher, the bishop of Calder, opened the hall. "We are grateful," the Calder bishop said.', 'Tom Asher'],
    ['Rosa Quint, the senator from Oregon, toured a mill. "We will win," the Oregonian senator said.', 'Rosa Quint'],
    ['Rosa Quint, the senator from Oregon, toured a mill. "We will win," the senator said.', 'Rosa Quint'],
  ])('controls: %s', (copy, speaker) => {
    expect(speakers(copy)).toEqual([speaker]);
  });
});

/**
 * Session 49, spk49c (review 50, B-r50-9): a party word before the head ("the Democratic senator") is no place, so it
 * does not clash with the place after the role ("senator from Maine"); a place before it still does.
 */
describe('a party word before the description is no other place', () => {
  const maine = 'Ruth Calloway, senator from Maine, opposed the dam plan on Wednesday after a long hearing. ';
  it.each([
    [`${maine}"We cannot flood this valley," the Democratic senator said in a statement.`, 'Ruth Calloway'],
    [`${maine}"We cannot flood this valley," the Republican senator said in a statement.`, 'Ruth Calloway'],
  ])('%s', (copy, speaker) => {
    expect(speakers(copy)).toEqual([speaker]);
  });

  it('control: a place before the head still names another senator', () => {
    expect(speakers(`${maine}"We cannot flood this valley," the Florida senator said in a statement.`)).toEqual([
      'the Florida senator',
    ]);
  });
});
