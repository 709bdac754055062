//! A secretariat's own Word agreements imported as drafts.

use pacta_core::agreement::{AgreementKind, Annex, Language, Section};
use pacta_docx::{import_agreement, ImportNote, ImportedAgreement, KnownOrganisation};

use crate::word::{bold_run, listed, p, run, styled, table, WordFile, FRENCH_STYLES};

fn registry() -> Vec<KnownOrganisation> {
    let organisation = |id: i64, name: &str, acronym: &str| KnownOrganisation {
        id,
        name: name.into(),
        acronym: acronym.into(),
    };
    vec![
        organisation(3, "Namibian Police Force", "NAMPOL"),
        organisation(
            1,
            "Ministry of Gender Equality, Poverty Eradication and Social Welfare",
            "MGEPESW",
        ),
        organisation(2, "Legal Assistance Centre", "LAC"),
        organisation(4, "Ministère de la Femme et de l'Action sociale", "MFAS"),
    ]
}

fn clauses(imported: &ImportedAgreement, section: Section) -> Vec<(u32, String)> {
    imported
        .text
        .clauses(section)
        .iter()
        .map(|c| (c.id, c.text.clone()))
        .collect()
}

/// An English MoU as a secretariat types it in Word: Title style, Heading 1 articles, clause
/// numbers typed by hand, a parties block, a table, a signature table.
fn english_mou() -> WordFile {
    let body = [
        styled("Title", "Memorandum of Understanding on the Referral of Victims of Trafficking"),
        p("BETWEEN: Ministry of Gender Equality, Poverty Eradication and Social Welfare (hereinafter “the Ministry”)"),
        p("AND: Legal Assistance Centre (hereinafter “LAC”)"),
        p("AND: Namibia Red Cross Society, of the other part"),
        p("WHEREAS the Parties share the aim of protecting victims of trafficking in persons;"),
        styled("Heading1", "Article 1 – Purpose"),
        p("1.1 The purpose of this Memorandum is to set out how the Parties refer presumed victims."),
        // A tab and a line break typed inside the clause, a page-number field, a footnote.
        format!(
            "<w:p>{}<w:r><w:tab/></w:r>{}<w:r><w:br/></w:r>{}<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>",
            run("1.2"),
            run("This Memorandum covers adults and children."),
            run("See page ")
        ),
        styled("Heading1", "Article 2 – Roles and Responsibilities"),
        p("2.1 The Ministry shall:"),
        p("a) provide shelter;"),
        p("b) coordinate case management."),
        p("2.2 LAC shall provide legal advice free of charge."),
        styled("Heading1", "Article 3 – Miscellaneous"),
        p("3.1 Notices shall be given in writing."),
        p("Division of responsibilities"),
        table(&[
            &["Activity", "Ministry", "LAC"],
            &["Shelter", "R", "I"],
            &["Legal advice", "C", "R"],
        ]),
        styled("Heading1", "Article 4 – Entry into Force and Termination"),
        p("Article 4.1 This Memorandum enters into force on the date of its signature."),
        styled("Heading1", "Signatures"),
        table(&[
            &["For the Ministry of Gender Equality, Poverty Eradication and Social Welfare", "For the Legal Assistance Centre"],
            &["Name:", "Name:"],
        ]),
    ]
    .concat();
    WordFile::new(body)
}

#[test]
fn an_english_mou_becomes_a_draft_with_its_sections_clauses_parties_and_table() {
    let imported = import_agreement(&english_mou().bytes(), &registry()).expect("imported");
    let text = &imported.text;
    assert_eq!(
        text.title,
        "Memorandum of Understanding on the Referral of Victims of Trafficking"
    );
    assert_eq!(text.language, Language::En);
    assert_eq!(text.kind, AgreementKind::Mou);
    assert_eq!((text.effective_on, text.expires_on), (None, None));
    assert_eq!(
        clauses(&imported, Section::PurposeAndScope),
        vec![
            (1, "WHEREAS the Parties share the aim of protecting victims of trafficking in persons;".into()),
            (2, "The purpose of this Memorandum is to set out how the Parties refer presumed victims.".into()),
            (3, "This Memorandum covers adults and children.\nSee page 2".into()),
        ]
    );
    assert_eq!(
        clauses(&imported, Section::Responsibilities),
        vec![
            (
                4,
                "The Ministry shall:\na) provide shelter;\nb) coordinate case management.".into()
            ),
            (5, "LAC shall provide legal advice free of charge.".into()),
        ]
    );
    // "Miscellaneous" matches no section: heading and clause go to collaboration.
    assert_eq!(
        clauses(&imported, Section::Collaboration),
        vec![
            (6, "Article 3 – Miscellaneous".into()),
            (7, "Notices shall be given in writing.".into()),
        ]
    );
    assert_eq!(
        clauses(&imported, Section::Duration),
        vec![(
            8,
            "This Memorandum enters into force on the date of its signature.".into()
        )]
    );
    assert!(text.clauses(Section::Signatures).is_empty());
    assert_eq!(
        text.annexes,
        vec![Annex {
            title: "Division of responsibilities".into(),
            columns: vec!["Activity".into(), "Ministry".into(), "LAC".into()],
            rows: vec![
                vec!["Shelter".into(), "R".into(), "I".into()],
                vec!["Legal advice".into(), "C".into(), "R".into()],
            ],
        }]
    );
    let parties: Vec<(i64, &str)> = text
        .parties
        .iter()
        .map(|p| (p.organisation_id, p.name.as_str()))
        .collect();
    assert_eq!(
        parties,
        vec![
            (
                1,
                "Ministry of Gender Equality, Poverty Eradication and Social Welfare"
            ),
            (2, "Legal Assistance Centre"),
        ]
    );
    assert!(text
        .parties
        .iter()
        .all(|p| p.signatory.is_none() && p.address.is_empty()));
    assert_eq!(
        imported.unmatched_parties,
        vec!["Namibia Red Cross Society".to_string()]
    );

    let report = &imported.report;
    for expected in [
        ImportNote::Title {
            text: text.title.clone(),
        },
        ImportNote::Kind {
            kind: AgreementKind::Mou,
            named: true,
        },
        ImportNote::Preamble { clauses: 1 },
        ImportNote::Section {
            heading: "Article 1 – Purpose".into(),
            section: Section::PurposeAndScope,
            clauses: 2,
        },
        ImportNote::Section {
            heading: "Article 2 – Roles and Responsibilities".into(),
            section: Section::Responsibilities,
            clauses: 2,
        },
        ImportNote::UnplacedHeading {
            heading: "Article 3 – Miscellaneous".into(),
            section: Section::Collaboration,
            clauses: 2,
        },
        ImportNote::PartyMatched {
            name: "Legal Assistance Centre".into(),
            organisation_id: 2,
        },
        ImportNote::Table {
            title: "Division of responsibilities".into(),
            rows: 2,
        },
        ImportNote::KeptAsNote {
            text: "For the Legal Assistance Centre".into(),
            section: Some(Section::Signatures),
        },
        ImportNote::KeptAsNote {
            text: "AND: Namibia Red Cross Society, of the other part".into(),
            section: None,
        },
        ImportNote::FootnotesIgnored { count: 1 },
    ] {
        assert!(report.contains(&expected), "{expected:?} in {report:#?}");
    }
    assert!(matches!(
        report[1],
        ImportNote::Language {
            language: Language::En,
            ..
        }
    ));
    assert!(!report
        .iter()
        .any(|n| matches!(n, ImportNote::AutomaticNumbering { .. })));
}

/// A French protocol from a French Word: localised style ids, clause numbers only from
/// automatic list numbering ("ARTICLE 2 :" on the headings, "2.1." on the clauses), accents,
/// no-break spaces before colons and inside guillemets.
fn french_protocol() -> WordFile {
    let numbering = concat!(
        r#"<w:abstractNum w:abstractNumId="5"><w:multiLevelType w:val="multilevel"/>"#,
        r#"<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="ARTICLE %1 :"/></w:lvl>"#,
        r#"<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>"#,
        r#"</w:abstractNum>"#,
        r#"<w:num w:numId="3"><w:abstractNumId w:val="5"/></w:num>"#,
    );
    let heading = |text: &str| listed(3, 0, &bold_run(text));
    let clause = |text: &str| listed(3, 1, &run(text));
    let body = [
        styled("Titre", "Protocole d’accord relatif à l’orientation des victimes de la traite"),
        p("ENTRE\u{a0}: le Ministère de la Femme et de l’Action sociale, ci-après «\u{a0}le Ministère\u{a0}», d’une part,"),
        p("ET\u{a0}: l’Association Solidarité Femmes, d’autre part."),
        p("CONSIDÉRANT que la traite des êtres humains constitue une violation grave des droits humains\u{a0};"),
        heading("OBJET"),
        clause("Le présent protocole définit les modalités de coopération entre les parties."),
        heading("OBLIGATIONS DES PARTIES"),
        clause("Le Ministère assure l’hébergement des victimes."),
        // "é" typed as e and a combining accent: imported as one character (NFC).
        clause("L’Association assure l’accompagnement juridique des victimes et le suivi de leur dossier."),
        heading("CONFIDENTIALITÉ DES DONNÉES"),
        clause("Les données personnelles des victimes ne sont partagées qu’avec leur consentement."),
        clause("Les parties désignent chacune un responsable de la protection des données."),
        heading("DURÉE ET RÉSILIATION"),
        clause("Le présent protocole est conclu pour une durée de trois ans."),
    ]
    .concat()
    .replace("désignent", "de\u{301}signent");
    WordFile::new(body)
        .styles(FRENCH_STYLES)
        .numbering(numbering)
}

#[test]
fn a_french_protocol_numbered_by_word_is_read_with_its_automatic_numbers() {
    let imported = import_agreement(&french_protocol().bytes(), &registry()).expect("imported");
    let text = &imported.text;
    assert_eq!(
        text.title,
        "Protocole d’accord relatif à l’orientation des victimes de la traite"
    );
    assert_eq!(text.language, Language::Fr);
    assert_eq!(text.kind, AgreementKind::Mou);
    assert_eq!(
        clauses(&imported, Section::PurposeAndScope),
        vec![
            (1, "CONSIDÉRANT que la traite des êtres humains constitue une violation grave des droits humains\u{a0};".into()),
            (2, "Le présent protocole définit les modalités de coopération entre les parties.".into()),
        ]
    );
    assert_eq!(
        clauses(&imported, Section::Responsibilities),
        vec![
            (3, "Le Ministère assure l’hébergement des victimes.".into()),
            (4, "L’Association assure l’accompagnement juridique des victimes et le suivi de leur dossier.".into()),
        ]
    );
    assert_eq!(
        clauses(&imported, Section::Confidentiality),
        vec![
            (5, "Les données personnelles des victimes ne sont partagées qu’avec leur consentement.".into()),
            (6, "Les parties désignent chacune un responsable de la protection des données.".into()),
        ]
    );
    assert_eq!(clauses(&imported, Section::Duration).len(), 1);
    let numbers: Vec<(String, u32)> = imported
        .report
        .iter()
        .filter_map(|n| match n {
            ImportNote::AutomaticNumbering { number, clause_id } => {
                Some((number.clone(), *clause_id))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        numbers,
        vec![
            ("1.1".to_string(), 2),
            ("2.1".to_string(), 3),
            ("2.2".to_string(), 4),
            ("3.1".to_string(), 5),
            ("3.2".to_string(), 6),
            ("4.1".to_string(), 7),
        ]
    );
    assert!(imported.report.contains(&ImportNote::Section {
        heading: "ARTICLE 2 : OBLIGATIONS DES PARTIES".into(),
        section: Section::Responsibilities,
        clauses: 2,
    }));
    assert_eq!(
        text.parties
            .iter()
            .map(|p| p.organisation_id)
            .collect::<Vec<_>>(),
        vec![4]
    );
    assert_eq!(
        imported.unmatched_parties,
        vec!["l’Association Solidarité Femmes".to_string()]
    );
}

/// Tracked changes are accepted on import: inserted text kept, deleted text dropped, a
/// deleted paragraph mark joining two paragraphs. Comments are not imported but reported.
#[test]
fn tracked_changes_are_accepted_and_comments_reported() {
    let author = "Nguyễn Thị Hoa";
    let body = [
        styled("Title", "Standard Operating Procedures for the Referral of Victims"),
        styled("Heading1", "Funding"),
        format!(
            concat!(
                "<w:p>{}",
                r#"<w:del w:id="1" w:author="{a}" w:date="2026-03-02T10:15:00Z"><w:r><w:delText>thirty</w:delText></w:r></w:del>"#,
                r#"<w:ins w:id="2" w:author="{a}" w:date="2026-03-02T10:15:00Z"><w:r><w:t>sixty</w:t></w:r></w:ins>"#,
                r#"<w:commentRangeStart w:id="0"/>{}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>"#,
            ),
            run("The Ministry shall pay within "),
            run(" days of an invoice."),
            a = author
        ),
        // The partner deleted the paragraph mark: the two paragraphs are one once accepted.
        format!(
            r#"<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="{author}" w:date="2026-03-02T10:16:00Z"/></w:rPr></w:pPr>{}</w:p>"#,
            run("Payments are made")
        ),
        p(" by bank transfer."),
        format!(
            r#"<w:p><w:del w:id="4" w:author="{author}"><w:r><w:delText>This clause is struck out.</w:delText></w:r></w:del></w:p>"#
        ),
    ]
    .concat();
    let file = WordFile::new(body).comments(&format!(
        r#"<w:comment w:id="0" w:author="{author}" w:date="2026-03-02T10:20:00Z"><w:p><w:r><w:t>Sixty is the government's standard.</w:t></w:r></w:p></w:comment>"#
    ));
    let imported = import_agreement(&file.bytes(), &[]).expect("imported");
    assert_eq!(imported.text.kind, AgreementKind::Sop);
    assert_eq!(
        clauses(&imported, Section::Funding),
        vec![
            (
                1,
                "The Ministry shall pay within sixty days of an invoice.".into()
            ),
            (2, "Payments are made by bank transfer.".into()),
        ]
    );
    for expected in [
        ImportNote::TrackedChangesAccepted {
            insertions: 1,
            deletions: 2,
        },
        ImportNote::CommentsIgnored { count: 1 },
    ] {
        assert!(
            imported.report.contains(&expected),
            "{expected:?} in {:#?}",
            imported.report
        );
    }
}

#[test]
fn kinds_are_told_from_the_title_or_opening_lines() {
    let kind_of = |first: &str, second: &str| {
        let body = [
            p(first),
            p(second),
            styled("Heading1", "Purpose"),
            p("The parties cooperate."),
        ]
        .concat();
        import_agreement(&WordFile::new(body).bytes(), &[])
            .expect("imported")
            .text
            .kind
    };
    assert_eq!(
        kind_of("AGREEMENT", "on data sharing"),
        AgreementKind::BindingAgreement
    );
    assert_eq!(
        kind_of("Convention de partenariat", "entre"),
        AgreementKind::BindingAgreement
    );
    assert_eq!(
        kind_of("Lignes directrices", "pour l'orientation"),
        AgreementKind::Guidelines
    );
    assert_eq!(
        kind_of("Procédures opérationnelles normalisées", "de référence"),
        AgreementKind::Sop
    );
    assert_eq!(
        kind_of("Referral of victims", "National coordinating body"),
        AgreementKind::Mou
    );
}

#[test]
fn headings_typed_in_many_ways_find_their_sections() {
    let body = [
        p("Cooperation framework for the protection of victims"),
        p("Section 1"),
        p("Scope"),
        p("The framework covers all regions."),
        p("III. Confidentiality"),
        p("Case files are kept locked."),
        p("MEDIA AND VISIBILITY"),
        p("No media coverage of operations involving victims."),
        format!("<w:p>{}</w:p>", bold_run("Reporting")),
        p("Quarterly reports go to the coordinating body."),
        p("Chapitre 5 – Plaintes"),
        p("Les plaintes sont adressées au secrétariat."),
    ]
    .concat();
    let imported = import_agreement(&WordFile::new(body).bytes(), &[]).expect("imported");
    assert_eq!(
        imported.text.title,
        "Cooperation framework for the protection of victims"
    );
    let sections: Vec<Section> = imported.text.sections.iter().map(|s| s.section).collect();
    assert_eq!(
        sections,
        vec![
            Section::PurposeAndScope,
            Section::Reporting,
            Section::Complaints,
            Section::Confidentiality,
            Section::Media,
        ]
    );
    assert_eq!(
        clauses(&imported, Section::PurposeAndScope),
        vec![(1, "The framework covers all regions.".into())]
    );
    assert!(imported.report.contains(&ImportNote::Section {
        heading: "Section 1 Scope".into(),
        section: Section::PurposeAndScope,
        clauses: 1,
    }));
}

#[test]
fn the_report_serialises_as_codes_and_figures() {
    let imported = import_agreement(&english_mou().bytes(), &registry()).expect("imported");
    let json = serde_json::to_value(&imported.report).expect("JSON");
    assert_eq!(json[0]["code"], "title");
    assert_eq!(json[1]["code"], "language");
    assert_eq!(json[1]["language"], "en");
    let unplaced = json
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["code"] == "unplaced_heading")
        .expect("the unplaced heading");
    assert_eq!(unplaced["section"], "collaboration");
    assert_eq!(unplaced["clauses"], 2);
}

#[test]
fn an_export_of_pacta_imports_back_to_the_same_clauses() {
    use pacta_core::agreement::fixtures::large_agreement;
    use pacta_core::agreement::{PrintLanguage, PrintOptions};
    let agreement = large_agreement();
    let bytes = pacta_docx::render_agreement(
        &agreement,
        &PrintOptions {
            language: PrintLanguage::En,
            ..PrintOptions::default()
        },
    )
    .expect("exported");
    let imported = import_agreement(&bytes, &[]).expect("imported");
    assert_eq!(imported.text.title, agreement.text.title);
    for section in Section::ALL.iter().filter(|s| s.holds_clauses()) {
        let original: Vec<&str> = agreement
            .text
            .clauses(*section)
            .iter()
            .map(|c| c.text.as_str())
            .collect();
        let read: Vec<&str> = imported
            .text
            .clauses(*section)
            .iter()
            .map(|c| c.text.as_str())
            .collect();
        // The title block's lines (reference, version, dates) come first, as a preamble.
        assert!(
            read.windows(original.len()).any(|w| w == original),
            "{section:?}: {read:?}"
        );
    }
    // The list of attached documents has a heading of no section, reported.
    assert!(imported.report.contains(&ImportNote::UnplacedHeading {
        heading: "Attached documents".into(),
        section: Section::Collaboration,
        clauses: 1,
    }));
    assert_eq!(
        imported.text.annexes.len(),
        2,
        "the annex and the attachments list"
    );
    assert_eq!(imported.text.annexes[0].rows.len(), 40);
}
