//! Unit tests of the seals' content and chain formats.

use super::*;

#[test]
fn canonical_json_follows_the_rfc_examples() {
    // RFC 8785, section 3.2.2.
    let input: Value = serde_json::from_str(
        r#"{
          "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
          "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
          "literals": [null, true, false]
        }"#,
    )
    .unwrap();
    assert_eq!(
        String::from_utf8(canonical(&input)).unwrap(),
        r#"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}"#
    );
    // Section 3.2.3: keys in the order of their UTF-16 code units.
    let sorting: Value = serde_json::from_str(
        r#"{"\u20ac": "Euro Sign", "\r": "Carriage Return", "\ufb33": "Hebrew Letter Dalet With Dagesh",
            "1": "One", "\ud83d\ude00": "Emoji: Grinning Face", "\u0080": "Control",
            "\u00f6": "Latin Small Letter O With Diaeresis"}"#,
    )
    .unwrap();
    let text = String::from_utf8(canonical(&sorting)).unwrap();
    let order: Vec<usize> = [
        "Carriage Return",
        "One",
        "Control",
        "Latin Small Letter O With Diaeresis",
        "Euro Sign",
        "Emoji: Grinning Face",
        "Hebrew Letter Dalet With Dagesh",
    ]
    .iter()
    .map(|name| text.find(name).unwrap())
    .collect();
    assert!(order.windows(2).all(|pair| pair[0] < pair[1]), "{text}");
}

#[test]
fn integers_a_double_cannot_hold_are_kept_whole() {
    let value =
        exact_numbers(json!({ "small": 42, "big": 9_007_199_254_740_993_i64, "huge": u64::MAX }));
    assert_eq!(
        String::from_utf8(canonical(&value)).unwrap(),
        r#"{"big":"9007199254740993","huge":"18446744073709551615","small":42}"#
    );
}

#[test]
fn a_salted_value_depends_on_the_salt_and_on_every_byte_of_the_value() {
    let hashed = salted(&[1; 32], "Jane Doe");
    assert!(
        hashed.starts_with("sha256:") && hashed.len() == 71,
        "{hashed}"
    );
    assert_eq!(hashed, salted(&[1; 32], "Jane Doe"));
    assert_ne!(hashed, salted(&[2; 32], "Jane Doe"));
    assert_ne!(hashed, salted(&[1; 32], "Jane Doe "));
}

#[test]
fn personal_values_are_found_where_the_app_writes_people() {
    let locations = |kind, content: Value| -> Vec<(String, String, Option<i64>)> {
        personal_values(kind, &content)
            .into_iter()
            .map(|p| (p.location, p.value, p.organisation_id))
            .collect()
    };
    let agreement = json!({
        "version": { "text": { "parties": [
            { "organisation_id": 3, "signatory": "Jane Doe" },
            { "organisation_id": 4, "signatory": null },
        ] } },
        "signatures": [{ "id": 7, "organisation_id": 3, "signatory": "Jane Doe" }],
    });
    assert_eq!(
        locations(SealKind::AgreementVersion, agreement),
        [
            ("party 0".into(), "Jane Doe".into(), Some(3)),
            ("signature 7".into(), "Jane Doe".into(), Some(3)),
        ]
    );
    let minutes = json!({
        "meeting": {
            "convenor": "Chair Person",
            "attendance": [
                { "organisation_id": 3, "representative": "" },
                { "organisation_id": 4, "representative": "Jean Dupont" },
            ],
            "circulated_to": ["Jane Doe <jane@example.org>"],
        },
        "items": [{ "id": 11, "presenter": "Jane Doe" }, { "id": 12, "presenter": "" }],
        "actions": [{ "id": 5, "owner_organisation_id": 3, "owner_person": "Jane Doe" }],
    });
    let found = locations(SealKind::Minutes, minutes);
    let places: Vec<&str> = found.iter().map(|(l, _, _)| l.as_str()).collect();
    assert_eq!(
        places,
        [
            "convenor",
            "presenter 11",
            "attendance 1",
            "circulated_to 0",
            "action 5"
        ]
    );
    assert!(locations(SealKind::Vote, json!({ "vote": { "roll": [] } })).is_empty());
}

#[test]
fn the_chain_input_is_an_object_not_a_concatenation() {
    let one = chain_of("vote", 12, "", "a", GENESIS, "2026-01-01T00:00:00Z", 1);
    let other = chain_of("vote", 1, "2", "a", GENESIS, "2026-01-01T00:00:00Z", 1);
    assert_ne!(one, other);
    let salted = chain_of("vote", 12, "", "a", GENESIS, "2026-01-01T00:00:00Z", 2);
    assert_ne!(one, salted);
    assert_eq!(one.len(), 64);
}
