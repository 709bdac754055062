//! The order names are listed in: as a reader looks them up, not as their bytes compare. Case,
//! accents and punctuation do not move a name ("Đà Nẵng" sits among the D, "Éclairée" among
//! the E, not after Z); they only break ties, so the order is total and stable.

use std::cmp::Ordering;

use crate::member_import::fold;
use crate::text::name_key;

/// Accent- and case-blind order of two names, the names as written deciding ties.
pub fn name_order(a: &str, b: &str) -> Ordering {
    fold(a)
        .cmp(&fold(b))
        .then_with(|| name_key(a).cmp(&name_key(b)))
        .then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(names: &[&str]) -> Vec<String> {
        let mut names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        names.sort_by(|a, b| name_order(a, b));
        names
    }

    #[test]
    fn accents_and_case_do_not_move_a_name_to_the_end() {
        assert_eq!(
            sorted(&[
                "Zonta Club",
                "Éclairée",
                "ecpat",
                "Đà Nẵng Women’s Union",
                "Dalit Forum"
            ]),
            [
                "Đà Nẵng Women’s Union",
                "Dalit Forum",
                "Éclairée",
                "ecpat",
                "Zonta Club"
            ]
        );
    }

    #[test]
    fn names_folding_alike_keep_a_fixed_order() {
        assert_eq!(name_order("Resilience", "Résilience"), Ordering::Less);
        assert_eq!(name_order("Résilience", "Resilience"), Ordering::Greater);
        assert_eq!(name_order("Same", "Same"), Ordering::Equal);
    }
}
