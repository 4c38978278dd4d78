/**
 * The unbiased estimator of pass@k (Chen et al., "Evaluating Large Language Models Trained on
 * Code", 2021, the procedure the Couler paper follows for Table II): with n samples of which c
 * pass, the chance that at least one of k drawn without replacement passes,
 * 1 − C(n−c, k) / C(n, k), computed as a product so that large n does not overflow.
 *
 * @throws RangeError when the counts are not 0 ≤ c ≤ n and 1 ≤ k ≤ n.
 */
export function passAtK(n: number, c: number, k: number): number {
  if (!Number.isInteger(n) || !Number.isInteger(c) || !Number.isInteger(k) || c < 0 || c > n || k < 1 || k > n) {
    throw new RangeError(`pass@k needs whole numbers with 0 ≤ c ≤ n and 1 ≤ k ≤ n; got n=${n}, c=${c}, k=${k}.`);
  }
  if (n - c < k) return 1;
  let failAll = 1;
  for (let i = n - c + 1; i <= n; i += 1) failAll *= 1 - k / i;
  return 1 - failAll;
}
