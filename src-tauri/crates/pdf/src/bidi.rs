//! Direction of paragraphs and visual order of their runs (Unicode bidi algorithm).
//!
//! Shaping and wrapping work in logical (reading) order; a PDF draws left to right, so
//! each finished line is reordered here before it is placed.

use unicode_bidi::{BidiInfo, Level};

/// Embedding levels of one paragraph, one per byte of its text.
#[derive(Debug, Clone)]
pub struct Levels {
    /// The paragraph reads right to left: its lines are right-aligned.
    pub rtl: bool,
    pub levels: Vec<Level>,
}

/// Resolves the levels of `text`, taking the paragraph direction from its first strong
/// character, as a reader would.
pub fn levels(text: &str) -> Levels {
    // Almost every paragraph is left-to-right only; skip the full algorithm for those.
    if !text.chars().any(is_strong_rtl_candidate) {
        return Levels {
            rtl: false,
            levels: vec![Level::ltr(); text.len()],
        };
    }
    let info = BidiInfo::new(text, None);
    let rtl = info
        .paragraphs
        .first()
        .is_some_and(|paragraph| paragraph.level.is_rtl());
    Levels {
        rtl,
        levels: info.levels,
    }
}

/// Characters from the right-to-left blocks (Hebrew, Arabic, Syriac, Thaana, N'Ko, …,
/// their presentation forms) and the explicit direction controls.
fn is_strong_rtl_candidate(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF
        | 0x1E800..=0x1EFFF | 0x200F | 0x202B | 0x202E | 0x2067)
}

/// The order in which to draw items with these levels, left to right (rule L2: reverse
/// every run at or above each odd level).
pub fn visual_order(levels: &[Level]) -> Vec<usize> {
    if levels.iter().all(|level| level.is_ltr()) {
        return (0..levels.len()).collect();
    }
    BidiInfo::reorder_visual(levels)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_arabic_paragraph_reads_right_to_left_and_reverses_its_words() {
        let text = "جمعية حماية العمال";
        let resolved = levels(text);
        assert!(resolved.rtl);
        let word_levels = [resolved.levels[0], resolved.levels[0], resolved.levels[0]];
        assert_eq!(visual_order(&word_levels), vec![2, 1, 0]);
    }

    #[test]
    fn a_latin_paragraph_with_an_arabic_name_keeps_latin_order_around_it() {
        let text = "Party: جمعية حماية (Egypt)";
        let resolved = levels(text);
        assert!(!resolved.rtl);
        let at = |s: &str| resolved.levels[text.find(s).expect("present")];
        let order = visual_order(&[at("Party"), at("جمعية"), at("حماية"), at("Egypt")]);
        assert_eq!(order, vec![0, 2, 1, 3]);
    }
}
