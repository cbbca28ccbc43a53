/** One benchmark figure, printed with its target and whether it was met. */
export function report(
  group: string,
  name: string,
  value: number,
  unit: string,
  target: { max?: number; min?: number } = {},
): boolean {
  const met = (target.max === undefined || value <= target.max) && (target.min === undefined || value >= target.min);
  const goal =
    target.max !== undefined
      ? `target ≤ ${target.max} ${unit}`
      : target.min !== undefined
        ? `target ≥ ${target.min} ${unit}`
        : '';
  const verdict = goal ? (met ? 'PASS' : 'MISS') : '';
  console.log(`[${group}] ${name}: ${value.toFixed(2)} ${unit}${goal ? `  (${goal}) ${verdict}` : ''}`);
  return met;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}
