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

/// What a protocol means, in plain words, for the protocol editor.
pub fn describe(protocol: &super::protocol::Protocol) -> String {
    let parts: Vec<String> = protocol
        .requirements
        .iter()
        .map(|r| {
            let counted = match r.counting {
                Counting::Heads => "",
                Counting::Weighted => ", counting each member's weight",
                Counting::ChambersEqual => ", each chamber counting equally",
            };
            match r.threshold {
                Threshold::Unanimity => format!(
                    "every vote {}{} is in favour{counted}",
                    base_words(r.base),
                    scope(&r.scope)
                ),
                Threshold::Consensus => format!(
                    "no member{} objects and at least one is in favour",
                    scope(&r.scope)
                ),
                other => format!(
                    "{} {}{} are in favour{counted}",
                    threshold(other),
                    base_words(r.base),
                    scope(&r.scope)
                ),
            }
        })
        .collect();
    let mut sentence = format!("A motion is carried when {}", parts.join(", and "));
    let mut notes: Vec<String> = Vec::new();
    for base in protocol.requirements.iter().map(|r| r.base) {
        let note = match base {
            Base::VotesCast => "abstentions do not count",
            Base::YesNo => "abstentions and spoiled ballots do not count",
            Base::WithAbstentions => "abstentions count like votes against",
            Base::Present | Base::Membership => {
                "members who abstain or do not vote count like votes against"
            }
        };
        if !notes.iter().any(|n| n == note) {
            notes.push(note.to_string());
        }
    }
    for rule in &protocol.quorum {
        notes.push(format!(
            "{} must be {}",
            quorum_subject(rule),
            quorum_needed(rule)
        ));
    }
    if let Some(proxies) = protocol.proxies {
        notes.push(format!(
            "a present member may hold up to {} prox{}",
            proxies.max_per_holder,
            if proxies.max_per_holder == 1 {
                "y"
            } else {
                "ies"
            }
        ));
    }
    if protocol.split_votes {
        notes.push("a member may split its weight across choices".into());
    }
    if protocol.casting_vote {
        notes.push("the presiding member breaks a tie with a casting vote".into());
    }
    for note in notes {
        sentence.push_str("; ");
        sentence.push_str(&note);
    }
    sentence.push('.');
    sentence
}

fn base_words(base: Base) -> &'static str {
    match base {
        Base::VotesCast => "of the votes cast",
        Base::YesNo => "of the yes and no votes",
        Base::WithAbstentions => "of the votes, abstentions included,",
        Base::Present => "of the members present",
        Base::Membership => "of all the voting members",
    }
}

fn quorum_subject(rule: &QuorumRule) -> String {
    match rule {
        QuorumRule::PresentCount(n) => format!("at least {n} voting members"),
        QuorumRule::PresentFraction {
            fraction,
            strict,
            by,
        } => {
            format!(
                "{} {} of the voting members{}",
                if *strict { "more than" } else { "at least" },
                fraction_words(*fraction),
                by_words(*by)
            )
        }
        QuorumRule::PerChamber {
            fraction,
            strict,
            by,
        } => format!(
            "{} {} of each chamber's voting members{}",
            if *strict { "more than" } else { "at least" },
            fraction_words(*fraction),
            by_words(*by)
        ),
        QuorumRule::Participation { fraction, .. } => {
            format!(
                "ballots from at least {} of the voting members present",
                fraction_words(*fraction)
            )
        }
    }
}

fn quorum_needed(rule: &QuorumRule) -> &'static str {
    match rule {
        QuorumRule::Participation { .. } => "cast",
        _ => "present",
    }
}

fn fraction_words(f: Fraction) -> String {
    match (f.numerator(), f.denominator()) {
        (1, 2) => "half".into(),
        (1, 3) => "a third".into(),
        (2, 3) => "two-thirds".into(),
        (3, 4) => "three-quarters".into(),
        (1, 1) => "all".into(),
        _ => f.to_string(),
    }
}

fn by_words(by: super::protocol::Measure) -> &'static str {
    match by {
        super::protocol::Measure::Heads => "",
        super::protocol::Measure::Weight => " (by voting weight)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::voting::presets::Preset;

    #[test]
    fn presets_read_as_plain_sentences() {
        assert_eq!(
            describe(&Preset::SimpleMajority.protocol()),
            "A motion is carried when more than half of the votes cast are in favour; abstentions do not count; \
             more than half of the voting members must be present."
        );
        let consensus = describe(&Preset::Consensus.protocol());
        assert!(
            consensus.starts_with("A motion is carried when no member objects"),
            "{consensus}"
        );
        let ilo = describe(&Preset::IloAdmission.protocol());
        assert!(ilo.contains("two-thirds of the votes cast in the Governments chamber are in favour, counting each member's weight"), "{ilo}");
        assert!(ilo.contains("split its weight"), "{ilo}");
    }
}
