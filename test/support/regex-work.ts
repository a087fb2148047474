/**
 * The characters the regular expressions of a run walk, a count of work that does not move with the machine's load
 * (a test of growth that timed the wall failed at load 15–20, session 41). Every match, test, replace, split and
 * search runs through RegExp.prototype.exec once that is replaced (V8 then leaves its fast paths), so one wrapper sees
 * them all. A call is charged from where it starts (lastIndex for a global or sticky pattern) to the end of its match,
 * or to the text's end when it fails; an anchored pattern that fails is charged one, as it stops at once. Lookbehinds
 * and backtracking are not counted: the figure is a lower bound of the scan, exact enough to tell n from n².
 */
function regexWork(run: () => unknown): number {
  const exec = RegExp.prototype.exec;
  let walked = 0;
  RegExp.prototype.exec = function walk(this: RegExp, input: string): RegExpExecArray | null {
    const text = String(input);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, text);
    if (m) walked += m.index + m[0].length - from + 1;
    else
      walked += this.sticky || (this.source.startsWith('^') && !this.multiline) ? 1 : Math.max(1, text.length - from);
    return m;
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return walked;
}

/**
 * How the work of `run` grows from n to 2n to 4n: the second step's added work over the first's. A run whose work is
 * linear in n adds twice as much in the second step (2), one quadratic in n four times as much (4); the work every
 * run does whatever n (start-up, the headline) cancels out. `prepare(n)` makes the run's input outside the count
 * (review 53, B-r53-8: who is who's guard counted the analysis it reads, so a quadratic who-is-who under about a
 * seventh of the analysis's work passed). Only RegExp exec is seen: indexOf, includes and other string scans are not
 * counted, so a guard shows a pattern's scan gone, not every scan.
 */
export function workGrowth<T>(prepare: (n: number) => T, run: (prepared: T) => unknown, n: number): number {
  const [one, two, four] = [n, 2 * n, 4 * n].map((k) => {
    const prepared = prepare(k);
    return regexWork(() => run(prepared));
  });
  return (four! - two!) / (two! - one!);
}
