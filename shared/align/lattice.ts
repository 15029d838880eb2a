/**
 * The banded alignment lattice: Viterbi for the best bead sequence and forward-backward for each bead's posterior
 * probability (its confidence). Cell (i, j) means "the first i Chinese and j English sentences are aligned"; a bead
 * of shape (a, b) moves from (i - a, j - b) to (i, j). Only cells inside a band around the diagonal exist, which
 * keeps 1,000 x 1,000 sentences to a few hundred thousand cells.
 */

/** Bead shapes the aligner considers, as [Chinese count, English count]. */
export const SHAPES: readonly (readonly [number, number])[] = [
  [1, 1], [1, 2], [2, 1], [1, 0], [0, 1], [2, 2], [1, 3], [3, 1],
];

/** Per row i (0..n) the inclusive range of j that exists; lo > hi means the row is empty. */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

/** One bead of the best path. */
export interface PathBead {
  zhStart: number;
  zhEnd: number;
  enStart: number;
  enEnd: number;
  posterior: number;
}

/** Result of solving the lattice. */
export interface LatticeResult {
  beads: PathBead[];
  /** True when the best path ran along the band's edge, i.e. a wider band might find a better path. */
  touchedEdge: boolean;
}

/**
 * Solve the lattice. `cost(i, j, a, b)` is the cost (negative log score) of the bead that ends at cell (i, j) with
 * shape (a, b); Infinity forbids it. `temperature` scales costs into probabilities for the posteriors; with
 * `posteriors` false only the best path is computed (posterior 1), which is all a first pass needs. Returns null
 * when no path exists inside the band (the caller widens it).
 *
 * With `evaluate`, the beads returned are those of `evaluate` (a path found under another cost), each with its
 * posterior under this cost (0 when this cost forbids it): a second opinion on how sure one can be of each bead.
 */
export function solveLattice(
  n: number,
  m: number,
  band: Band,
  cost: (i: number, j: number, a: number, b: number) => number,
  temperature: number,
  fixedEdges: { lo: Int32Array; hi: Int32Array },
  posteriors = true,
  evaluate?: readonly PathBead[],
): LatticeResult | null {
  const { lo, hi } = band;
  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) rowStart[i + 1] = rowStart[i] + Math.max(0, hi[i] - lo[i] + 1);
  const cells = rowStart[n + 1];
  const S = SHAPES.length;
  const costs = new Float64Array(cells * S);
  const best = new Float64Array(cells).fill(Infinity);
  const back = new Int8Array(cells).fill(-1);
  const fwd = new Float64Array(cells).fill(-Infinity);
  const index = (i: number, j: number): number => (j < lo[i] || j > hi[i] ? -1 : rowStart[i] + j - lo[i]);

  const start = index(0, 0);
  if (start < 0) return null;
  best[start] = 0;
  fwd[start] = 0;
  const terms = new Float64Array(S);
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      const cell = rowStart[i] + j - lo[i];
      if (cell === start) continue;
      let bestCost = Infinity;
      let bestShape = -1;
      let maxTerm = -Infinity;
      for (let s = 0; s < S; s++) {
        const a = SHAPES[s][0];
        const b = SHAPES[s][1];
        terms[s] = -Infinity;
        costs[cell * S + s] = Infinity;
        if (i < a || j < b) continue;
        const prev = index(i - a, j - b);
        if (prev < 0 || best[prev] === Infinity) continue;
        const c = cost(i, j, a, b);
        costs[cell * S + s] = c;
        if (c === Infinity) continue;
        const total = best[prev] + c;
        if (total < bestCost) {
          bestCost = total;
          bestShape = s;
        }
        if (!posteriors) continue;
        const t = fwd[prev] - c / temperature;
        terms[s] = t;
        if (t > maxTerm) maxTerm = t;
      }
      best[cell] = bestCost;
      back[cell] = bestShape;
      if (posteriors && maxTerm > -Infinity) {
        let sum = 0;
        for (let s = 0; s < S; s++) if (terms[s] > -Infinity) sum += Math.exp(terms[s] - maxTerm);
        fwd[cell] = maxTerm + Math.log(sum);
      }
    }
  }
  const end = index(n, m);
  if (end < 0 || best[end] === Infinity) return null;

  // Backward pass: bwd[cell] = log of the total weight of all paths from cell to the end.
  const bwd = new Float64Array(cells).fill(-Infinity);
  bwd[end] = 0;
  for (let i = posteriors ? n : -1; i >= 0; i--) {
    for (let j = hi[i]; j >= lo[i]; j--) {
      const cell = rowStart[i] + j - lo[i];
      if (cell === end) continue;
      let maxTerm = -Infinity;
      for (let s = 0; s < S; s++) {
        terms[s] = -Infinity;
        const ni = i + SHAPES[s][0];
        const nj = j + SHAPES[s][1];
        if (ni > n || nj > m) continue;
        const next = index(ni, nj);
        if (next < 0) continue;
        const c = costs[next * S + s];
        if (c === Infinity || bwd[next] === -Infinity) continue;
        const t = bwd[next] - c / temperature;
        terms[s] = t;
        if (t > maxTerm) maxTerm = t;
      }
      if (maxTerm > -Infinity) {
        let sum = 0;
        for (let s = 0; s < S; s++) if (terms[s] > -Infinity) sum += Math.exp(terms[s] - maxTerm);
        bwd[cell] = maxTerm + Math.log(sum);
      }
    }
  }

  const total = fwd[end];
  if (evaluate) {
    return {
      touchedEdge: false,
      beads: evaluate.map((b) => {
        const a = b.zhEnd - b.zhStart;
        const bb = b.enEnd - b.enStart;
        const s = SHAPES.findIndex(([x, y]) => x === a && y === bb);
        const cell = index(b.zhEnd, b.enEnd);
        const prev = index(b.zhStart, b.enStart);
        const c = s < 0 || cell < 0 || prev < 0 ? Infinity : costs[cell * S + s];
        const logPost = c === Infinity ? -Infinity : fwd[prev] - c / temperature + bwd[cell] - total;
        return { ...b, posterior: Math.min(1, Math.exp(logPost)) };
      }),
    };
  }
  const beads: PathBead[] = [];
  let touchedEdge = false;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const cell = index(i, j);
    const s = back[cell];
    const a = SHAPES[s][0];
    const b = SHAPES[s][1];
    const prev = index(i - a, j - b);
    const logPost = posteriors ? fwd[prev] - costs[cell * S + s] / temperature + bwd[cell] - total : 0;
    beads.push({ zhStart: i - a, zhEnd: i, enStart: j - b, enEnd: j, posterior: Math.min(1, Math.exp(logPost)) });
    if ((j === lo[i] && lo[i] > fixedEdges.lo[i]) || (j === hi[i] && hi[i] < fixedEdges.hi[i])) touchedEdge = true;
    i -= a;
    j -= b;
  }
  beads.reverse();
  return { beads, touchedEdge };
}
