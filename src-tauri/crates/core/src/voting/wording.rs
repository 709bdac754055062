//! Plain words for protocols and outcomes, in the reader's language: the tally's explanation
//! for the minutes and the protocol's meaning for its editor. Every word comes from the
//! message catalogue; this module only chooses the messages and the order of the parts.

use pacta_messages::{message, Messages};

use super::ballots::Choice;
use super::fraction::Fraction;
use super::outcome::{Outcome, RequirementCheck, TallyReport};
use super::protocol::{Base, Counting, Measure, Protocol, QuorumRule, Scope, Threshold};

/// One sentence for the minutes: the counts, each requirement with its figures, the casting
/// vote and the attendance; or why no decision was taken.
pub fn explain(report: &TallyReport, m: &Messages) -> String {
    let weighted = report
        .requirements
        .first()
        .is_some_and(|r| r.counting == Counting::Weighted);
    let counts = &report.counts;
    let pick = |heads: u64, weight: u64| if weighted { weight } else { heads };
    let mut tally = message!(
        m,
        "tally-counts",
        yes = pick(counts.yes, counts.yes_weight),
        no = pick(counts.no, counts.no_weight),
        abstain = pick(counts.abstain, counts.abstain_weight)
    );
    let invalid = pick(counts.invalid, counts.invalid_weight);
    if invalid > 0 {
        tally = message!(m, "tally-invalid", counts = tally, invalid = invalid);
    }
    if weighted {
        tally = message!(m, "tally-weighted", counts = tally);
    }
    let presence = &report.presence;
    let attendance = if presence.represented > 0 {
        message!(
            m,
            "attendance-present-or-represented",
            present = presence.present + presence.represented,
            entitled = presence.entitled
        )
    } else {
        message!(
            m,
            "attendance-present",
            present = presence.present,
            entitled = presence.entitled
        )
    };
    match &report.outcome {
        Outcome::NoQuorum { rule } => {
            let check = &report.quorum[*rule];
            let measure = match check.rule {
                QuorumRule::Participation { .. } => "voted",
                _ => "present",
            };
            let rule = quorum_rule(&check.rule, m);
            match &check.chamber {
                Some(chamber) => message!(
                    m,
                    "vote-no-quorum-chamber",
                    value = check.value,
                    out_of = check.out_of,
                    chamber = chamber,
                    measure = measure,
                    required = check.required,
                    rule = rule
                ),
                None => message!(
                    m,
                    "vote-no-quorum",
                    value = check.value,
                    out_of = check.out_of,
                    measure = measure,
                    required = check.required,
                    rule = rule
                ),
            }
        }
        Outcome::Carried | Outcome::Rejected { .. } => {
            let head = if matches!(report.outcome, Outcome::Carried) {
                message!(m, "vote-carried", tally = tally)
            } else {
                message!(m, "vote-rejected", tally = tally)
            };
            let mut clauses = vec![head];
            clauses.extend(report.requirements.iter().map(|c| requirement(c, m)));
            if let Some(choice) = report.casting_vote {
                clauses.push(if choice == Choice::Yes {
                    message!(m, "vote-casting-vote-yes")
                } else {
                    message!(m, "vote-casting-vote-no")
                });
            }
            if !report.quorum.is_empty() {
                clauses.push(message!(m, "vote-quorum", attendance = attendance));
            }
            message!(
                m,
                "sentence",
                text = clauses.join(&message!(m, "clause-separator"))
            )
        }
    }
}

/// One requirement of a tally with its figures: "more than half of votes cast required (8 of 15)".
fn requirement(check: &RequirementCheck, m: &Messages) -> String {
    let mut phrase = if check.threshold == Threshold::Consensus {
        let what = scoped(message!(m, "threshold-consensus"), &check.scope, m);
        message!(m, "requirement-needed-consensus", what = what)
    } else {
        let base = match check.base {
            Base::VotesCast => message!(m, "base-votes-cast"),
            Base::YesNo => message!(m, "base-yes-no"),
            Base::WithAbstentions => message!(m, "base-with-abstentions"),
            Base::Present => message!(m, "base-present"),
            Base::Membership => message!(m, "base-membership"),
        };
        let what = message!(
            m,
            "requirement-what",
            threshold = threshold(check.threshold, m),
            base = base
        );
        let what = scoped(what, &check.scope, m);
        let what = match check.counting {
            Counting::Heads => what,
            Counting::Weighted => message!(m, "counting-weighted", what = what),
            Counting::ChambersEqual => message!(m, "counting-chambers-equal", what = what),
        };
        message!(m, "requirement-needed", what = what)
    };
    if check.empty_base {
        phrase = message!(m, "requirement-no-votes", requirement = phrase);
    } else if let Some(score) = &check.score {
        phrase = message!(m, "requirement-score", requirement = phrase, score = score);
    } else if check.scope == Scope::EachChamber {
        let met = check.chambers.iter().filter(|c| c.passed).count();
        phrase = message!(
            m,
            "requirement-met-in-chambers",
            requirement = phrase,
            met = met,
            chambers = check.chambers.len()
        );
    } else if let Some(required) = check
        .required
        .filter(|_| check.threshold != Threshold::Consensus)
    {
        phrase = message!(
            m,
            "requirement-figures",
            requirement = phrase,
            required = required,
            base = check.base_value
        );
    }
    if !check.passed && !check.empty_base {
        phrase = if check.threshold == Threshold::Consensus && check.no > 0 {
            message!(m, "requirement-objected", requirement = phrase)
        } else {
            message!(m, "requirement-not-reached", requirement = phrase)
        };
    }
    phrase
}

fn scoped(what: String, scope: &Scope, m: &Messages) -> String {
    match scope {
        Scope::Body => what,
        Scope::Chamber(chamber) => message!(m, "scope-chamber", what = what, chamber = chamber),
        Scope::EachChamber => message!(m, "scope-each-chamber", what = what),
    }
}

fn threshold(threshold: Threshold, m: &Messages) -> String {
    match threshold {
        Threshold::MoreThan(f) => match (f.numerator(), f.denominator()) {
            (1, 2) => message!(m, "threshold-more-than-half"),
            (2, 3) => message!(m, "threshold-more-than-two-thirds"),
            (0, _) => message!(m, "threshold-any-yes"),
            _ => message!(m, "threshold-more-than", fraction = f.to_string()),
        },
        Threshold::AtLeast(f) => {
            let id = match (f.numerator(), f.denominator()) {
                (1, 1) => "threshold-all",
                (1, 2) => "threshold-at-least-half",
                (2, 3) => "threshold-two-thirds",
                (3, 4) => "threshold-three-quarters",
                (1, 3) => "threshold-one-third",
                (3, 5) => "threshold-three-fifths",
                _ => return message!(m, "threshold-at-least", fraction = f.to_string()),
            };
            m.get(id, &[])
        }
        Threshold::Unanimity => message!(m, "threshold-unanimity"),
        Threshold::Consensus => message!(m, "threshold-consensus"),
    }
}

fn quorum_rule(rule: &QuorumRule, m: &Messages) -> String {
    match rule {
        QuorumRule::PresentCount(n) => message!(m, "quorum-rule-count", count = *n),
        QuorumRule::PresentFraction {
            fraction, strict, ..
        } => message!(
            m,
            "quorum-rule-fraction",
            strict = *strict,
            fraction = fraction.to_string()
        ),
        QuorumRule::PerChamber {
            fraction, strict, ..
        } => message!(
            m,
            "quorum-rule-per-chamber",
            strict = *strict,
            fraction = fraction.to_string()
        ),
        QuorumRule::Participation { fraction, .. } => message!(
            m,
            "quorum-rule-participation",
            fraction = fraction.to_string()
        ),
    }
}

/// What a protocol means, in plain words, for the protocol editor.
pub fn describe(protocol: &Protocol, m: &Messages) -> String {
    let parts: Vec<String> = protocol
        .requirements
        .iter()
        .map(|r| {
            let base = scoped(protocol_base(r.base, m), &r.scope, m);
            let part = match r.threshold {
                Threshold::Unanimity => message!(m, "protocol-unanimity", base = base),
                Threshold::Consensus => match &r.scope {
                    Scope::Body => message!(m, "protocol-consensus"),
                    Scope::Chamber(chamber) => {
                        message!(m, "protocol-consensus-chamber", chamber = chamber)
                    }
                    Scope::EachChamber => message!(m, "protocol-consensus-each-chamber"),
                },
                other => message!(
                    m,
                    "protocol-threshold",
                    threshold = threshold(other, m),
                    base = base
                ),
            };
            match (r.threshold, r.counting) {
                (Threshold::Consensus, _) | (_, Counting::Heads) => part,
                (_, Counting::Weighted) => message!(m, "protocol-counting-weighted", what = part),
                (_, Counting::ChambersEqual) => {
                    message!(m, "protocol-counting-chambers-equal", what = part)
                }
            }
        })
        .collect();
    let mut clauses = vec![message!(
        m,
        "protocol-carried-when",
        requirements = parts.join(&message!(m, "and-separator"))
    )];
    for base in protocol.requirements.iter().map(|r| r.base) {
        let note = match base {
            Base::VotesCast => message!(m, "protocol-note-votes-cast"),
            Base::YesNo => message!(m, "protocol-note-yes-no"),
            Base::WithAbstentions => message!(m, "protocol-note-with-abstentions"),
            Base::Present | Base::Membership => message!(m, "protocol-note-present"),
        };
        if !clauses.contains(&note) {
            clauses.push(note);
        }
    }
    for rule in &protocol.quorum {
        clauses.push(quorum_note(rule, m));
    }
    if let Some(proxies) = protocol.proxies {
        clauses.push(message!(
            m,
            "protocol-proxies",
            count = proxies.max_per_holder
        ));
    }
    if protocol.split_votes {
        clauses.push(message!(m, "protocol-split-votes"));
    }
    if protocol.casting_vote {
        clauses.push(message!(m, "protocol-casting-vote"));
    }
    message!(
        m,
        "sentence",
        text = clauses.join(&message!(m, "clause-separator"))
    )
}

fn protocol_base(base: Base, m: &Messages) -> String {
    match base {
        Base::VotesCast => message!(m, "protocol-base-votes-cast"),
        Base::YesNo => message!(m, "protocol-base-yes-no"),
        Base::WithAbstentions => message!(m, "protocol-base-with-abstentions"),
        Base::Present => message!(m, "protocol-base-present"),
        Base::Membership => message!(m, "protocol-base-membership"),
    }
}

fn quorum_note(rule: &QuorumRule, m: &Messages) -> String {
    match rule {
        QuorumRule::PresentCount(n) => message!(m, "protocol-quorum-count", count = *n),
        QuorumRule::PresentFraction {
            fraction,
            strict,
            by,
        } => message!(
            m,
            "protocol-quorum-fraction",
            strict = *strict,
            fraction = fraction_words(*fraction, m),
            weighted = *by == Measure::Weight
        ),
        QuorumRule::PerChamber {
            fraction,
            strict,
            by,
        } => message!(
            m,
            "protocol-quorum-per-chamber",
            strict = *strict,
            fraction = fraction_words(*fraction, m),
            weighted = *by == Measure::Weight
        ),
        QuorumRule::Participation { fraction, .. } => message!(
            m,
            "protocol-quorum-participation",
            fraction = fraction_words(*fraction, m)
        ),
    }
}

fn fraction_words(f: Fraction, m: &Messages) -> String {
    let id = match (f.numerator(), f.denominator()) {
        (1, 2) => "fraction-half",
        (1, 3) => "fraction-third",
        (2, 3) => "fraction-two-thirds",
        (3, 4) => "fraction-three-quarters",
        (1, 1) => "fraction-all",
        _ => return f.to_string(),
    };
    m.get(id, &[])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::voting::presets::Preset;
    use pacta_messages::Locale;

    fn describe(protocol: &Protocol) -> String {
        super::describe(protocol, Messages::of(Locale::En))
    }

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

    #[test]
    fn protocols_read_in_french_and_dutch() {
        let simple = Preset::SimpleMajority.protocol();
        assert_eq!(
            super::describe(&simple, Messages::of(Locale::Fr)),
            "Une motion est adoptée lorsque plus de la moitié des suffrages exprimés sont favorables ; \
             les abstentions ne comptent pas ; plus de la moitié des membres votants doivent être présents."
        );
        assert_eq!(
            super::describe(&simple, Messages::of(Locale::Nl)),
            "Een motie is aangenomen wanneer meer dan de helft van de uitgebrachte stemmen is voor; \
             onthoudingen tellen niet mee; meer dan de helft van de stemgerechtigde leden moet aanwezig zijn."
        );
    }

    #[test]
    fn a_tally_is_explained_in_the_readers_language_from_its_report_alone() {
        use crate::voting::{tally, Ballots, Roll};
        let roll: Roll = serde_json::from_str(
            r#"{"members":[{"id":"A","role":"voting_member","present":true},
                {"id":"B","role":"voting_member","present":true},
                {"id":"C","role":"voting_member","present":true}]}"#,
        )
        .unwrap();
        let ballots: Ballots = serde_json::from_str(
            r#"{"kind":"roll_call","ballots":[{"member":"A","choice":"yes"},
                {"member":"B","choice":"yes"},{"member":"C","choice":"abstain"}]}"#,
        )
        .unwrap();
        let report = tally(&Preset::SimpleMajority.protocol(), &roll, &ballots).unwrap();
        assert_eq!(
            report.explanation,
            "Carried: 2 for, 0 against, 1 abstention; more than half of votes cast required (2 of 2); \
             quorum 3 of 3 present."
        );
        assert_eq!(
            explain(&report, Messages::of(Locale::En)),
            report.explanation
        );
        assert_eq!(
            explain(&report, Messages::of(Locale::Fr)),
            "Adoptée : 2 pour, 0 contre, 1 abstention ; requis : plus de la moitié des suffrages exprimés \
             (2 sur 2) ; quorum : 3 sur 3 présents."
        );
        assert_eq!(
            explain(&report, Messages::of(Locale::Nl)),
            "Aangenomen: 2 voor, 0 tegen, 1 onthouding; meer dan de helft van de uitgebrachte stemmen \
             vereist (2 van 2); quorum: 3 van de 3 aanwezig."
        );
    }
}
