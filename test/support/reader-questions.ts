import { readFileSync } from 'node:fs';

/** The 872 labelled reader questions a chat rule must leave alone: 808 PolNeAR train, 64 held out. */
export function readerQuestions(): string[] {
  const files = [
    'labels/polnear-qa-train-a.jsonl',
    'labels/polnear-qa-train-b.jsonl',
    'test/fixtures/qa-holdout.jsonl',
  ];
  return files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { question: string }).question),
  );
}
