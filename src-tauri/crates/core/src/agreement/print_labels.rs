//! The fixed words of a printed agreement, in each language the text can be printed in.

use pacta_messages::{message, Messages};

use super::document::AgreementKind;
use super::language::Language;
use super::section::Section;
use crate::seal::PrintedSeal;

/// Fixed wording of the printed agreement in one language, from that language's catalogue, so
/// a language added to [`Language`] prints in its own words once its catalogue has them.
#[derive(Debug, Clone)]
pub struct PrintLabels {
    pub language: Language,
    pub reference: String,
    pub version: String,
    pub amendment: String,
    pub date: String,
    pub between: String,
    pub effective_on: String,
    pub expires_on: String,
    pub status: String,
    pub organisation: String,
    pub name: String,
    pub title: String,
    pub place: String,
    pub signature: String,
    pub annex: String,
    pub attachments: String,
    pub file: String,
    pub size: String,
    pub sha256: String,
    pub represented_by: String,
    /// "Page {i} of {n}", the page number and count left as `{i}` and `{n}`: the PDF and Word
    /// footers fill them in only as they lay the pages out.
    pub page_of: String,
    /// The title of the annex that keeps what an imported Word file held outside any clause.
    pub kept_from_word: String,
    pub kept_text: String,
}

impl PrintLabels {
    pub fn of(language: Language) -> PrintLabels {
        let m = messages(language);
        PrintLabels {
            language,
            reference: message!(m, "agreement-reference"),
            version: message!(m, "agreement-version"),
            amendment: message!(m, "agreement-amendment"),
            date: message!(m, "agreement-date"),
            between: message!(m, "agreement-between"),
            effective_on: message!(m, "agreement-effective-on"),
            expires_on: message!(m, "agreement-expires-on"),
            status: message!(m, "agreement-status"),
            organisation: message!(m, "agreement-organisation"),
            name: message!(m, "agreement-name"),
            title: message!(m, "agreement-title"),
            place: message!(m, "agreement-place"),
            signature: message!(m, "agreement-signature"),
            annex: message!(m, "agreement-annex"),
            attachments: message!(m, "agreement-attachments"),
            file: message!(m, "agreement-file"),
            size: message!(m, "agreement-size"),
            sha256: message!(m, "agreement-sha256"),
            represented_by: message!(m, "agreement-represented-by"),
            page_of: message!(m, "agreement-page-of", i = "{i}", n = "{n}"),
            kept_from_word: message!(m, "agreement-kept-from-word"),
            kept_text: message!(m, "agreement-kept-text"),
        }
    }

    /// "Page 3 of 12".
    pub fn page(&self, index: usize, count: usize) -> String {
        message!(
            messages(self.language),
            "agreement-page-of",
            i = index,
            n = count
        )
    }

    /// "Seal 3fa9c1d2e4b5 of 2026-11-25 · chain head 78d10459d8f8 on 2026-12-01".
    pub fn seal_line(&self, seal: &PrintedSeal) -> String {
        message!(
            messages(self.language),
            "agreement-sealed",
            seal = &seal.seal,
            sealed_on = &seal.sealed_on,
            head = &seal.head,
            head_on = &seal.head_on
        )
    }

    pub fn section(&self, section: Section) -> String {
        messages(self.language).get(section_id(section), &[])
    }

    pub fn kind(&self, kind: AgreementKind) -> String {
        messages(self.language).get(kind_id(kind), &[])
    }

    /// A file's exact size: "482,113 bytes", "1 000 000 octets", "1.024 bytes".
    pub fn byte_size(&self, bytes: u64) -> String {
        let messages = messages(self.language);
        pacta_messages::message!(
            messages,
            "agreement-byte-size",
            size = messages.number(bytes),
            count = bytes
        )
    }
}

fn messages(language: Language) -> &'static Messages {
    Messages::of(language.locale())
}

fn section_id(section: Section) -> &'static str {
    match section {
        Section::PurposeAndScope => "agreement-section-purpose-and-scope",
        Section::Parties => "agreement-section-parties",
        Section::AnnualPlanning => "agreement-section-annual-planning",
        Section::Collaboration => "agreement-section-collaboration",
        Section::Responsibilities => "agreement-section-responsibilities",
        Section::Reporting => "agreement-section-reporting",
        Section::Complaints => "agreement-section-complaints",
        Section::Funding => "agreement-section-funding",
        Section::Confidentiality => "agreement-section-confidentiality",
        Section::Media => "agreement-section-media",
        Section::Duration => "agreement-section-duration",
        Section::Signatures => "agreement-section-signatures",
    }
}

fn kind_id(kind: AgreementKind) -> &'static str {
    match kind {
        AgreementKind::BindingAgreement => "agreement-kind-binding-agreement",
        AgreementKind::Mou => "agreement-kind-mou",
        AgreementKind::Sop => "agreement-kind-sop",
        AgreementKind::Guidelines => "agreement-kind-guidelines",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pacta_messages::Locale;

    #[test]
    fn page_numbers_read_in_each_language() {
        assert_eq!(PrintLabels::of(Language::En).page(1, 12), "Page 1 of 12");
        assert_eq!(PrintLabels::of(Language::Fr).page(3, 4), "Page 3 sur 4");
        // The footers number pages themselves, so the template keeps its markers.
        assert_eq!(PrintLabels::of(Language::En).page_of, "Page {i} of {n}");
        assert_eq!(PrintLabels::of(Language::Fr).page_of, "Page {i} sur {n}");
    }

    #[test]
    fn the_seal_line_names_the_seal_and_the_chain_head() {
        let seal = PrintedSeal {
            seal: "3fa9c1d2e4b5".into(),
            sealed_on: "2026-11-25".into(),
            head: "78d10459d8f8".into(),
            head_on: "2026-12-01".into(),
        };
        assert_eq!(
            PrintLabels::of(Language::En).seal_line(&seal),
            "Seal 3fa9c1d2e4b5 of 2026-11-25 · chain head 78d10459d8f8 on 2026-12-01"
        );
        assert_eq!(
            PrintLabels::of(Language::Fr).seal_line(&seal),
            "Sceau 3fa9c1d2e4b5 du 2026-11-25 · tête de chaîne 78d10459d8f8 le 2026-12-01"
        );
    }

    /// Every section title and kind has a message in every language, so none prints its id.
    #[test]
    fn every_section_and_kind_has_its_words_in_every_language() {
        for locale in [Locale::En, Locale::Fr, Locale::Nl] {
            let m = Messages::of(locale);
            for section in Section::ALL {
                assert!(m.has(section_id(*section)), "{locale:?} {section:?}");
            }
            for kind in AgreementKind::ALL {
                assert!(m.has(kind_id(*kind)), "{locale:?} {kind:?}");
            }
        }
    }

    /// Dutch is not a printed `Language` yet; its catalogue already holds the printed words.
    #[test]
    fn dutch_has_its_own_printed_words() {
        let nl = Messages::of(Locale::Nl);
        let en = Messages::of(Locale::En);
        assert_eq!(
            message!(nl, "agreement-page-of", i = 3usize, n = 4usize),
            "Pagina 3 van 4"
        );
        assert_eq!(
            nl.get("agreement-kind-binding-agreement", &[]),
            "Overeenkomst"
        );
        assert_eq!(
            nl.get("agreement-kind-mou", &[]),
            "Memorandum van overeenstemming"
        );
        assert_eq!(nl.get("agreement-signature", &[]), "Handtekening");
        for id in [
            "agreement-reference",
            "agreement-between",
            "agreement-annex",
        ]
        .into_iter()
        .chain(Section::ALL.iter().map(|s| section_id(*s)))
        .chain(AgreementKind::ALL.iter().map(|k| kind_id(*k)))
        {
            assert!(nl.has(id), "nl lacks {id}");
            assert_ne!(nl.get(id, &[]), en.get(id, &[]), "{id} is English in nl");
        }
    }
}
