//! Sample agreements for benchmarks and tests of the writers (feature `fixtures`): never used
//! by the app itself.

use super::document::{AgreementKind, AgreementText, Clause, Party, SectionText, Translation};
use super::language::Language;
use super::lifecycle::AgreementStatus;
use super::printable::{Annex, AttachmentEntry, PrintableAgreement};
use super::record::Signature;
use super::section::Section;
use crate::date::IsoDate;

const WORDS: &[&str] = &[
    "the",
    "parties",
    "shall",
    "coordinate",
    "referral",
    "of",
    "presumed",
    "victims",
    "trafficking",
    "forced",
    "labour",
    "through",
    "focal",
    "points",
    "designated",
    "by",
    "each",
    "organisation",
    "within",
    "five",
    "working",
    "days",
    "and",
    "ensure",
    "that",
    "assistance",
    "shelter",
    "medical",
    "psychological",
    "legal",
    "advice",
    "is",
    "provided",
    "without",
    "discrimination",
    "in",
    "a",
    "language",
    "understood",
    "protecting",
    "confidentiality",
    "safety",
    "dignity",
    "person",
    "concerned",
    "consent",
    "informed",
];

/// A sentence-like run of `count` words, deterministic from `seed`.
fn words(seed: usize, count: usize) -> String {
    let mut text: String = (0..count)
        .map(|i| WORDS[(seed * 31 + i * 7 + i / 5) % WORDS.len()])
        .collect::<Vec<_>>()
        .join(" ");
    text.push('.');
    text[..1].to_uppercase() + &text[1..]
}

fn party(id: i64, name: &str, signatory: &str, title: &str) -> Party {
    Party {
        organisation_id: id,
        name: name.into(),
        signatory: Some(signatory.into()),
        signatory_title: title.into(),
        address: format!("{id} Independence Avenue, Windhoek"),
    }
}

/// The benchmark's agreement: 40 clauses of about 300 words spread over the ten written
/// sections, six parties, and a 40 × 12 annex table (about 30 printed pages).
pub fn large_agreement() -> PrintableAgreement {
    let parties = vec![
        party(
            1,
            "Ministry of Gender Equality, Poverty Eradication and Social Welfare",
            "Hon. Doreen Sioka",
            "Minister",
        ),
        party(
            2,
            "Associação Timorense de Apoio às Vítimas",
            "Ana Maria da Conceição",
            "Directora executiva",
        ),
        party(
            3,
            "Bộ Lao động – Thương binh và Xã hội",
            "Nguyễn Văn Đức",
            "Thứ trưởng",
        ),
        party(
            4,
            "Yayasan Perlindungan Pekerja Migran",
            "Siti Nurhaliza binti Abdullah",
            "Ketua",
        ),
        party(
            5,
            "Fédération des pêcheurs artisanaux",
            "Hélène Lefèvre-Ngô",
            "Présidente",
        ),
        party(
            6,
            "Namibian Police Force",
            "Lt.-Gen. Joseph Shikongo",
            "Inspector-General",
        ),
    ];
    let written: Vec<Section> = Section::ALL
        .iter()
        .copied()
        .filter(|s| s.holds_clauses())
        .collect();
    let sections: Vec<SectionText> = written
        .iter()
        .enumerate()
        .map(|(n, section)| SectionText {
            section: *section,
            clauses: (0..4)
                .map(|c| Clause {
                    id: (n * 4 + c + 1) as u32,
                    text: words(n * 4 + c, 300),
                    notes: Vec::new(),
                })
                .collect(),
        })
        .collect();
    let columns: Vec<String> = std::iter::once("Activity".to_string())
        .chain(
            parties
                .iter()
                .map(|p| format!("Party {}", p.organisation_id)),
        )
        .chain(["Funding", "Duration", "Note", "Pillar", "Review"].map(String::from))
        .collect();
    let rows = (0..40)
        .map(|r| {
            let mut row = vec![format!("Activity {} — {}", r + 1, words(r, 4))];
            row.extend((0..6).map(|p| ["R", "A", "C", "I", "", "C"][(r + p) % 6].to_string()));
            row.extend([
                if r % 3 == 0 { "Ministry" } else { "" }.to_string(),
                format!("{} weeks", r % 12 + 1),
                words(r + 7, 6),
                ["prevention", "protection", "prosecution", "partnership"][r % 4].to_string(),
                "yearly".to_string(),
            ]);
            row
        })
        .collect();
    let annexes = vec![Annex {
        title: "Division of responsibilities".into(),
        columns,
        rows,
    }];
    let text = AgreementText {
        language: Language::En,
        title: "Memorandum of understanding on the national referral mechanism for victims of trafficking".into(),
        kind: AgreementKind::Mou,
        parties: parties.clone(),
        sections: sections.clone(),
        effective_on: IsoDate::from_ymd(2026, 3, 1),
        expires_on: IsoDate::from_ymd(2029, 2, 28),
        annexes: annexes.clone(),
        translation: Some(Translation {
            language: Language::Fr,
            title: "Protocole d’accord relatif au mécanisme national d’orientation des victimes de la traite".into(),
            sections: sections
                .iter()
                .map(|s| SectionText {
                    section: s.section,
                    clauses: s
                        .clauses
                        .iter()
                        .map(|c| Clause { id: c.id, text: format!("Les parties conviennent : {}", c.text), notes: Vec::new() })
                        .collect(),
                })
                .collect(),
        }),
    };
    PrintableAgreement {
        reference: "AGR-2026-001".into(),
        version: 1,
        amendment: 0,
        status: AgreementStatus::Signed,
        printed_on: IsoDate::from_ymd(2026, 11, 25).expect("a real date"),
        author: "National Coordinating Body".into(),
        signatures: parties
            .iter()
            .take(4)
            .map(|p| Signature {
                organisation_id: p.organisation_id,
                signatory: p.signatory.clone().unwrap_or_default(),
                title: p.signatory_title.clone(),
                place: "Windhoek".into(),
                signed_on: IsoDate::from_ymd(2026, 2, 20).expect("a real date"),
            })
            .collect(),
        text,
        annexes,
        attachments: vec![AttachmentEntry {
            file_name: "signed-copy-scan.pdf".into(),
            media_type: "application/pdf".into(),
            size_bytes: 482_113,
            sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08".into(),
        }],
    }
}
