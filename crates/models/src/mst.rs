//! Maximum spanning arborescence (Chu-Liu-Edmonds) with exactly one dependent of the root.
//!
//! Node 0 is ROOT, node k is word k-1. Scores come as the parser's `arc_scores` rows:
//! `scores[i][j]` = score that word i's head is column j (0 = ROOT, k = word k-1).
//! `f32::NEG_INFINITY` marks an arc that should not be used; such arcs are still given a finite score below
//! every real one, so a tree always exists (used only when nothing else connects the words).
//!
//! The single-root constraint uses a constant penalty on root arcs larger than the score range of any
//! tree, so the best tree has one root arc, and among one-root trees the penalty changes nothing.

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
                                                       // s[d][h] over nodes 0..=n; row 0 (ROOT as dependent) is unused.
    let mut s = vec![vec![f64::NEG_INFINITY; n + 1]; n + 1];
    for d in 1..=n {
        for h in 0..=n {
            if h == d {
                continue;
            }
            let v = scores[d - 1].get(h).copied().unwrap_or(f32::NEG_INFINITY);
            let v = if v.is_finite() { f64::from(v) } else { forbidden };
            s[d][h] = if h == 0 { v - penalty } else { v };
        }
    }
    let heads = chu_liu_edmonds(&s);
    heads[1..].to_vec()
}

/// Maximum spanning arborescence rooted at node 0 over a dense score matrix `s[dependent][head]`
/// (`NEG_INFINITY` = no arc; the diagonal and row 0 are ignored). Returns `heads[node]`, `heads[0] == 0`.
pub fn chu_liu_edmonds(s: &[Vec<f64>]) -> Vec<usize> {
    let m = s.len();
    let mut tree = vec![0usize; m];
    for d in 1..m {
        tree[d] = best_head(&s[d], d);
    }
    let Some(cycle) = find_cycle(&tree) else {
        return tree;
    };
    let mut in_cycle = vec![false; m];
    for &c in &cycle {
        in_cycle[c] = true;
    }
    let rest: Vec<usize> = (0..m).filter(|&v| !in_cycle[v]).collect(); // rest[0] == 0 (ROOT)
    let cycle_score: f64 = cycle.iter().map(|&c| s[c][tree[c]]).sum();
    let k = rest.len(); // the contracted cycle is node k of the sub-problem
    let mut sub = vec![vec![f64::NEG_INFINITY; k + 1]; k + 1];
    for (a, &d) in rest.iter().enumerate() {
        for (b, &h) in rest.iter().enumerate() {
            sub[a][b] = s[d][h];
        }
    }
    // Arcs into the cycle: for head rest[b], the best cycle node to enter at.
    let mut enter = vec![cycle[0]; k];
    for (b, &h) in rest.iter().enumerate() {
        let mut best = f64::NEG_INFINITY;
        for &c in &cycle {
            let v = s[c][h] - s[c][tree[c]] + cycle_score;
            if v > best {
                best = v;
                enter[b] = c;
            }
        }
        sub[k][b] = best;
    }
    // Arcs out of the cycle: for dependent rest[a], the best cycle node as head.
    let mut leave = vec![cycle[0]; k];
    for (a, &d) in rest.iter().enumerate().skip(1) {
        let mut best = f64::NEG_INFINITY;
        for &c in &cycle {
            if s[d][c] > best {
                best = s[d][c];
                leave[a] = c;
            }
        }
        sub[a][k] = best;
    }
    let contracted = chu_liu_edmonds(&sub);
    let mut heads = tree;
    for (a, &d) in rest.iter().enumerate().skip(1) {
        heads[d] = if contracted[a] < k { rest[contracted[a]] } else { leave[a] };
    }
    let b = contracted[k];
    heads[enter[b]] = rest[b];
    heads
}

fn best_head(row: &[f64], d: usize) -> usize {
    let mut best = 0;
    let mut best_score = f64::NEG_INFINITY;
    for (h, &v) in row.iter().enumerate() {
        if h != d && (v > best_score || (h == 0 && best_score == f64::NEG_INFINITY)) {
            best = h;
            best_score = v;
        }
    }
    best
}

/// A cycle of `heads` (ignoring ROOT's self-loop), as its list of nodes.
fn find_cycle(heads: &[usize]) -> Option<Vec<usize>> {
    let m = heads.len();
    let mut state = vec![0u8; m]; // 0 unvisited, 1 on the current path, 2 done
    state[0] = 2;
    for start in 1..m {
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
