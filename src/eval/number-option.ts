/** A whole-number command-line option (`--seed 16`), or the fallback when it is absent. */
export function numberOption(args: readonly string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number.parseInt(args[at + 1] ?? '', 10);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}
