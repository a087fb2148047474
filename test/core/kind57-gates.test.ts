import { describe, expect, it } from 'vitest';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

/**
 * kind57 (issue 13, sample 38's kind misreads): "opposition to" naming a position held, a verb of challenge in an
 * infinitive that only asks for it, refuses it or is ready to make it (neither disputes anything), and a speaker's own
 * "I wouldn't say" (which withholds nothing). Copy written for the test, in US and British house styles.
 */
const shapes = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.shape);
const kinds = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.kind);

describe('"opposition to" a policy, a deal or a person is a position held', () => {
  it.each([
    'Opposition to the bypass has also galvanised residents of the valley, helping two independents win seats on the council.',
    'The depot plan came as several councillors reaffirmed their opposition to Mayor Okafor, underscoring divisions over a leader who spent much of her term attacking members of the board.',
    'Ms Varga went on to discuss her strong opposition to the sale of the harbour land to developers.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('challenge');
  });
  it.each([
    'The union voiced its opposition to the claim that the depot was losing money.',
    'The plan faced opposition from the two largest unions on the council.',
    'Councillors rejected the report on the depot as incomplete.',
    'Despite the opposition to the bypass, the council approved it in March.',
  ])('control: %s keeps its challenge cue', (text) => {
    expect(shapes(text)).toContain('challenge');
  });
});

describe('a challenge asked for, refused or held in reserve is not made', () => {
  it.each([
    'The council leader says he spoke to Mayor Okafor and asked her to condemn the threats no matter who sent them.',
    'In a direct appeal to residents, Ms Varga pleaded with them to reject the mayor’s brand of politics.',
    'The county’s party chairman has publicly called to reject the bypass as well.',
    'The statement said listings are checked by hand and that the firm reserved the right to reject any at its discretion.',
    'The former governor’s refusal to condemn the display of the old flag outside the town hall was never explained.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('challenge');
  });
  it.each([
    'The chairman went on to rebut the main points of the union’s letter, writing that staff had been consulted.',
    'Ms Varga has begun to rebut that criticism, campaigning for three council candidates in April.',
    'Mayor Okafor condemned the threats and said the police had been told.',
  ])('control: %s keeps its challenge cue', (text) => {
    expect(shapes(text)).toContain('challenge');
  });
});

describe('a speaker\'s own "I wouldn\'t say" withholds nothing', () => {
  it.each([
    '“She might be making promises I wouldn’t make, and saying things I wouldn’t say, but she means them,” the treasurer said.',
    '“I have said many times that I wouldn’t say what the mayor said,” Ms Varga told the meeting.',
    '“I did not say, you know, that the depot should close,” she said.',
  ])('%s', (text) => {
    expect(kinds(text)).not.toContain('unknown');
  });
  it.each([
    '“We have not said when the depot will close,” the firm’s spokesman said.',
    '“I wouldn’t say whether the mayor knew,” the treasurer said.',
    'The treasurer wouldn’t say.',
  ])('control: %s keeps its not-known cue', (text) => {
    expect(kinds(text)).toContain('unknown');
  });
});
