//! Exact fractions p/q for thresholds, compared by cross-multiplication in i128.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// A non-negative fraction `numerator / denominator`, written "p/q" in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, specta::Type)]
#[specta(type = String)]
pub struct Fraction {
    numerator: u32,
    denominator: u32,
}

impl Fraction {
    pub const HALF: Fraction = Fraction {
        numerator: 1,
        denominator: 2,
    };
    pub const TWO_THIRDS: Fraction = Fraction {
        numerator: 2,
        denominator: 3,
    };
    pub const ONE_THIRD: Fraction = Fraction {
        numerator: 1,
        denominator: 3,
    };

    /// `None` when the denominator is zero.
    pub const fn new(numerator: u32, denominator: u32) -> Option<Fraction> {
        if denominator == 0 {
            None
        } else {
            Some(Fraction {
                numerator,
                denominator,
            })
        }
    }

    pub fn numerator(self) -> u32 {
        self.numerator
    }

    pub fn denominator(self) -> u32 {
        self.denominator
    }

    /// Compares `part / whole` with this fraction; `whole` must be positive.
    pub fn compare(self, part: u64, whole: u64) -> Ordering {
        let left = i128::from(part) * i128::from(self.denominator);
        let right = i128::from(self.numerator) * i128::from(whole);
        left.cmp(&right)
    }

    /// Is `part / whole` at least this fraction (or above it, when `strict`)?
    pub fn reached_by(self, part: u64, whole: u64, strict: bool) -> bool {
        match self.compare(part, whole) {
            Ordering::Greater => true,
            Ordering::Equal => !strict,
            Ordering::Less => false,
        }
    }

    /// The least whole number `n` with `n / whole` above this fraction (`strict`) or at least it.
    pub fn smallest_reaching(self, whole: u64, strict: bool) -> u64 {
        let product = u128::from(self.numerator) * u128::from(whole);
        let denominator = u128::from(self.denominator);
        let needed = if strict {
            product / denominator + 1
        } else {
            product.div_ceil(denominator)
        };
        u64::try_from(needed).unwrap_or(u64::MAX)
    }

    /// 0 ≤ p/q < 1.
    pub fn is_proper_or_zero(self) -> bool {
        self.numerator < self.denominator
    }

    /// 0 < p/q ≤ 1.
    pub fn is_positive_at_most_one(self) -> bool {
        self.numerator > 0 && self.numerator <= self.denominator
    }
}

impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.numerator, self.denominator)
    }
}

impl FromStr for Fraction {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (p, q) = text
            .trim()
            .split_once('/')
            .ok_or_else(|| format!("“{text}” is not a fraction like 2/3"))?;
        let numerator = p
            .trim()
            .parse::<u32>()
            .map_err(|_| format!("“{text}” is not a fraction like 2/3"))?;
        let denominator = q
            .trim()
            .parse::<u32>()
            .map_err(|_| format!("“{text}” is not a fraction like 2/3"))?;
        Fraction::new(numerator, denominator)
            .ok_or_else(|| format!("“{text}” has a zero denominator"))
    }
}

impl serde::Serialize for Fraction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Fraction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_from_the_catalogue() {
        let two_thirds = Fraction::TWO_THIRDS;
        let cases: &[(Fraction, u64, u64, bool, bool, &str)] = &[
            (
                two_thirds,
                6,
                9,
                false,
                true,
                "at least two-thirds: 6 of 9 passes",
            ),
            (
                two_thirds,
                5,
                8,
                false,
                false,
                "at least two-thirds: 5 of 8 fails",
            ),
            (
                two_thirds,
                2,
                3,
                false,
                true,
                "at least two-thirds: 2 of 3 passes",
            ),
            (
                Fraction::HALF,
                5,
                10,
                true,
                false,
                "more than half: 5 of 10 fails",
            ),
            (
                Fraction::HALF,
                6,
                10,
                true,
                true,
                "more than half: 6 of 10 passes",
            ),
            (
                Fraction::HALF,
                5,
                10,
                false,
                true,
                "at least half: 5 of 10 passes",
            ),
        ];
        for (fraction, part, whole, strict, expected, reason) in cases {
            assert_eq!(
                fraction.reached_by(*part, *whole, *strict),
                *expected,
                "{reason}"
            );
        }
    }

    #[test]
    fn smallest_number_reaching_a_threshold() {
        assert_eq!(Fraction::TWO_THIRDS.smallest_reaching(9, false), 6);
        assert_eq!(Fraction::TWO_THIRDS.smallest_reaching(8, false), 6);
        assert_eq!(Fraction::HALF.smallest_reaching(10, true), 6);
        assert_eq!(Fraction::HALF.smallest_reaching(9, true), 5);
        assert_eq!(Fraction::new(0, 1).unwrap().smallest_reaching(9, true), 1);
    }

    #[test]
    fn large_figures_do_not_overflow() {
        let big = u64::MAX / 2;
        assert!(Fraction::HALF.reached_by(big, big, true));
        assert!(!Fraction::new(u32::MAX, u32::MAX)
            .unwrap()
            .reached_by(big - 1, big, false));
    }

    #[test]
    fn parses_and_prints_p_over_q() {
        assert_eq!("2/3".parse::<Fraction>().unwrap(), Fraction::TWO_THIRDS);
        assert_eq!(Fraction::TWO_THIRDS.to_string(), "2/3");
        assert!("2/0".parse::<Fraction>().is_err());
        assert!("0.5".parse::<Fraction>().is_err());
    }
}
