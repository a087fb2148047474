import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeArticle } from '../core/analyze-article';
import { type AttributionScore, formatAttribution } from './attribution-score';
import type { Analyzer } from './eval-corpus';
import { britishStyle, nytStyle } from './house-styles';
import { scoreAttribution } from './score-attribution';
import { formatPronounScore, type PronounScore, scorePronounSpeakers } from './score-pronoun-speakers';

/**
 * Quotes and speakers on every labelled corpus: BBC dev, PolNeAR train (fit) and dev (choice), and BBC
 * dev in two house styles of marks (British single quotes, the NYT feed's two apostrophes).
 */
export interface SpeakerReport {
  bbcDev: AttributionScore;
  polnearTrain: AttributionScore;
  polnearDev: AttributionScore;
  britishDev: AttributionScore;
  nytDev: AttributionScore;
  /** PolNeAR quotations whose source is a pronoun, against hand labels (the corpus gives them no speaker). */
  pronouns: PronounScore;
}

export function scoreSpeakers(options: { evalDir: string; analyze: Analyzer }): SpeakerReport {
  const { evalDir, analyze } = options;
  const bbc = { corpusDir: join(evalDir, 'bbc'), labelsPath: join(evalDir, 'labels', 'quotes-dev.jsonl'), analyze };
  const polnear = (split: string) => ({
    corpusDir: join(evalDir, 'polnear'),
    labelsPath: join(evalDir, 'polnear', `quotes-${split}.jsonl`),
    analyze,
  });
  return {
    bbcDev: scoreAttribution(bbc),
    polnearTrain: scoreAttribution(polnear('train')),
    polnearDev: scoreAttribution(polnear('dev')),
    britishDev: scoreAttribution({ ...bbc, transform: britishStyle }),
    nytDev: scoreAttribution({ ...bbc, transform: nytStyle }),
    pronouns: scorePronounSpeakers({ evalDir, analyze }),
  };
}

const strictFigures = (s: AttributionScore): string =>
  `accuracy ${(s.strictRight / s.withSpeaker).toFixed(3)} (${s.strictRight}/${s.withSpeaker}) precision ${(s.strictRight / s.named).toFixed(3)} (${s.strictRight}/${s.named})`;

export function formatSpeakerReport(report: SpeakerReport): string {
  return [
    'Quotes and speakers (score.py definitions; speaker precision = right among those named)',
    `  ${formatAttribution('BBC dev', report.bbcDev)}`,
    `  ${formatAttribution('PolNeAR train (fit)', report.polnearTrain)}`,
    `  ${formatAttribution('PolNeAR dev (choice)', report.polnearDev)}`,
    `  ${formatAttribution('British style (BBC dev, single quotes)', report.britishDev)}`,
    `  ${formatAttribution(`NYT style (BBC dev, " rewritten as '')`, report.nytDev)}`,
    `  strict (a name the label uses only as a modifier or possessor counts wrong, "Ted Cruz" for "a senior Cruz adviser"): ${[
      ['PolNeAR train', report.polnearTrain],
      ['PolNeAR dev', report.polnearDev],
      ['BBC dev', report.bbcDev],
    ]
      .map(([name, s]) => `${name} ${strictFigures(s as AttributionScore)}`)
      .join('; ')}`,
    formatPronounScore(report.pronouns),
  ].join('\n');
}

// Ad hoc: `npx tsx src/eval/score-speakers.ts [evalDir] [bbc|british|nyt|train|dev|nyt-dev] [-v]` prints figures and misses.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const evalDir = resolve(process.argv[2] ?? '../shared/eval');
  const which = process.argv[3];
  const verbose = process.argv.includes('-v');
  const analyze: Analyzer = (t) => analyzeArticle(t);
  const bbc = { corpusDir: join(evalDir, 'bbc'), labelsPath: join(evalDir, 'labels', 'quotes-dev.jsonl'), analyze };
  const runs: Array<[string, () => AttributionScore]> = [
    ['bbc', () => scoreAttribution(bbc)],
    ['british', () => scoreAttribution({ ...bbc, transform: britishStyle })],
    ['nyt', () => scoreAttribution({ ...bbc, transform: nytStyle })],
    ...['train', 'dev', 'nyt-dev'].map((split): [string, () => AttributionScore] => [
      split,
      () =>
        scoreAttribution({
          corpusDir: join(evalDir, 'polnear'),
          labelsPath: join(evalDir, 'polnear', `quotes-${split.replace('nyt-', '')}.jsonl`),
          analyze,
          transform: split === 'nyt-dev' ? nytStyle : undefined,
        }),
    ]),
  ];
  for (const [name, run] of runs) {
    if (which && which !== '-v' && which !== name) continue;
    const score = run();
    console.log(formatAttribution(name, score));
    if (verbose)
      for (const m of score.misses)
        console.log(
          `  ${m.what} ${m.article}: ${m.quote.slice(0, 70)} -> ${m.got ?? 'null'} (gold ${m.expected ?? '-'})`,
        );
  }
}
