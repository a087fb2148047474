/**
 * A packed array of `n` zeros, for a trainer's weights and gradients: `new Array(n).fill(0)` stays holey, and the
 * fits' inner loops, which read and write these thousands of times over every example, ran about a third slower on
 * it (the same numbers either way: only V8's storage differs).
 */
export function zeros(n: number): number[] {
  return Array.from({ length: n }, () => 0);
}
