//! Named cases, what each expects, and the figure checks a case may add.

use std::panic::{catch_unwind, AssertUnwindSafe};

use pacta_core::voting::{
    tally, Ballots, Choice, Invalid, Outcome, Protocol, RequirementCheck, Roll, TallyReport,
};

#[derive(Debug, Clone)]
pub enum Expect {
    Carried,
    Rejected(Vec<usize>),
    NoQuorum(usize),
    /// The tally refuses the input. Free wording (`why`, `group`) is not compared; every
    /// other field (the member, holder, counts, rule index) is.
    Fails(Invalid),
}

pub type Check = Box<dyn Fn(&TallyReport) -> Result<(), String>>;

pub struct Case {
    pub name: &'static str,
    pub reason: &'static str,
    pub protocol: Protocol,
    pub roll: Roll,
    pub ballots: Ballots,
    pub expect: Expect,
    pub checks: Vec<Check>,
}

pub fn case(
    name: &'static str,
    protocol: Protocol,
    roll: Roll,
    ballots: Ballots,
    expect: Expect,
    reason: &'static str,
) -> Case {
    Case {
        name,
        reason,
        protocol,
        roll,
        ballots,
        expect,
        checks: Vec::new(),
    }
}

impl Case {
    pub fn check(mut self, check: Check) -> Case {
        self.checks.push(check);
        self
    }

    /// `Ok` when the engine agrees with the case, else what it did instead.
    pub fn run(&self) -> Result<(), String> {
        let result = catch_unwind(AssertUnwindSafe(|| {
            tally(&self.protocol, &self.roll, &self.ballots)
        }))
        .map_err(|panic| format!("the tally panicked: {}", panic_text(&panic)))?;
        match (&self.expect, result) {
            (Expect::Fails(expected), Err(actual)) => {
                if normalise(&actual) == normalise(expected) {
                    Ok(())
                } else {
                    Err(format!("expected Err({expected:?}), got Err({actual:?})"))
                }
            }
            (Expect::Fails(expected), Ok(report)) => Err(format!(
                "expected Err({expected:?}), got Ok with {:?}: {}",
                report.outcome, report.explanation
            )),
            (expect, Err(actual)) => Err(format!(
                "expected {expect:?}, got Err({actual:?}): {actual}"
            )),
            (expect, Ok(report)) => {
                let wanted = match expect {
                    Expect::Carried => Outcome::Carried,
                    Expect::Rejected(failed) => Outcome::Rejected {
                        failed: failed.clone(),
                    },
                    Expect::NoQuorum(rule) => Outcome::NoQuorum { rule: *rule },
                    Expect::Fails(_) => unreachable!(),
                };
                if report.outcome != wanted {
                    return Err(format!(
                        "expected {wanted:?}, got {:?}: {}",
                        report.outcome, report.explanation
                    ));
                }
                consistent(&self.protocol, &report)?;
                for check in &self.checks {
                    check(&report)
                        .map_err(|e| format!("{e} (explanation: {})", report.explanation))?;
                }
                Ok(())
            }
        }
    }
}

fn panic_text(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_string()))
        .unwrap_or_default()
}

/// Blanks the free wording of an error so that only its facts are compared.
pub fn normalise(invalid: &Invalid) -> Invalid {
    match invalid.clone() {
        Invalid::NotEntitled { member, .. } => Invalid::NotEntitled {
            member,
            why: String::new(),
        },
        Invalid::TooManyHands {
            counted, eligible, ..
        } => Invalid::TooManyHands {
            group: String::new(),
            counted,
            eligible,
        },
        Invalid::PapersDoNotMatchVoters { .. } => Invalid::PapersDoNotMatchVoters {
            group: String::new(),
        },
        other => other,
    }
}

/// What every report must satisfy, whatever the case: the outcome agrees with the checks it
/// lists, and the explanation begins with the outcome's word.
pub fn consistent(protocol: &Protocol, report: &TallyReport) -> Result<(), String> {
    let prefix = match &report.outcome {
        Outcome::Carried => "Carried",
        Outcome::Rejected { .. } => "Rejected",
        Outcome::NoQuorum { .. } => "No quorum",
    };
    if !report.explanation.starts_with(prefix) {
        return Err(format!(
            "the explanation should begin with {prefix:?}: {:?}",
            report.explanation
        ));
    }
    match &report.outcome {
        Outcome::NoQuorum { rule } => {
            let check = report
                .quorum
                .get(*rule)
                .ok_or_else(|| format!("no quorum check {rule} in the report"))?;
            if check.held {
                return Err(format!(
                    "quorum rule {rule} is reported as failing yet its check held"
                ));
            }
            if let Some(earlier) = report.quorum[..*rule].iter().position(|c| !c.held) {
                return Err(format!("quorum rule {earlier} failed before rule {rule}"));
            }
        }
        Outcome::Carried | Outcome::Rejected { .. } => {
            if report.quorum.iter().any(|c| !c.held) {
                return Err("a quorum check failed, yet the outcome is not NoQuorum".into());
            }
            if report.requirements.len() != protocol.requirements.len() {
                return Err(format!(
                    "{} requirement checks for {} requirements",
                    report.requirements.len(),
                    protocol.requirements.len()
                ));
            }
            let failing: Vec<usize> = report
                .requirements
                .iter()
                .enumerate()
                .filter(|(_, c)| !c.passed)
                .map(|(i, _)| i)
                .collect();
            let expected = if failing.is_empty() {
                Outcome::Carried
            } else {
                Outcome::Rejected { failed: failing }
            };
            if report.outcome != expected {
                return Err(format!(
                    "the requirement checks say {expected:?}, the outcome {:?}",
                    report.outcome
                ));
            }
        }
    }
    Ok(())
}

/// Runs a group of cases and fails with every disagreement at once.
pub fn run_group(group: &str, cases: Vec<Case>) {
    let total = cases.len();
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            case.run()
                .err()
                .map(|e| format!("  ✗ {}: {e}\n      reason: {}", case.name, case.reason))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{group}: {} of {total} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------------------------
// Figure checks

fn same<T: PartialEq + std::fmt::Debug>(what: &str, actual: T, expected: T) -> Result<(), String> {
    if actual == expected {
        Ok(())
    } else {
        Err(format!("{what}: expected {expected:?}, got {actual:?}"))
    }
}

fn requirement(report: &TallyReport, index: usize) -> Result<&RequirementCheck, String> {
    report
        .requirements
        .get(index)
        .ok_or_else(|| format!("no requirement check {index}"))
}

/// Requirement `index`: yes, base and the least yes that passes.
pub fn figures(index: usize, yes: u64, base_value: u64, required: Option<u64>) -> Check {
    Box::new(move |report| {
        let check = requirement(report, index)?;
        same(&format!("requirement {index} yes"), check.yes, yes)?;
        same(
            &format!("requirement {index} base_value"),
            check.base_value,
            base_value,
        )?;
        same(
            &format!("requirement {index} required"),
            check.required,
            required,
        )
    })
}

/// Requirement `index`: yes and no.
pub fn yes_no(index: usize, yes: u64, no: u64) -> Check {
    Box::new(move |report| {
        let check = requirement(report, index)?;
        same(&format!("requirement {index} yes"), check.yes, yes)?;
        same(&format!("requirement {index} no"), check.no, no)
    })
}

pub fn empty_base(index: usize) -> Check {
    Box::new(move |report| {
        let check = requirement(report, index)?;
        same(
            &format!("requirement {index} empty_base"),
            check.empty_base,
            true,
        )?;
        same(&format!("requirement {index} passed"), check.passed, false)
    })
}

/// The score of a chambers-equal requirement, reduced.
pub fn score(index: usize, expected: &'static str) -> Check {
    Box::new(move |report| {
        let check = requirement(report, index)?;
        same(
            &format!("requirement {index} score"),
            check.score.as_deref(),
            Some(expected),
        )?;
        same(
            &format!("requirement {index} required"),
            check.required,
            None,
        )
    })
}

/// Requirement `index` has one sub-check per chamber, for exactly these chambers, with
/// these results.
pub fn sub_checks(index: usize, expected: &'static [(&'static str, bool)]) -> Check {
    Box::new(move |report| {
        let check = requirement(report, index)?;
        let mut actual: Vec<(String, bool)> = check
            .chambers
            .iter()
            .map(|c| (c.chamber.clone().unwrap_or_default(), c.passed))
            .collect();
        actual.sort();
        let mut wanted: Vec<(String, bool)> = expected
            .iter()
            .map(|(c, p)| ((*c).to_string(), *p))
            .collect();
        wanted.sort();
        same(
            &format!("requirement {index} chamber sub-checks"),
            actual,
            wanted,
        )
    })
}

/// A sub-check of requirement `index` for `chamber` has an empty base.
pub fn sub_check_empty(index: usize, chamber: &'static str) -> Check {
    Box::new(move |report| {
        let check = requirement(report, index)?;
        let sub = check
            .chambers
            .iter()
            .find(|c| c.chamber.as_deref() == Some(chamber))
            .ok_or_else(|| format!("no sub-check for {chamber}"))?;
        same(&format!("{chamber} empty_base"), sub.empty_base, true)?;
        same(&format!("{chamber} passed"), sub.passed, false)
    })
}

pub fn requirement_chamber(index: usize, chamber: &'static str) -> Check {
    Box::new(move |report| {
        let check = requirement(report, index)?;
        same(
            &format!("requirement {index} chamber"),
            check.chamber.as_deref(),
            Some(chamber),
        )
    })
}

/// Presence: entitled, present, represented (heads).
pub fn presence(entitled: u64, present: u64, represented: u64) -> Check {
    Box::new(move |report| {
        same("presence.entitled", report.presence.entitled, entitled)?;
        same("presence.present", report.presence.present, present)?;
        same(
            "presence.represented",
            report.presence.represented,
            represented,
        )
    })
}

pub fn represented_weight(weight: u64) -> Check {
    Box::new(move |report| {
        same(
            "presence.represented_weight",
            report.presence.represented_weight,
            weight,
        )
    })
}

pub fn voted(n: u64) -> Check {
    Box::new(move |report| same("presence.voted", report.presence.voted, n))
}

/// Counts for the whole body, by heads: yes, no, abstain, invalid.
pub fn counts(yes: u64, no: u64, abstain: u64, invalid: u64) -> Check {
    Box::new(move |report| {
        let c = report.counts;
        same(
            "counts (yes, no, abstain, invalid)",
            (c.yes, c.no, c.abstain, c.invalid),
            (yes, no, abstain, invalid),
        )
    })
}

/// Counts for the whole body, by weight: yes, no.
pub fn weighted_counts(yes: u64, no: u64) -> Check {
    Box::new(move |report| {
        let c = report.counts;
        same(
            "weighted counts (yes, no)",
            (c.yes_weight, c.no_weight),
            (yes, no),
        )
    })
}

/// Counts within one chamber, by heads: yes, no.
pub fn chamber_counts(chamber: &'static str, yes: u64, no: u64) -> Check {
    Box::new(move |report| {
        let tally = report
            .chambers
            .iter()
            .find(|c| c.chamber == chamber)
            .ok_or_else(|| format!("no chamber tally for {chamber}"))?;
        same(
            &format!("{chamber} counts (yes, no)"),
            (tally.counts.yes, tally.counts.no),
            (yes, no),
        )
    })
}

pub fn casting_used(expected: Option<Choice>) -> Check {
    Box::new(move |report| same("casting_vote", report.casting_vote, expected))
}

pub fn unchambered(expected: &'static [&'static str]) -> Check {
    Box::new(move |report| {
        let mut actual = report.unchambered.clone();
        actual.sort();
        let mut wanted: Vec<String> = expected.iter().map(|s| (*s).to_string()).collect();
        wanted.sort();
        same("unchambered", actual, wanted)
    })
}

/// The quorum check `rule` names this chamber (the first chamber that failed).
pub fn quorum_chamber(rule: usize, chamber: &'static str) -> Check {
    Box::new(move |report| {
        let check = report
            .quorum
            .get(rule)
            .ok_or_else(|| format!("no quorum check {rule}"))?;
        same(
            &format!("quorum {rule} chamber"),
            check.chamber.as_deref(),
            Some(chamber),
        )
    })
}

/// The explanation contains every one of these figures.
pub fn explains(figures: &'static [&'static str]) -> Check {
    Box::new(
        move |report| match figures.iter().find(|f| !report.explanation.contains(**f)) {
            None => Ok(()),
            Some(missing) => Err(format!(
                "the explanation lacks {missing:?}: {:?}",
                report.explanation
            )),
        },
    )
}
