//! Plain words for protocols and outcomes, for the minutes.

use super::fraction::Fraction;
use super::protocol::{Base, Counting, QuorumRule, Scope, Threshold};

pub(crate) fn threshold(threshold: Threshold) -> String {
    match threshold {
        Threshold::MoreThan(f) => match (f.numerator(), f.denominator()) {
            (1, 2) => "more than half".into(),
            (2, 3) => "more than two-thirds".into(),
            (0, _) => "at least one vote in favour".into(),
            _ => format!("more than {f}"),
        },
        Threshold::AtLeast(f) => fraction_name(f).unwrap_or_else(|| format!("at least {f}")),
        Threshold::Unanimity => "unanimity".into(),
        Threshold::Consensus => "consensus".into(),
    }
}

fn fraction_name(f: Fraction) -> Option<String> {
    let name = match (f.numerator(), f.denominator()) {
        (1, 1) => "all",
        (1, 2) => "at least half",
        (2, 3) => "two-thirds",
        (3, 4) => "three-quarters",
        (1, 3) => "one-third",
        (3, 5) => "three-fifths",
        _ => return None,
    };
    Some(name.into())
}

pub(crate) fn base(base: Base) -> &'static str {
    match base {
        Base::VotesCast => "of votes cast",
        Base::YesNo => "of yes and no votes",
        Base::WithAbstentions => "of votes including abstentions",
        Base::Present => "of members present",
        Base::Membership => "of the membership",
    }
}

pub(crate) fn scope(scope: &Scope) -> String {
    match scope {
        Scope::Body => String::new(),
        Scope::Chamber(name) => format!(" in the {name} chamber"),
        Scope::EachChamber => " in each chamber".into(),
    }
}

pub(crate) fn counting(counting: Counting) -> &'static str {
    match counting {
        Counting::Heads => "",
        Counting::Weighted => " (weighted)",
        Counting::ChambersEqual => ", chambers counted equally",
    }
}

pub(crate) fn quorum_rule(rule: &QuorumRule) -> String {
    let strictly = |strict: bool| if strict { "more than" } else { "at least" };
    match rule {
        QuorumRule::PresentCount(n) => format!("at least {n} voting members present"),
        QuorumRule::PresentFraction {
            fraction, strict, ..
        } => {
            format!(
                "{} {fraction} of the voting members present",
                strictly(*strict)
            )
        }
        QuorumRule::PerChamber {
            fraction, strict, ..
        } => {
            format!(
                "{} {fraction} of each chamber's voting members present",
                strictly(*strict)
            )
        }
        QuorumRule::Participation { fraction, .. } => {
            format!("ballots from at least {fraction} of the voting members present")
        }
    }
}

/// "1 abstention", "2 abstentions".
pub(crate) fn counted(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
