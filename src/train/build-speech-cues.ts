import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { speechCueRates } from './speech-cue-rates';

/**
 * Writes src/core/models/speech-cues.json (read by src/core/speech-cues.ts) from all 840 PolNeAR
 * train articles (speech-cue-rates.ts says how). Deterministic.
 *   npx tsx src/train/build-speech-cues.ts [evalDir]
 */
function main(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const evalDir = resolve(process.argv[2] ?? join(root, '../shared/eval'));
  const words = speechCueRates(evalDir);
  const path = join(root, 'src/core/models/speech-cues.json');
  writeFileSync(path, `${JSON.stringify({ words }, null, 1)}\n`);
  console.log(`wrote ${path}: ${Object.keys(words).length} cue words`);
}

main();
