crate::closed_choice!(
    /// The input field a validation problem concerns; the UI shows the message next to it.
    Field {
        PartnershipName => "partnership_name",
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
        Title => "title",
        Email => "email",
        Phone => "phone",
        BodyName => "body_name",
        BodyCode => "body_code",
        Role => "role",
        Office => "office",
        Weight => "weight",
        EffectiveOn => "effective_on",
        Reason => "reason",
        Id => "id",
    }
);
