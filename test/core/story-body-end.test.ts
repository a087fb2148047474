import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const STORY = [
  'Orlen Tide Wins Port Contract for Silt Sensors',
  '',
  'TARROW, March 3, 2027 /Wire/ -- Orlen Tide Ltd, a maker of harbour monitoring equipment, today announced a contract to fit silt sensors at six ports on the north coast.',
  '',
  'The sensors warn harbour crews when silt builds up in a channel, and the first will be fitted at Tarrow Port in April.',
  '',
  '"Crews have waited a long time for this," said Ilse Varga, Operations Director of Orlen Tide. "Dredging will be planned, not rushed."',
  '',
  'Tarrow Port spent four million pounds on emergency dredging last year after two ferries ran aground.',
  '',
  'Each sensor sits on the channel floor and reports every hour by radio to the harbour office.',
  '',
  'The ports expect the sensors to cut emergency dredging by a third, though the contract does not say what happens if they fail.',
];

const BOILER_PLATE = [
  '',
  'About Orlen Tide',
  'Orlen Tide Ltd, founded in Tarrow in 1998, holds port contracts for its silt sensors at thirty harbours and employs 140 people.',
  '',
  'Forward-Looking Statements',
  'This release contains forward-looking statements about the contract and the sensors, which may differ materially from results.',
  '',
  'Media Contact:',
  'Ilse Varga',
  'press@orlentide.example',
  '',
  'SOURCE Orlen Tide Ltd',
];

function cited(text: string): { summary: string[]; questions: string[] } {
  const a = analyzeArticle(text);
  const textOf = (ids: number[]): string => ids.map((id) => a.sentences[id]!.text).join(' ');
  return {
    summary: a.summary.map((item) => textOf(item.sentenceIds)),
    questions: a.questions.map((q) => textOf(q.sentenceIds)),
  };
}

describe('storyBodyEnd (audit 51, B-a51-6)', () => {
  it("keeps a release's boiler plate out of the summary and the open questions", () => {
    const release = cited([...STORY, ...BOILER_PLATE].join('\n'));
    expect([...release.summary, ...release.questions].filter((text) => text.includes('1998'))).toEqual([]);
    expect(release).toEqual(cited(STORY.join('\n')));
  });

  it('keeps the boiler plate for answers: the release names its own contact', () => {
    const a = analyzeArticle([...STORY, ...BOILER_PLATE].join('\n'));
    expect(a.sentences.some((s) => s.text.includes('press@orlentide.example'))).toBe(true);
  });

  it('reads a story sentence opening on "About" as story (control)', () => {
    const late =
      'About forty harbour crews on the north coast will be trained to read the Orlen Tide silt sensors before the contract starts.';
    const a = analyzeArticle([...STORY, '', late].join('\n'));
    const id = a.sentences.findIndex((s) => s.text === late);
    expect(a.summary.some((item) => item.sentenceIds.includes(id))).toBe(true);
  });
});
