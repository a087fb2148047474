/**
 * Prints a seeded random sample of the answers that go wrong on our writers' 808 PolNeAR train
 * questions (unseen by the shipped model): wrong first citations on answerable questions, false
 * "doesn't say" and unanswerable questions answered, each with the question's type, the cited sentence and the labelled answer, for
 * reading by hand and classing by cause (docs/evaluation.md, "Thread answers"). The set is a
 * measure: read it to find error classes, never to choose a change.
 *
 * `npm run misses:answers -- --seed 16 --n 60` draws 60 of each kind; `-- --loss` instead prints where
 * every lost answerable question's answer sat in the ranking, by class and type (`--loss --list`: each one).
 */
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../core/analyze-article';
import { questionType } from '../core/question-type';
import { answerLoss, printAnswerLoss } from './answer-loss';
import { numberOption } from './number-option';
import { DEFAULT_EVAL_DIR, trainQuestionFiles } from './run-eval';
import { polnearOptions, scoreAnswers } from './score-answers';
import { seededShuffle } from './seeded-random';

function main(args: readonly string[]): void {
  const seed = numberOption(args, 'seed', 16);
  const n = numberOption(args, 'n', 60);
  const train = polnearOptions(DEFAULT_EVAL_DIR, 'train');
  if (args.includes('--loss')) {
    printAnswerLoss(answerLoss(trainQuestionFiles(), train.readText!, analyzeArticle), args.includes('--list'));
    return;
  }
  const score = scoreAnswers({
    evalDir: DEFAULT_EVAL_DIR,
    analyze: analyzeArticle,
    ...train,
    labelsPath: trainQuestionFiles(),
  });
  const answerable = score.misses.filter((m) => m.expected !== '');
  const kinds = [
    { name: 'wrong first citation', misses: answerable.filter((m) => !m.abstained) },
    { name: 'false "doesn\'t say"', misses: answerable.filter((m) => m.abstained) },
    { name: 'unanswerable answered', misses: score.misses.filter((m) => m.expected === '') },
  ];
  console.log(
    `seed ${seed}, ${n} of each kind; top-1 ${score.top1.toFixed(3)}, abstention ${score.abstention.toFixed(3)}, ` +
      `false "doesn't say" ${score.falseAbstained} of ${score.answerable}, ranking alone ${score.rankingTop1.toFixed(3)}`,
  );
  for (const kind of kinds) {
    const drawn = seededShuffle(kind.misses, seed).slice(0, n);
    console.log(`\n## ${kind.name}: ${drawn.length} of ${kind.misses.length}\n`);
    drawn.forEach((m, i) => {
      console.log(`${i + 1}. [${questionType(m.question)}] ${m.question}  (${m.article})`);
      if (m.cited !== null) console.log(`   cited:  ${m.cited}`);
      console.log(`   answer: ${m.expected || '(none: the article does not say)'}\n`);
    });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
