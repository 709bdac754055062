crate::closed_choice!(
    /// Where one column of a member list goes: one of Pacta's own columns, the notes (several
    /// columns may go there, each line prefixed by its header), or nowhere.
    ColumnTarget {
        Id => "id",
        Name => "name",
        Acronym => "acronym",
        Kind => "kind",
        Country => "country",
        Chamber => "chamber",
        Pillars => "pillars",
        Status => "status",
        JoinedOn => "joined_on",
        Notes => "notes",
        RepresentativeName => "representative_name",
        RepresentativeTitle => "representative_title",
        RepresentativeEmail => "representative_email",
        RepresentativePhone => "representative_phone",
        Ignore => "ignore",
    }
);

impl ColumnTarget {
    /// Whether only one column may go here; notes gather several, ignored columns go nowhere.
    pub fn takes_one_column(self) -> bool {
        !matches!(self, ColumnTarget::Notes | ColumnTarget::Ignore)
    }

    /// The targets a member list must fill.
    pub const REQUIRED: &'static [ColumnTarget] = &[ColumnTarget::Name, ColumnTarget::Kind];
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::member_record::MEMBER_COLUMNS;

    #[test]
    fn every_member_column_is_a_target_with_the_same_code() {
        for column in MEMBER_COLUMNS {
            assert!(ColumnTarget::parse(column).is_some(), "{column}");
        }
        assert_eq!(ColumnTarget::ALL.len(), MEMBER_COLUMNS.len() + 1);
    }
}
