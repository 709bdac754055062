//! Sample matrices for benchmarks and tests of other crates (feature `fixtures`): never used by
//! the app itself.

use super::content::{Activity, Cell, DurationUnit, MatrixContent, MatrixParty, WorkDuration};
use super::raci::Raci;

const HEADINGS: [&str; 4] = ["Prevention", "Protection", "Prosecution", "Partnership"];

/// Knuth's MMIX linear congruential generator: the same grid on every machine and every run,
/// without a dependency.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        // The high bits of an LCG are the well-mixed ones.
        ((self.0 >> 33) % bound as u64) as usize
    }
}

/// A valid matrix of `activities` rows and `parties` columns, filled the way a large
/// partnership's grid is: one Accountable and one Responsible on most rows, a few Consulted
/// and Informed; a row in seventeen without an A and one in twenty-nine with a second, a row
/// in thirteen without an R and one in eleven with a second (unless the draw lands on a
/// column already taken); every fifth row needing funding, a third of those with no funder.
/// With two columns or more, the last never holds R or A, so at least one party is idle.
pub fn large_matrix(activities: usize, parties: usize) -> MatrixContent {
    let mut matrix = MatrixContent::empty("Regional responsibility matrix");
    matrix.title_fr = "Matrice régionale des responsabilités".to_string();
    matrix.parties = (1..=parties)
        .map(|n| MatrixParty {
            organisation_id: 1000 + n as i64,
            name: format!("Member organisation {n}"),
            short_name: format!("M{n}"),
        })
        .collect();
    let mut random = Lcg(0x5eed);
    let working_columns = if parties > 1 { parties - 1 } else { parties };
    matrix.activities = (0..activities)
        .map(|row| {
            let mut letters: Vec<Option<Raci>> = vec![None; parties];
            if working_columns > 0 {
                if row % 17 != 0 {
                    letters[random.below(working_columns)] = Some(Raci::Accountable);
                }
                if row % 29 == 0 {
                    letters[random.below(working_columns)] = Some(Raci::Accountable);
                }
                let responsible = match row % 13 {
                    0 => 0,
                    _ if row % 11 == 0 => 2,
                    _ => 1,
                };
                for _ in 0..responsible {
                    let column = random.below(working_columns);
                    if letters[column].is_none() {
                        letters[column] = Some(Raci::Responsible);
                    }
                }
            }
            for letter in letters.iter_mut().filter(|letter| letter.is_none()) {
                *letter = match random.below(100) {
                    0..=7 => Some(Raci::Consulted),
                    8..=15 => Some(Raci::Informed),
                    _ => None,
                };
            }
            let (accountable_and_responsible, others): (Vec<Cell>, Vec<Cell>) = matrix
                .parties
                .iter()
                .zip(letters)
                .filter_map(|(party, letter)| {
                    letter.map(|raci| Cell {
                        organisation_id: party.organisation_id,
                        raci,
                    })
                })
                .partition(|cell| matches!(cell.raci, Raci::Accountable | Raci::Responsible));
            // The letters that matter are typed first, as a secretariat does, so the cells are
            // not stored in column order.
            let cells = accountable_and_responsible
                .into_iter()
                .chain(others)
                .collect();
            let pillar = row * HEADINGS.len() / activities.max(1);
            let needs_funding = row % 5 == 0;
            Activity {
                id: row as u32 + 1,
                heading: HEADINGS[pillar].to_string(),
                label: format!("Activity {}", row + 1),
                label_fr: format!("Activité {}", row + 1),
                cells,
                needs_funding,
                funder: if needs_funding && row % 15 != 0 {
                    "International Labour Organization".to_string()
                } else {
                    String::new()
                },
                duration: (row % 3 == 0).then_some(WorkDuration {
                    amount: 1 + random.below(12) as u32,
                    unit: DurationUnit::Months,
                }),
                note: String::new(),
            }
        })
        .collect();
    matrix
}
