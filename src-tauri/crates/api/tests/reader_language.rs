//! The sentences the use cases write follow the reader's language; the record keeps the words
//! it was sealed with.

use pacta_api::{demo, meetings, verify, voting, Clock, Partnership};
use pacta_messages::Locale;

#[test]
fn closed_votes_read_in_the_readers_language_and_the_sealed_record_is_untouched() {
    let mut partnership = Partnership::in_memory(
        "SEA Forum for Fishers",
        Clock::Fixed("2026-12-07T09:00:00Z".into()),
    )
    .unwrap();
    demo::load(&mut partnership).unwrap();
    let english = voting::list(&partnership, None).unwrap();
    assert!(!english.is_empty());
    assert!(
        english
            .iter()
            .all(|v| ["Carried:", "Rejected:", "No quorum:"]
                .iter()
                .any(|w| v.explanation.starts_with(w))),
        "{english:?}"
    );

    partnership.set_locale(Locale::Fr);
    let french = voting::list(&partnership, None).unwrap();
    for (vote, en) in french.iter().zip(&english) {
        assert!(
            ["Adoptée :", "Rejetée :", "Quorum non atteint :"]
                .iter()
                .any(|w| vote.explanation.starts_with(w)),
            "{}",
            vote.explanation
        );
        assert_ne!(vote.explanation, en.explanation);
        let record = voting::get(&partnership, vote.id).unwrap();
        assert_eq!(record.report.explanation, vote.explanation);
    }

    partnership.set_locale(Locale::Nl);
    let meeting = meetings::list(&partnership, None)
        .unwrap()
        .into_iter()
        .find(|m| {
            meetings::detail(&partnership, m.id)
                .unwrap()
                .items
                .iter()
                .any(|i| !i.votes.is_empty())
        })
        .expect("the demo has a meeting with a vote");
    let detail = meetings::detail(&partnership, meeting.id).unwrap();
    let vote = detail.items.iter().flat_map(|i| &i.votes).next().unwrap();
    assert!(
        ["Aangenomen:", "Verworpen:", "Geen quorum:"]
            .iter()
            .any(|w| vote.report.explanation.starts_with(w)),
        "{}",
        vote.report.explanation
    );
    let described = voting::describe(&vote.protocol.protocol, partnership.messages()).unwrap();
    assert!(
        described.starts_with("Een motie is aangenomen wanneer"),
        "{described}"
    );

    // Reading in another language wrote nothing: every seal still holds.
    assert!(verify::verify(&partnership, None).unwrap().intact);
}

#[test]
fn the_activity_log_reads_in_the_readers_language() {
    use pacta_api::activity::{self, TimelineQuery};
    let mut partnership = Partnership::in_memory(
        "SEA Forum for Fishers",
        Clock::Fixed("2026-12-07T09:00:00Z".into()),
    )
    .unwrap();
    demo::load(&mut partnership).unwrap();
    let query = TimelineQuery {
        limit: Some(1000),
        ..TimelineQuery::default()
    };
    let english = activity::timeline(&partnership, &query).unwrap().entries;
    assert!(english.len() > 20);
    assert!(
        english
            .iter()
            .any(|e| e.summary.starts_with("Added member ")),
        "the English sentences are the ones the log always wrote"
    );
    for locale in [Locale::Fr, Locale::Nl] {
        partnership.set_locale(locale);
        let read = activity::timeline(&partnership, &query).unwrap().entries;
        assert_eq!(read.len(), english.len());
        for (entry, en) in read.iter().zip(&english) {
            assert_eq!(entry.id, en.id);
            assert!(
                !entry.summary.contains("{$") && !entry.summary.contains("{-"),
                "{}",
                entry.summary
            );
            assert_ne!(
                entry.summary, en.summary,
                "{locale:?} left “{}” in English",
                en.summary
            );
        }
    }
}
