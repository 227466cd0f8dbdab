/** One figure of `npm run bench`. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  /** The budget the value must stay under (or null when the figure is informational). */
  budget: number | null;
  met: boolean | null;
}

export function figure(name: string, value: number, unit: string, budget: number | null): BenchFigure {
  return {
    name,
    value: Math.round(value * 100) / 100,
    unit,
    budget,
    met: budget === null ? null : value <= budget,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
