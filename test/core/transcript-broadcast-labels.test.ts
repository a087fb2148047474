import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * Session 50, fix50a (audit 51, B-a51-4): a broadcast transcript whose first label names the role before the name
 * ("HOST, KAREN KELLOWAY:") was read as no turn at all, so none of the guest's turns were quotes, the surname labels
 * ("KELLOWAY:", "DRUMM:") became organisations, and a "(LAUGHS)" note stood in the guest's words. The role is read off
 * the label (transcript-labels.ts), a word ending two turn labels is no entity (speaker-labels.ts), and a stage
 * direction in capitals is dropped from the turn (transcript-quotes.ts). Copy written for the test.
 */
const TURNS = [
  'HOST, KAREN KELLOWAY: Joining me is Dr Pavel Drumm, who runs the Osterby ferry co-operative. How busy has it been?',
  'PAVEL DRUMM: Busier than any summer since we started.',
  'KELLOWAY: Some islanders say the fares are too high.',
  'DRUMM: (LAUGHS) They say that every year, and every year we hold them.',
];

function read(first: string) {
  const analysis = analyzeArticle(['Ferry chief on a record summer', first, ...TURNS.slice(1)].join('\n\n'));
  return {
    quotes: analysis.quotes.map((q) => [q.speaker, q.text]),
    statementSpeakers: analysis.statements.map((s) => s.speaker),
    organizations: analysis.entities.filter((e) => e.type === 'organization').map((e) => e.name),
  };
}

describe('a broadcast transcript with a role before the first label', () => {
  it("credits each turn to its label's person and drops the stage direction", () => {
    const { quotes } = read(TURNS[0]!);
    expect(quotes.map(([speaker]) => speaker)).toEqual([
      'Karen Kelloway',
      'Pavel Drumm',
      'Karen Kelloway',
      'Pavel Drumm',
    ]);
    expect(quotes[3]![1]).toBe('They say that every year, and every year we hold them.');
  });

  it('makes no organisation of a surname label, and no statement speaker of a label', () => {
    const { organizations, statementSpeakers } = read(TURNS[0]!);
    expect(organizations).toEqual([]);
    expect(statementSpeakers.filter((s) => s.includes(':'))).toEqual([]);
  });

  it('control: the same turns with a plain first label were read before', () => {
    const { quotes } = read(TURNS[0]!.replace('HOST, KAREN KELLOWAY:', 'KAREN KELLOWAY:'));
    expect(quotes[1]).toEqual(['Pavel Drumm', 'Busier than any summer since we started.']);
  });
});
