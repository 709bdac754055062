crate::closed_choice!(
    /// The sections every arrangement between a state body and civil society should settle,
    /// in the order they are printed.
    Section {
        PurposeAndScope => "purpose_and_scope",
        Parties => "parties",
        AnnualPlanning => "annual_planning",
        Collaboration => "collaboration",
        Responsibilities => "responsibilities",
        Reporting => "reporting",
        Complaints => "complaints",
        Funding => "funding",
        Confidentiality => "confidentiality",
        Media => "media",
        Duration => "duration",
        Signatures => "signatures",
    }
);

impl Section {
    /// Sections written as clauses; the parties and signatures sections are made from the
    /// parties and their signatories instead.
    pub fn holds_clauses(self) -> bool {
        !matches!(self, Section::Parties | Section::Signatures)
    }

    /// The section's number in the printed agreement (1-based).
    pub fn number(self) -> usize {
        Section::ALL
            .iter()
            .position(|s| *s == self)
            .expect("a known section")
            + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checklist_has_twelve_sections_ten_of_them_written_as_clauses() {
        assert_eq!(Section::ALL.len(), 12);
        assert_eq!(
            Section::ALL.iter().filter(|s| s.holds_clauses()).count(),
            10
        );
        assert_eq!(Section::PurposeAndScope.number(), 1);
        assert_eq!(Section::Signatures.number(), 12);
    }
}
