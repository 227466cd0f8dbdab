export type Matrix = [number, number, number, number, number, number];

/** The product of two PDF transformation matrices [a b c d e f] (m applied after n). */
export function multiply(m: number[], n: number[]): Matrix {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m;
  const [g = 0, h = 0, i = 0, j = 0, k = 0, l = 0] = n;
  return [a * g + c * h, b * g + d * h, a * i + c * j, b * i + d * j, a * k + c * l + e, b * k + d * l + f];
}
