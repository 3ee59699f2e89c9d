//! How far suggested groups agree with the themes people made: the adjusted Rand index (0 by
//! chance, 1 the same grouping) and normalised mutual information (with what the same group
//! sizes give by chance to compare against, since many small groups raise it on their own).
//! Used to measure suggestions against the finished workshop and a set written by meaning,
//! never to tune them at run time.

use std::collections::HashMap;

/// The adjusted Rand index of two labellings of the same items (Hubert and Arabie): how
/// often pairs are together or apart in both, corrected for chance. 1 when they agree.
pub fn adjusted_rand_index(truth: &[usize], found: &[usize]) -> f64 {
    assert_eq!(truth.len(), found.len(), "two labellings of the same items");
    let n = truth.len() as f64;
    if truth.len() < 2 {
        return 1.0;
    }
    let pairs = |count: f64| count * (count - 1.0) / 2.0;
    let (table, rows, columns) = contingency(truth, found);
    let together: f64 = table.values().map(|&c| pairs(c as f64)).sum();
    let row_pairs: f64 = rows.values().map(|&c| pairs(c as f64)).sum();
    let column_pairs: f64 = columns.values().map(|&c| pairs(c as f64)).sum();
    let expected = row_pairs * column_pairs / pairs(n);
    let most = f64::midpoint(row_pairs, column_pairs);
    if (most - expected).abs() < f64::EPSILON {
        return 1.0;
    }
    (together - expected) / (most - expected)
}

/// Normalised mutual information (arithmetic mean of the two entropies): 0 when one
/// labelling says nothing about the other, 1 when they are the same grouping.
pub fn normalised_mutual_information(truth: &[usize], found: &[usize]) -> f64 {
    assert_eq!(truth.len(), found.len(), "two labellings of the same items");
    let n = truth.len() as f64;
    let (table, rows, columns) = contingency(truth, found);
    let entropy = |counts: &HashMap<usize, usize>| -> f64 {
        counts
            .values()
            .map(|&c| {
                let p = c as f64 / n;
                -p * p.ln()
            })
            .sum()
    };
    let (h_truth, h_found) = (entropy(&rows), entropy(&columns));
    if h_truth + h_found <= f64::EPSILON {
        return 1.0;
    }
    let mutual: f64 = table
        .iter()
        .map(|(&(row, column), &c)| {
            let c = c as f64;
            c / n * (c * n / (rows[&row] as f64 * columns[&column] as f64)).ln()
        })
        .sum();
    (2.0 * mutual / (h_truth + h_found)).clamp(0.0, 1.0)
}

/// The mean NMI of `found`'s group sizes dealt at random over the items (`rounds` times,
/// from a fixed seed): what the same sizes give by chance.
pub fn chance_nmi(truth: &[usize], found: &[usize], rounds: u32) -> f64 {
    let mut dealt = found.to_vec();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut total = 0.0;
    for _ in 0..rounds {
        // Fisher–Yates with xorshift: reproducible, and no crate for a test's shuffle.
        for i in (1..dealt.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let j = (state % (i as u64 + 1)) as usize;
            dealt.swap(i, j);
        }
        total += normalised_mutual_information(truth, &dealt);
    }
    total / f64::from(rounds.max(1))
}

type Counts = HashMap<usize, usize>;

/// How many items each pair of labels shares, and each label's size on either side.
fn contingency(
    truth: &[usize],
    found: &[usize],
) -> (HashMap<(usize, usize), usize>, Counts, Counts) {
    let mut table = HashMap::new();
    let mut rows = HashMap::new();
    let mut columns = HashMap::new();
    for (&t, &f) in truth.iter().zip(found) {
        *table.entry((t, f)).or_default() += 1;
        *rows.entry(t).or_default() += 1;
        *columns.entry(f).or_default() += 1;
    }
    (table, rows, columns)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_grouping_under_other_names_agrees_fully() {
        let truth = [0, 0, 1, 1, 2, 2];
        let renamed = [5, 5, 3, 3, 9, 9];
        assert!((adjusted_rand_index(&truth, &renamed) - 1.0).abs() < 1e-9);
        assert!((normalised_mutual_information(&truth, &renamed) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn a_known_case_gives_the_published_figures() {
        // Worked by hand (as scikit-learn defines them): ARI 8/33, NMI 0.5158.
        let truth = [0, 0, 0, 1, 1, 1];
        let found = [0, 0, 1, 1, 2, 2];
        assert!((adjusted_rand_index(&truth, &found) - 0.242_424).abs() < 1e-5);
        assert!((normalised_mutual_information(&truth, &found) - 0.515_804).abs() < 1e-5);
    }

    #[test]
    fn one_group_of_everything_says_nothing() {
        let truth = [0, 0, 1, 1, 2, 2, 3, 3];
        let lumped = [0; 8];
        assert!(adjusted_rand_index(&truth, &lumped).abs() < 1e-9);
        assert!(normalised_mutual_information(&truth, &lumped).abs() < 1e-9);
    }

    #[test]
    fn chance_is_near_zero_ari_and_below_a_real_match() {
        let truth: Vec<usize> = (0..60).map(|i| i / 10).collect();
        let chance = chance_nmi(&truth, &truth, 20);
        assert!(chance < 0.3, "{chance}");
        assert!(normalised_mutual_information(&truth, &truth) > chance + 0.5);
    }
}
