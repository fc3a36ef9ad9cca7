import { Matrix, solve } from 'ml-matrix';

/** Rows of features (each of length d) and a 0/1 label per row. */
export interface Samples {
  x: Float64Array[];
  y: Uint8Array;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * L2-regularized logistic regression by Newton's method (iteratively
 * reweighted least squares): the gradient and Hessian are summed over the
 * rows here, the d×d system is solved by ml-matrix. The bias (feature 0) is
 * not shrunk. Converges in a handful of steps for a few dozen features.
 */
export function fitLogistic(data: Samples, lambda: number, steps = 25): number[] {
  const d = data.x[0]!.length;
  const w = new Float64Array(d);
  for (let step = 0; step < steps; step++) {
    const grad = new Float64Array(d);
    const hess = Array.from({ length: d }, () => new Float64Array(d));
    for (let i = 0; i < data.x.length; i++) {
      const x = data.x[i]!;
      let z = 0;
      for (let k = 0; k < d; k++) z += x[k]! * w[k]!;
      const p = sigmoid(z);
      const r = data.y[i]! - p;
      const q = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a < d; a++) {
        const xa = x[a]!;
        if (xa === 0) continue;
        grad[a]! += r * xa;
        const row = hess[a]!;
        for (let b = a; b < d; b++) row[b]! += q * xa * x[b]!;
      }
    }
    for (let a = 0; a < d; a++) {
      for (let b = 0; b < a; b++) hess[a]![b] = hess[b]![a]!;
      if (a > 0) {
        grad[a]! -= lambda * w[a]!;
        hess[a]![a]! += lambda;
      } else hess[a]![a]! += 1e-9;
    }
    const delta = solve(new Matrix(hess.map((r) => Array.from(r))), Matrix.columnVector(Array.from(grad))).to1DArray();
    let change = 0;
    for (let k = 0; k < d; k++) {
      w[k]! += delta[k]!;
      change = Math.max(change, Math.abs(delta[k]!));
    }
    if (change < 1e-7) break;
  }
  return Array.from(w);
}

/** Mean log-loss and Brier score of probabilities `p` against labels `y`, and the share called right at 0.5. */
export function calibration(p: ArrayLike<number>, y: Uint8Array): { logLoss: number; brier: number; accuracy: number } {
  let ll = 0;
  let brier = 0;
  let right = 0;
  for (let i = 0; i < y.length; i++) {
    const q = Math.min(1 - 1e-9, Math.max(1e-9, p[i]!));
    ll -= y[i] ? Math.log(q) : Math.log(1 - q);
    brier += (q - y[i]!) ** 2;
    if (q >= 0.5 === (y[i] === 1)) right++;
  }
  const n = Math.max(1, y.length);
  return { logLoss: ll / n, brier: brier / n, accuracy: right / n };
}

export const predict = (x: Float64Array, w: readonly number[]): number => {
  let z = 0;
  for (let k = 0; k < x.length; k++) z += x[k]! * w[k]!;
  return sigmoid(z);
};
