//! The three input formats (protocol, roll, ballots) as JSON, shaped by the serde attributes.

use pacta_core::voting::Base::{VotesCast, YesNo};
use pacta_core::voting::Choice::{No, Yes};
use pacta_core::voting::Counting::{ChambersEqual, Heads, Weighted};
use pacta_core::voting::{
    tally, Ballots, Invalid, Outcome, Protocol, ProtocolError, Roll, Scope, TallyReport, Threshold,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

use super::dsl::*;

/// Parses `document`, checks it equals `expected`, re-serialises it and parses that again.
fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(
    document: &Value,
    expected: &T,
) -> Value {
    let parsed: T =
        serde_json::from_value(document.clone()).unwrap_or_else(|e| panic!("{e}: {document}"));
    assert_eq!(&parsed, expected, "{document}");
    let written = serde_json::to_value(&parsed).unwrap();
    let again: T =
        serde_json::from_value(written.clone()).unwrap_or_else(|e| panic!("{e}: {written}"));
    assert_eq!(&again, expected, "{written}");
    written
}

fn protocol_document() -> Value {
    json!({
        "quorum": [
            {"present_fraction": {"fraction": "1/2", "strict": true, "by": "heads"}},
            {"per_chamber": {"fraction": "1/3", "strict": false, "by": "weight"}},
            {"present_count": 7},
            {"participation": {"fraction": "1/2", "counts": "cast_and_abstentions"}}
        ],
        "requirements": [
            {"scope": "body", "base": "votes_cast", "threshold": {"more_than": "1/2"}, "counting": "weighted"},
            {"scope": {"chamber": "Workers"}, "base": "yes_no", "threshold": {"at_least": "2/3"}, "counting": "weighted"},
            {"scope": "each_chamber", "base": "votes_cast", "threshold": "unanimity", "counting": "weighted"},
            {"scope": "body", "base": "votes_cast", "threshold": "consensus", "counting": "weighted"}
        ],
        "proxies": {"max_per_holder": 2, "counts_for_quorum": false},
        "split_votes": true,
        "casting_vote": false
    })
}

#[test]
fn a_protocol_document_parses_and_re_serialises() {
    use pacta_core::voting::Measure::{Heads as ByHeads, Weight as ByWeight};
    use pacta_core::voting::ParticipationCounts::CastAndAbstentions;
    let expected = protocol(
        vec![
            present_fraction(1, 2, true, ByHeads),
            per_chamber(1, 3, false, ByWeight),
            present_count(7),
            participation(1, 2, CastAndAbstentions),
        ],
        vec![
            body(VotesCast, more_than(1, 2), Weighted),
            in_chamber("Workers", YesNo, at_least(2, 3), Weighted),
            each_chamber(VotesCast, Threshold::Unanimity, Weighted),
            body(VotesCast, Threshold::Consensus, Weighted),
        ],
    )
    .proxies(2, false)
    .split_votes();
    let written = round_trip(&protocol_document(), &expected);
    assert_eq!(
        written,
        protocol_document(),
        "every field is written back as documented"
    );
    assert_eq!(expected.validate(), Ok(()));
}

#[test]
fn protocol_defaults_proxies_off_no_split_no_casting_vote() {
    let document = json!({
        "quorum": [],
        "requirements": [{"scope": "body", "base": "votes_cast", "threshold": {"more_than": "1/2"}, "counting": "heads"}]
    });
    round_trip(&document, &majority());
}

#[test]
fn strict_has_no_default() {
    let document = json!({
        "quorum": [{"present_fraction": {"fraction": "1/2", "by": "heads"}}],
        "requirements": [{"scope": "body", "base": "votes_cast", "threshold": {"more_than": "1/2"}, "counting": "heads"}]
    });
    let error = serde_json::from_value::<Protocol>(document)
        .expect_err("a quorum fraction without strict is refused");
    assert!(error.to_string().contains("strict"), "{error}");
}

#[test]
fn fractions_are_written_p_over_q() {
    assert_eq!(
        serde_json::to_value(more_than(1, 2)).unwrap(),
        json!({"more_than": "1/2"})
    );
    assert_eq!(
        serde_json::to_value(at_least(2, 3)).unwrap(),
        json!({"at_least": "2/3"})
    );
    assert_eq!(
        serde_json::to_value(Threshold::Unanimity).unwrap(),
        json!("unanimity")
    );
    assert_eq!(
        serde_json::to_value(Threshold::Consensus).unwrap(),
        json!("consensus")
    );
    assert_eq!(serde_json::to_value(Scope::Body).unwrap(), json!("body"));
    assert_eq!(
        serde_json::to_value(Scope::Chamber("Workers".into())).unwrap(),
        json!({"chamber": "Workers"})
    );
    assert_eq!(
        serde_json::to_value(Scope::EachChamber).unwrap(),
        json!("each_chamber")
    );
    assert_eq!(
        serde_json::to_value(ChambersEqual).unwrap(),
        json!("chambers_equal")
    );
    assert_eq!(serde_json::to_value(Heads).unwrap(), json!("heads"));
    for bad in [
        json!({"more_than": "0.5"}),
        json!({"more_than": "1/0"}),
        json!({"more_than": 0.5}),
    ] {
        assert!(
            serde_json::from_value::<Threshold>(bad.clone()).is_err(),
            "{bad} should be refused"
        );
    }
}

fn roll_document() -> Value {
    json!({
        "members": [
            {"id": "KH", "name": "Cambodia", "chamber": "Governments", "weight": 2, "role": "voting_member", "present": true},
            {"id": "ID", "chamber": "Governments", "weight": 2, "role": "voting_member", "status": "active", "present": true},
            {"id": "EMP", "chamber": "Employers", "role": "voting_member", "present": true, "presiding": false},
            {"id": "WRK", "chamber": "Workers", "role": "voting_member", "present": false},
            {"id": "OBS", "role": "observer", "present": true},
            {"id": "SUS", "role": "voting_member", "status": "suspended", "present": true}
        ],
        "proxies": [{"principal": "WRK", "holder": "EMP"}]
    })
}

#[test]
fn a_roll_document_parses_and_re_serialises() {
    use pacta_core::MemberStatus;
    let mut expected = roll(vec![vec![
        member("KH").chamber("Governments").weight(2),
        member("ID").chamber("Governments").weight(2),
        member("EMP").chamber("Employers"),
        member("WRK").chamber("Workers").absent(),
        member("OBS").observer(),
        member("SUS").status(MemberStatus::Suspended),
    ]])
    .proxy("WRK", "EMP");
    expected.members[0].name = "Cambodia".into();
    round_trip(&roll_document(), &expected);
}

#[test]
fn a_roll_without_proxies_defaults_to_none() {
    let document = json!({"members": [{"id": "A", "role": "voting_member", "present": true}]});
    round_trip(&document, &roll(vec![vec![member("A")]]));
}

fn roll_call_document() -> Value {
    json!({
        "kind": "roll_call",
        "ballots": [
            {"member": "KH", "choice": "yes"},
            {"member": "ID", "split": {"yes": 1, "no": 1}},
            {"member": "EMP", "choice": "abstain"},
            {"member": "WRK", "choice": "invalid"}
        ]
    })
}

#[test]
fn roll_call_ballots_parse_and_re_serialise() {
    use pacta_core::voting::Choice::{Abstain, Invalid as Spoilt};
    let expected = roll_call_of(vec![
        vote("KH", Yes),
        split("ID", &[(Yes, 1), (No, 1)]),
        vote("EMP", Abstain),
        vote("WRK", Spoilt),
    ]);
    let written = round_trip(&roll_call_document(), &expected);
    assert_eq!(written["ballots"], roll_call_document()["ballots"]);
    assert_eq!(written["kind"], "roll_call");
    let with_casting = json!({"kind": "roll_call", "ballots": [], "casting": "yes"});
    round_trip(&with_casting, &no_ballots().with_casting(Yes));
}

#[test]
fn show_of_hands_parses_and_re_serialises() {
    let document = json!({
        "kind": "show_of_hands",
        "counts": [
            {"chamber": "Governments", "weight": 2, "choice": "yes", "count": 1},
            {"choice": "no", "count": 3}
        ]
    });
    let expected = hands(&[(Some("Governments"), 2, Yes, 1), (None, 1, No, 3)]);
    round_trip(&document, &expected);
}

#[test]
fn secret_ballots_parse_and_re_serialise() {
    let document = json!({
        "kind": "secret",
        "papers": [{"chamber": "Governments", "weight": 2, "choice": "yes"}, {"choice": "no"}],
        "voted": ["KH", "EMP"],
        "casting": "no"
    });
    let expected = secret(
        &[(Some("Governments"), 2, Yes), (None, 1, No)],
        &["KH", "EMP"],
    )
    .with_casting(No);
    let written = round_trip(&document, &expected);
    assert!(
        written.get("papers").is_some() && written.get("voted").is_some(),
        "{written}"
    );
}

#[test]
fn documents_from_json_are_tallied() {
    let protocol: Protocol = serde_json::from_value(json!({
        "quorum": [{"participation": {"fraction": "1/2", "counts": "cast"}}],
        "requirements": [{"scope": "body", "base": "votes_cast", "threshold": {"more_than": "1/2"}, "counting": "weighted"}],
        "split_votes": true
    }))
    .unwrap();
    let roll: Roll = serde_json::from_value(roll_document()).unwrap();
    let protocol = Protocol {
        proxies: Some(pacta_core::voting::ProxyRule {
            max_per_holder: 1,
            counts_for_quorum: true,
        }),
        ..protocol
    };
    let ballots: Ballots = serde_json::from_value(roll_call_document()).unwrap();
    let report = tally(&protocol, &roll, &ballots).expect("the documents are valid");
    // KH 2 for; ID 1 for and 1 against; EMP abstains; WRK (by EMP's proxy) spoils: 3 of 5.
    assert_eq!(report.outcome, Outcome::Carried, "{}", report.explanation);
    assert_eq!(report.requirements[0].base_value, 5);
    let written = serde_json::to_value(&report).unwrap();
    assert_eq!(written["outcome"], json!({"result": "carried"}));
    let again: TallyReport = serde_json::from_value(written).unwrap();
    assert_eq!(again, report);
}

#[test]
fn outcomes_are_tagged_by_result() {
    assert_eq!(
        serde_json::to_value(Outcome::Rejected { failed: vec![1] }).unwrap(),
        json!({"result": "rejected", "failed": [1]})
    );
    assert_eq!(
        serde_json::to_value(Outcome::NoQuorum { rule: 0 }).unwrap(),
        json!({"result": "no_quorum", "rule": 0})
    );
}

#[test]
fn refusals_survive_a_json_round_trip() {
    let refusals = [
        Invalid::NotEntitled {
            member: "OBS".into(),
            why: "observers do not vote".into(),
        },
        Invalid::ProxyOverCap {
            holder: "EMP".into(),
            held: 2,
            cap: 1,
        },
        Invalid::NoEntitledMember,
        Invalid::Protocol(ProtocolError::ThresholdOutOfRange { requirement: 0 }),
        Invalid::Protocol(ProtocolError::NoRequirement),
    ];
    for refusal in refusals {
        let text = serde_json::to_string(&refusal).unwrap();
        let again: Result<Invalid, _> = serde_json::from_str(&text);
        assert_eq!(
            again.as_ref().ok(),
            Some(&refusal),
            "{text} reads back as {again:?}"
        );
    }
}
