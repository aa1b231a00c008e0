//! Maximum spanning arborescence (Chu-Liu-Edmonds) with exactly one dependent of the root.
//!
//! Node 0 is ROOT, node k is word k-1. Scores come as the parser's `arc_scores` rows:
//! `scores[i][j]` = score that word i's head is column j (0 = ROOT, k = word k-1).
//! `f32::NEG_INFINITY` marks an arc that should not be used; such arcs are still given a finite score below
//! every real one, so a tree always exists (used only when nothing else connects the words).
//!
//! The single-root constraint uses a constant penalty on root arcs larger than the score range of any
//! tree, so the best tree has one root arc, and among one-root trees the penalty changes nothing.
//!
//! The decoder works on one score matrix in place: a cycle is contracted into one of its nodes, whose row
//! and column are rewritten, and each cell remembers which arc of the original graph it stands for. Memory
//! is that one matrix whatever the number of contractions (a copy per contraction grew as the cube of the
//! sentence length); time is cubic at worst, so callers bound the words given to one tree
//! ([`MAX_TREE_WORDS`]).

/// Most words decoded as one tree; longer sentences are decoded piecewise by the caller.
pub const MAX_TREE_WORDS: usize = 256;

/// Heads (0 = ROOT, k = word k-1) of the best single-rooted tree over `scores.len()` words.
/// Every row must have `scores.len() + 1` columns.
pub fn decode_tree(scores: &[Vec<f32>]) -> Vec<usize> {
    let n = scores.len();
    if n == 0 {
        return Vec::new();
    }
    let finite = scores.iter().flatten().copied().filter(|s| s.is_finite()).map(f64::from);
    let (lo, hi) = finite.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), s| (lo.min(s), hi.max(s)));
    let (lo, hi) = if lo.is_finite() { (lo, hi) } else { (0.0, 0.0) };
    let span = (hi - lo) * n as f64 + 1.0;
    let forbidden = lo - span; // any tree using it scores below every tree that does not
    let penalty = 2.0 * span * (n as f64 + 1.0) + 1.0; // larger than the score range of all trees
    let mut graph = Graph::new(n + 1);
    for d in 1..=n {
        for h in 0..=n {
            if h == d {
                continue;
            }
            let v = scores[d - 1].get(h).copied().unwrap_or(f32::NEG_INFINITY);
            let v = if v.is_finite() { f64::from(v) } else { forbidden };
            graph.set(d, h, if h == 0 { v - penalty } else { v });
        }
    }
    let heads = graph.chu_liu_edmonds();
    heads[1..].to_vec()
}

/// A dense graph `score[dependent][head]` over nodes 0..m (0 = ROOT), with for every cell the arc of the
/// original graph it stands for once cycles are contracted.
struct Graph {
    m: usize,
    score: Vec<f64>,
    /// `(head, dependent)` in the original graph of the arc in each cell.
    arc: Vec<(u32, u32)>,
}

/// One contracted cycle: its nodes when it was contracted, the arcs between them (original node ids, in
/// the order of `members`) and the node that stood for the cycle afterwards.
struct Contraction {
    members: Vec<usize>,
    arcs: Vec<(u32, u32)>,
}

impl Graph {
    fn new(m: usize) -> Graph {
        let arc = (0..m * m).map(|i| ((i % m) as u32, (i / m) as u32)).collect();
        Graph { m, score: vec![f64::NEG_INFINITY; m * m], arc }
    }

    fn set(&mut self, d: usize, h: usize, v: f64) {
        self.score[d * self.m + h] = v;
    }

    fn at(&self, d: usize, h: usize) -> f64 {
        self.score[d * self.m + h]
    }

    /// Heads of the maximum arborescence rooted at node 0 (`heads[0] == 0`). `NEG_INFINITY` cells are no
    /// arcs; the diagonal and row 0 are ignored.
    fn chu_liu_edmonds(mut self) -> Vec<usize> {
        let m = self.m;
        let mut active = vec![true; m];
        // For a node folded into another: that node and the contraction's number.
        let mut folded: Vec<Option<(usize, usize)>> = vec![None; m];
        let mut contractions: Vec<Contraction> = Vec::new();
        let mut tree = vec![0usize; m];
        loop {
            for d in (1..m).filter(|&d| active[d]) {
                tree[d] = self.best_head(d, &active);
            }
            let Some(cycle) = find_cycle(&tree, &active) else { break };
            let step = contractions.len();
            contractions.push(self.contract(&cycle, &tree, &mut active));
            for &c in &cycle[1..] {
                folded[c] = Some((cycle[0], step));
            }
        }
        self.expand(&tree, &active, &folded, &contractions)
    }

    fn best_head(&self, d: usize, active: &[bool]) -> usize {
        let row = &self.score[d * self.m..(d + 1) * self.m];
        let mut best = 0;
        let mut best_score = f64::NEG_INFINITY;
        for (h, &v) in row.iter().enumerate() {
            if h != d && active[h] && (v > best_score || (h == 0 && best_score == f64::NEG_INFINITY)) {
                best = h;
                best_score = v;
            }
        }
        best
    }

    /// Folds `cycle` into its first node: arcs into the cycle are scored by the tree they would make
    /// (enter at the best node, drop that node's cycle arc), arcs out of it by the best member as head.
    fn contract(&mut self, cycle: &[usize], tree: &[usize], active: &mut [bool]) -> Contraction {
        let m = self.m;
        let rep = cycle[0];
        let arcs: Vec<(u32, u32)> = cycle.iter().map(|&c| self.arc[c * m + tree[c]]).collect();
        let cycle_score: f64 = cycle.iter().map(|&c| self.at(c, tree[c])).sum();
        for &c in cycle {
            active[c] = false;
        }
        // Arcs into the cycle, from every head outside it (ROOT included).
        let entering: Vec<(usize, f64, (u32, u32))> = (0..m)
            .filter(|&h| active[h])
            .map(|h| {
                let mut best = (f64::NEG_INFINITY, self.arc[cycle[0] * m + h]);
                for &c in cycle {
                    let v = self.at(c, h) - self.at(c, tree[c]) + cycle_score;
                    if v > best.0 {
                        best = (v, self.arc[c * m + h]);
                    }
                }
                (h, best.0, best.1)
            })
            .collect();
        for (h, v, arc) in entering {
            self.score[rep * m + h] = v;
            self.arc[rep * m + h] = arc;
        }
        // Arcs out of the cycle, to every dependent outside it.
        for d in (1..m).filter(|&d| active[d]) {
            let mut best = (f64::NEG_INFINITY, self.arc[d * m + cycle[0]]);
            for &c in cycle {
                if self.at(d, c) > best.0 {
                    best = (self.at(d, c), self.arc[d * m + c]);
                }
            }
            self.score[d * m + rep] = best.0;
            self.arc[d * m + rep] = best.1;
        }
        active[rep] = true;
        Contraction { members: cycle.to_vec(), arcs }
    }

    /// Original heads from the tree over the last graph, then each contraction undone, last first: all
    /// of a cycle's arcs are kept but the one into the member the tree enters the cycle at.
    fn expand(
        &self,
        tree: &[usize],
        active: &[bool],
        folded: &[Option<(usize, usize)>],
        contractions: &[Contraction],
    ) -> Vec<usize> {
        let m = self.m;
        let mut heads = vec![0usize; m];
        // For a node standing for a contracted cycle: the original node its tree arc enters.
        let mut entry: Vec<usize> = (0..m).collect();
        for d in (1..m).filter(|&d| active[d]) {
            let (h, dep) = self.arc[d * m + tree[d]];
            heads[dep as usize] = h as usize;
            entry[d] = dep as usize;
        }
        for (step, c) in contractions.iter().enumerate().rev() {
            let v = entry[c.members[0]];
            let entered = member_at(v, step, folded);
            for (&node, &(h, dep)) in c.members.iter().zip(&c.arcs) {
                if node == entered {
                    entry[node] = v;
                } else {
                    heads[dep as usize] = h as usize;
                    entry[node] = dep as usize;
                }
            }
        }
        heads
    }
}

/// The node that held original node `v` when contraction `step` was made.
fn member_at(mut v: usize, step: usize, folded: &[Option<(usize, usize)>]) -> usize {
    while let Some((into, at)) = folded[v] {
        if at < step {
            v = into;
        } else {
            break;
        }
    }
    v
}

/// A cycle of `heads` among the active nodes (ignoring ROOT's self-loop), as its list of nodes.
fn find_cycle(heads: &[usize], active: &[bool]) -> Option<Vec<usize>> {
    let m = heads.len();
    let mut state = vec![0u8; m]; // 0 unvisited, 1 on the current path, 2 done
    state[0] = 2;
    for start in (1..m).filter(|&s| active[s]) {
        let mut path = Vec::new();
        let mut v = start;
        while state[v] == 0 {
            state[v] = 1;
            path.push(v);
            v = heads[v];
        }
        if state[v] == 1 {
            let pos = path.iter().position(|&p| p == v).unwrap_or(0);
            return Some(path[pos..].to_vec());
        }
        for p in path {
            state[p] = 2;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    const X: f32 = f32::NEG_INFINITY;

    /// Brute force: best single-rooted tree by enumerating all head assignments.
    fn brute(scores: &[Vec<f32>]) -> (Vec<usize>, f32) {
        let n = scores.len();
        let mut best = (Vec::new(), f32::NEG_INFINITY);
        let mut heads = vec![0usize; n];
        loop {
            let roots = heads.iter().filter(|&&h| h == 0).count();
            let is_tree = roots == 1
                && (0..n).all(|i| {
                    let (mut v, mut steps) = (i + 1, 0);
                    while v != 0 && steps <= n {
                        v = heads[v - 1];
                        steps += 1;
                    }
                    v == 0
                })
                && (0..n).all(|i| heads[i] != i + 1);
            if is_tree {
                let total: f32 = (0..n).map(|i| scores[i][heads[i]]).sum();
                if total > best.1 {
                    best = (heads.clone(), total);
                }
            }
            let mut i = 0;
            while i < n && heads[i] == n {
                heads[i] = 0;
                i += 1;
            }
            if i == n {
                return best;
            }
            heads[i] += 1;
        }
    }

    fn total(scores: &[Vec<f32>], heads: &[usize]) -> f32 {
        heads.iter().enumerate().map(|(i, &h)| scores[i][h]).sum()
    }

    #[test]
    fn greedy_tree_is_kept() {
        // "forces fired": forces <- fired <- ROOT
        let scores = vec![vec![0.0, 0.0, 5.0], vec![5.0, 1.0, 0.0]];
        assert_eq!(decode_tree(&scores), vec![2, 0]);
    }

    #[test]
    fn two_cycle_is_broken() {
        // Words 1 and 2 prefer each other; word 2 is the better root.
        let scores = vec![vec![1.0, X, 10.0], vec![3.0, 10.0, X]];
        assert_eq!(decode_tree(&scores), vec![2, 0]);
    }

    #[test]
    fn three_cycle_with_outside_dependent() {
        // 1 -> 2 -> 3 -> 1 cycle (heads), word 4 hangs on word 1; entering at 3 is cheapest.
        let scores = vec![
            vec![0.0, X, 1.0, 9.0, 0.0],
            vec![0.0, 9.0, X, 1.0, 0.0],
            vec![4.0, 1.0, 9.0, X, 0.0],
            vec![0.0, 8.0, 0.0, 0.0, X],
        ];
        let heads = decode_tree(&scores);
        assert_eq!(heads, vec![3, 1, 0, 1]);
        assert_eq!(heads, brute(&scores).0);
    }

    #[test]
    fn single_root_even_when_two_roots_score_higher() {
        let scores = vec![vec![10.0, X, 1.0], vec![10.0, 1.0, X]];
        let heads = decode_tree(&scores);
        assert_eq!(heads.iter().filter(|&&h| h == 0).count(), 1);
        assert_eq!(total(&scores, &heads), 11.0);
    }

    #[test]
    fn forbidden_arcs_are_used_only_when_needed() {
        // Word 2 can only attach to ROOT, which would make two roots: it must take a forbidden arc.
        let scores = vec![vec![5.0, X, X], vec![1.0, X, X]];
        let heads = decode_tree(&scores);
        assert_eq!(heads, vec![0, 1]);
        assert!(decode_tree(&[vec![0.0, X]]) == vec![0]);
        assert!(decode_tree(&[]).is_empty());
    }

    #[test]
    fn matches_brute_force_with_forbidden_arcs() {
        // Nested cycles and arcs that must not be used: the in-place contraction must still find the best
        // tree (a third of the arcs forbidden, so some words have one possible head or none).
        let mut seed = 777u64;
        let mut next = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % 1000
        };
        for n in 2..=7 {
            for _ in 0..60 {
                let scores: Vec<Vec<f32>> = (0..n)
                    .map(|i| {
                        (0..=n)
                            .map(|j| {
                                let r = next();
                                if j == i + 1 || r < 330 {
                                    X
                                } else {
                                    (r % 97) as f32 / 10.0
                                }
                            })
                            .collect()
                    })
                    .collect();
                let heads = decode_tree(&scores);
                assert_eq!(heads.iter().filter(|&&h| h == 0).count(), 1, "{scores:?}");
                let (best_heads, best) = brute(&scores);
                if best.is_finite() {
                    assert!((total(&scores, &heads) - best).abs() < 1e-3, "{scores:?}: {heads:?} vs {best_heads:?}");
                }
                assert!(is_tree(&heads), "{scores:?}: {heads:?}");
            }
        }
    }

    fn is_tree(heads: &[usize]) -> bool {
        let n = heads.len();
        (0..n).all(|i| {
            let (mut v, mut steps) = (i + 1, 0);
            while v != 0 && steps <= n {
                v = heads[v - 1];
                steps += 1;
            }
            v == 0
        })
    }

    #[test]
    fn long_chains_of_cycles_give_a_tree() {
        // Every pair of words prefers each other: n/2 two-cycles, contracted one after another, then the
        // contracted nodes form cycles again. The old decoder copied its matrix at each of these steps.
        let n = MAX_TREE_WORDS;
        let scores: Vec<Vec<f32>> = (0..n)
            .map(|i| {
                let partner = if i % 2 == 0 { i + 2 } else { i };
                (0..=n)
                    .map(|j| {
                        if j == i + 1 {
                            X
                        } else if j == partner {
                            10.0
                        } else {
                            -(((i + j) % 7) as f32)
                        }
                    })
                    .collect()
            })
            .collect();
        let heads = decode_tree(&scores);
        assert_eq!(heads.len(), n);
        assert_eq!(heads.iter().filter(|&&h| h == 0).count(), 1);
        assert!(is_tree(&heads));
    }

    #[test]
    fn matches_brute_force_on_pseudo_random_matrices() {
        let mut seed = 12345u64;
        let mut next = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((seed >> 33) % 1000) as f32 / 100.0
        };
        for n in 1..=6 {
            for _ in 0..40 {
                let scores: Vec<Vec<f32>> =
                    (0..n).map(|i| (0..=n).map(|j| if j == i + 1 { X } else { next() }).collect()).collect();
                let heads = decode_tree(&scores);
                let (_, best) = brute(&scores);
                assert_eq!(heads.iter().filter(|&&h| h == 0).count(), 1, "{scores:?}");
                assert!((total(&scores, &heads) - best).abs() < 1e-3, "{scores:?}: {heads:?} vs {best}");
            }
        }
    }
}
