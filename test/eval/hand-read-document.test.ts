import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handReadDocument } from '../../src/eval/hand-read-document';
import { readRows } from '../../src/eval/sample-questions';

describe('handReadDocument: the hand-read readings spread over one file each', () => {
  it('joins the front page and the readings in their numbered order, so the draw still sees every earlier row', () => {
    const docs = mkdtempSync(join(tmpdir(), 'hand-read-'));
    mkdirSync(join(docs, 'hand-read-questions'));
    writeFileSync(
      join(docs, 'hand-read-questions.md'),
      '# Hand-read\n\n## Criteria\n\n| 9 | PolNeAR x | not a sample row |\n',
    );
    writeFileSync(
      join(docs, 'hand-read-questions', '002-sample-02.md'),
      '## Sample 2 (seed 1)\n\n| 1 | PolNeAR b | Will the pier reopen? |\n',
    );
    writeFileSync(
      join(docs, 'hand-read-questions', '001-sample-01.md'),
      '## Sample 1 (seed 1)\n\n| 1 | PolNeAR a | Who pays for the pier? |\n',
    );
    writeFileSync(join(docs, 'hand-read-questions', 'notes.txt'), '## Sample 3\n\n| 1 | PolNeAR c | ignored |\n');
    const text = handReadDocument(docs);
    expect(text.indexOf('## Sample 1')).toBeLessThan(text.indexOf('## Sample 2'));
    expect([...readRows(text, 3).keys()]).toEqual(['polnear/article/train/a.txt', 'polnear/article/train/b.txt']);
    expect([...readRows(text, 2).keys()]).toEqual(['polnear/article/train/a.txt']);
  });

  it("reads the repository's own readings: samples numbered from 1 with none missing or repeated", () => {
    const numbers = [...handReadDocument().matchAll(/^## Sample (\d+)/gm)].map((m) => Number(m[1]));
    expect(numbers.length).toBeGreaterThanOrEqual(48);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
});
