import { projectPath } from '../project-path';

/**
 * Where the lexicon builders read the labelled corpus: NEWSBRIEF_EVAL_DIR, else the shared/eval folder beside the
 * checkout (as `npm run eval` does). The builders had each written one machine's absolute path.
 */
export const EVAL_DIR = process.env.NEWSBRIEF_EVAL_DIR ?? projectPath('..', 'shared', 'eval');
