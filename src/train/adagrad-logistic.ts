/**
 * Full-batch logistic regression over sparse binary features for the follow-up scorer (train-followups.ts), with
 * the feature vocabulary it is fitted on.
 */

const MIN_COUNT = 8;
const EPOCHS = 300;
const RATE = 0.3;
const L2 = 1e-2;

interface Example {
  features: number[];
  label: number;
}

/**
 * Full-batch logistic regression with Adagrad steps from a zero start: deterministic, so the saved
 * model reproduces byte for byte. `log` prints the loss every fifty epochs.
 */
export function adagradLogistic(examples: Example[], size: number, log: boolean): Float64Array {
  const weights = new Float64Array(size);
  const history = new Float64Array(size);
  const n = examples.length;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = new Float64Array(size);
    let loss = 0;
    for (const ex of examples) {
      let z = 0;
      for (const f of ex.features) z += weights[f]!;
      const p = 1 / (1 + Math.exp(-z));
      loss -= ex.label ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12);
      const g = p - ex.label;
      for (const f of ex.features) grad[f]! += g;
    }
    // Adagrad: each feature's step shrinks with its own gradient history, so rare words and the bias both settle.
    for (let j = 0; j < size; j++) {
      const g = grad[j]! / n + L2 * weights[j]!;
      history[j]! += g * g;
      weights[j]! -= (RATE * g) / (Math.sqrt(history[j]!) + 1e-8);
    }
    if (log && (epoch % 50 === 0 || epoch === EPOCHS - 1))
      process.stderr.write(`epoch ${epoch} loss ${(loss / n).toFixed(4)}\n`);
  }
  return weights;
}

/** Feature names seen at least MIN_COUNT times, sorted, and the examples as indices into them. */
export function encode(raw: Array<{ names: string[]; label: number }>): { vocab: string[]; examples: Example[] } {
  const counts = new Map<string, number>();
  for (const r of raw) for (const n of r.names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const vocab = [...counts.entries()]
    .filter(([, c]) => c >= MIN_COUNT)
    .map(([n]) => n)
    .sort();
  const indexOf = new Map(vocab.map((n, i) => [n, i]));
  const examples = raw.map((r) => ({
    features: r.names.map((n) => indexOf.get(n)).filter((i): i is number => i !== undefined),
    label: r.label,
  }));
  return { vocab, examples };
}
