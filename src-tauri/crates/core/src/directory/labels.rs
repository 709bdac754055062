//! The directory's fixed words in the reader's language, from the message catalogue, so the PDF
//! writer prints them without knowing the language.

use pacta_messages::{message, Messages};

use super::printable::{DirectoryGrouping, DirectoryScope};
use crate::date::IsoDate;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryLabels {
    pub title: String,
    /// Which members, grouped how: "Active members, by constituency".
    pub subtitle: String,
    /// "24 members".
    pub count: String,
    /// "Printed on 7 December 2026".
    pub printed_on: String,
    /// "Page {i} of {n}", the page furniture's placeholders.
    pub page_of: String,
    pub organisation: String,
    pub representative: String,
    pub email: String,
    pub phone: String,
    pub no_representative: String,
    pub no_members: String,
}

impl DirectoryLabels {
    pub fn of(
        messages: &Messages,
        grouping: DirectoryGrouping,
        scope: DirectoryScope,
        member_count: usize,
        printed_on: IsoDate,
    ) -> DirectoryLabels {
        DirectoryLabels {
            title: message!(messages, "directory-title"),
            subtitle: message!(
                messages,
                "directory-subtitle",
                scope = scope.code(),
                grouping = grouping.code()
            ),
            count: message!(messages, "directory-count", count = member_count),
            printed_on: message!(
                messages,
                "directory-printed-on",
                date = long_date(messages, printed_on)
            ),
            page_of: message!(messages, "directory-page-of", page = "{i}", pages = "{n}"),
            organisation: message!(messages, "directory-column-organisation"),
            representative: message!(messages, "directory-column-representative"),
            email: message!(messages, "directory-column-email"),
            phone: message!(messages, "directory-column-phone"),
            no_representative: message!(messages, "directory-no-representative"),
            no_members: message!(messages, "directory-no-members"),
        }
    }
}

/// "7 December 2026", "1er août 2026", "3 maart 2026".
fn long_date(messages: &Messages, date: IsoDate) -> String {
    message!(
        messages,
        "directory-date",
        day = date.day(),
        month = date.month(),
        // As text: a year is a name, never "2,026" however the catalogue formats numbers.
        year = date.year().to_string()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use pacta_messages::Locale;

    fn labels(locale: Locale, grouping: DirectoryGrouping, day: u32) -> DirectoryLabels {
        DirectoryLabels::of(
            Messages::of(locale),
            grouping,
            DirectoryScope::Active,
            1,
            IsoDate::from_ymd(2026, 8, day).expect("a real date"),
        )
    }

    #[test]
    fn each_language_words_the_scope_the_grouping_and_the_date() {
        let en = labels(Locale::En, DirectoryGrouping::Constituency, 7);
        assert_eq!(en.subtitle, "Active members, by constituency");
        assert_eq!(en.printed_on, "Printed on 7 August 2026");
        assert_eq!(en.count, "1 member");
        assert_eq!(en.page_of, "Page {i} of {n}");
        let fr = labels(Locale::Fr, DirectoryGrouping::Body, 1);
        assert_eq!(fr.subtitle, "Membres actifs, par instance");
        assert_eq!(fr.printed_on, "Imprimé le 1er août 2026");
        let nl = labels(Locale::Nl, DirectoryGrouping::Body, 1);
        assert_eq!(nl.title, "Ledenlijst");
        assert_eq!(nl.printed_on, "Afgedrukt op 1 augustus 2026");
        assert_eq!(nl.page_of, "Pagina {i} van {n}");
    }
}
