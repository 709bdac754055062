//! From the registry to what prints: which members, under which headings, in which order, and
//! the words for their kinds, roles and statuses.

use pacta_messages::{message, Messages};

use super::collation::name_order;
use super::labels::DirectoryLabels;
use super::printable::{
    DirectoryEntry, DirectoryGroup, DirectoryGrouping, DirectoryPerson, DirectoryScope,
    PrintableDirectory,
};
use crate::body::{Body, BodyKind, Membership};
use crate::country::CountryNames;
use crate::date::IsoDate;
use crate::organisation::{MemberStatus, Organisation, OrganisationKind};
use crate::representative::Representative;

/// A member as the registry holds it: the organisation, its representatives, its seats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryRecord {
    pub organisation: Organisation,
    pub representatives: Vec<Representative>,
    pub seats: Vec<Membership>,
}

/// Everything a directory may print, as read from the registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectorySource {
    pub partnership: String,
    pub printed_on: IsoDate,
    pub members: Vec<DirectoryRecord>,
    pub bodies: Vec<Body>,
}

impl DirectorySource {
    /// The directory of the members in `scope`, grouped by `grouping`, in `messages`' language.
    /// Groups with no one in them are left out; so are representatives whose personal data
    /// were erased on request, since nothing of them is left to print.
    pub fn arrange(
        self,
        grouping: DirectoryGrouping,
        scope: DirectoryScope,
        messages: &Messages,
    ) -> PrintableDirectory {
        let words = Words {
            messages,
            countries: CountryNames::of(messages.locale()),
        };
        let mut members: Vec<DirectoryRecord> = self
            .members
            .into_iter()
            .filter(|m| {
                scope == DirectoryScope::All || m.organisation.status == MemberStatus::Active
            })
            .collect();
        members.sort_by(|a, b| name_order(&a.organisation.name, &b.organisation.name));
        let groups = match grouping {
            DirectoryGrouping::Constituency => by_constituency(&members, &words),
            DirectoryGrouping::Body => by_body(&members, self.bodies, &words),
        };
        let member_count = members.len();
        PrintableDirectory {
            labels: DirectoryLabels::of(messages, grouping, scope, member_count, self.printed_on),
            partnership: self.partnership,
            grouping,
            scope,
            member_count,
            groups,
            printed_on: self.printed_on,
        }
    }
}

struct Words<'a> {
    messages: &'a Messages,
    countries: CountryNames,
}

impl Words<'_> {
    fn kind(&self, kind: OrganisationKind) -> String {
        message!(self.messages, "directory-kind", kind = kind.code())
    }

    fn group(&self, name: &str, entries: Vec<DirectoryEntry>) -> DirectoryGroup {
        DirectoryGroup {
            heading: message!(
                self.messages,
                "directory-group",
                group = name,
                count = entries.len()
            ),
            continued: message!(self.messages, "directory-continued", group = name),
            entries,
        }
    }

    /// The entry of a member; `seat` when listed under a body, which then does not say the
    /// member's constituency, so the entry does.
    fn entry(&self, record: &DirectoryRecord, seat: Option<&Membership>) -> DirectoryEntry {
        let organisation = &record.organisation;
        let mut details = Vec::new();
        if !organisation.acronym.trim().is_empty() {
            details.push(organisation.acronym.trim().to_string());
        }
        if let Some(country) = &organisation.country {
            details.push(self.countries.name(country));
        }
        if let Some(chamber) = organisation.chamber.as_deref().map(str::trim) {
            if !chamber.is_empty() {
                details.push(chamber.to_string());
            }
        }
        if seat.is_some() {
            details.push(self.kind(organisation.kind));
        }
        let seat = seat.map_or_else(String::new, |seat| {
            let role = message!(self.messages, "directory-role", role = seat.role.code());
            match seat.office {
                Some(office) => format!(
                    "{role} · {}",
                    message!(self.messages, "directory-office", office = office.code())
                ),
                None => role,
            }
        });
        let status = match organisation.status {
            MemberStatus::Active => String::new(),
            status => message!(self.messages, "directory-status", status = status.code()),
        };
        DirectoryEntry {
            organisation: organisation.name.clone(),
            details,
            seat,
            status,
            representatives: people(&record.representatives),
        }
    }
}

/// The primary representative first, then the alternates by name; erased ones left out.
fn people(representatives: &[Representative]) -> Vec<DirectoryPerson> {
    let mut kept: Vec<&Representative> = representatives
        .iter()
        .filter(|r| r.erased_at.is_none())
        .collect();
    kept.sort_by(|a, b| {
        b.primary
            .cmp(&a.primary)
            .then_with(|| name_order(&a.name, &b.name))
    });
    kept.into_iter()
        .map(|r| DirectoryPerson {
            name: r.name.trim().to_string(),
            title: r.title.trim().to_string(),
            email: r.email.trim().to_string(),
            phone: r.phone.trim().to_string(),
        })
        .collect()
}

/// One group per kind of organisation, in the kinds' own order (the one forms offer).
fn by_constituency(members: &[DirectoryRecord], words: &Words) -> Vec<DirectoryGroup> {
    OrganisationKind::ALL
        .iter()
        .filter_map(|kind| {
            let entries: Vec<DirectoryEntry> = members
                .iter()
                .filter(|m| m.organisation.kind == *kind)
                .map(|m| words.entry(m, None))
                .collect();
            (!entries.is_empty()).then(|| words.group(&words.kind(*kind), entries))
        })
        .collect()
}

/// One group per body (plenaries, then committees, then working groups, each by name), then
/// the members who sit in none, so that no listed member is left out.
fn by_body(
    members: &[DirectoryRecord],
    mut bodies: Vec<Body>,
    words: &Words,
) -> Vec<DirectoryGroup> {
    let rank = |kind: BodyKind| BodyKind::ALL.iter().position(|k| *k == kind);
    bodies.sort_by(|a, b| {
        rank(a.kind)
            .cmp(&rank(b.kind))
            .then_with(|| name_order(&a.name, &b.name))
    });
    let mut groups: Vec<DirectoryGroup> = bodies
        .iter()
        .filter_map(|body| {
            let entries: Vec<DirectoryEntry> = members
                .iter()
                .filter_map(|m| {
                    let seat = m.seats.iter().find(|s| s.body_id == body.id)?;
                    Some(words.entry(m, Some(seat)))
                })
                .collect();
            let name = format!("{} ({})", body.name.trim(), body.code);
            (!entries.is_empty()).then(|| words.group(&name, entries))
        })
        .collect();
    let unseated: Vec<DirectoryEntry> = members
        .iter()
        .filter(|m| {
            !m.seats
                .iter()
                .any(|s| bodies.iter().any(|b| b.id == s.body_id))
        })
        .map(|m| {
            let mut entry = words.entry(m, None);
            entry.details.push(words.kind(m.organisation.kind));
            entry
        })
        .collect();
    if !unseated.is_empty() {
        groups.push(words.group(&message!(words.messages, "directory-no-body"), unseated));
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::{Office, Role};
    use crate::organisation::Pillar;
    use pacta_messages::Locale;

    fn organisation(
        id: i64,
        name: &str,
        kind: OrganisationKind,
        status: MemberStatus,
    ) -> Organisation {
        Organisation {
            id,
            name: name.into(),
            acronym: String::new(),
            kind,
            country: Some("KH".into()),
            chamber: None,
            pillars: vec![Pillar::Protection],
            status,
            joined_on: IsoDate::from_ymd(2024, 1, 1).expect("a real date"),
            notes: String::new(),
        }
    }

    fn person(id: i64, organisation_id: i64, name: &str, primary: bool) -> Representative {
        Representative {
            id,
            organisation_id,
            name: name.into(),
            title: "Director".into(),
            email: format!("{id}@example.org"),
            phone: String::new(),
            primary,
            erased_at: None,
        }
    }

    fn body(id: i64, name: &str, code: &str, kind: BodyKind) -> Body {
        Body {
            id,
            name: name.into(),
            code: code.into(),
            kind,
            member_count: 0,
        }
    }

    fn seat(body: &Body, organisation_id: i64, role: Role, office: Option<Office>) -> Membership {
        Membership {
            id: body.id * 100 + organisation_id,
            body_id: body.id,
            body_name: body.name.clone(),
            organisation_id,
            organisation_name: String::new(),
            role,
            office,
            weight: 1,
        }
    }

    /// Five members: two NGOs, a ministry, a withdrawn union; a plenary and a committee.
    fn source() -> DirectorySource {
        let plenary = body(1, "General Assembly", "GA", BodyKind::Plenary);
        let committee = body(2, "Steering Committee", "SC", BodyKind::Committee);
        let record = |organisation: Organisation, seats: Vec<Membership>| DirectoryRecord {
            representatives: vec![
                person(
                    organisation.id * 10,
                    organisation.id,
                    "Zoé Alternate",
                    false,
                ),
                person(
                    organisation.id * 10 + 1,
                    organisation.id,
                    "Anh Primary",
                    true,
                ),
            ],
            organisation,
            seats,
        };
        DirectorySource {
            partnership: "Mekong Forum".into(),
            printed_on: IsoDate::from_ymd(2026, 12, 7).expect("a real date"),
            members: vec![
                record(
                    organisation(
                        1,
                        "Zonta Club",
                        OrganisationKind::CivilSociety,
                        MemberStatus::Active,
                    ),
                    vec![seat(&plenary, 1, Role::VotingMember, None)],
                ),
                record(
                    organisation(
                        2,
                        "Ministry of Labour",
                        OrganisationKind::Government,
                        MemberStatus::Active,
                    ),
                    vec![
                        seat(&plenary, 2, Role::VotingMember, Some(Office::Chair)),
                        seat(&committee, 2, Role::VotingMember, None),
                    ],
                ),
                record(
                    organisation(
                        3,
                        "Éclairée",
                        OrganisationKind::CivilSociety,
                        MemberStatus::Active,
                    ),
                    vec![seat(&committee, 3, Role::Observer, None)],
                ),
                record(
                    organisation(
                        4,
                        "Dockers’ Union",
                        OrganisationKind::TradeUnion,
                        MemberStatus::Withdrawn,
                    ),
                    vec![seat(&plenary, 4, Role::VotingMember, None)],
                ),
                record(
                    organisation(
                        5,
                        "Academy of Sea Law",
                        OrganisationKind::Academic,
                        MemberStatus::Active,
                    ),
                    Vec::new(),
                ),
            ],
            // Listed committee first: the plenary must still lead.
            bodies: vec![committee, plenary],
        }
    }

    fn names(group: &DirectoryGroup) -> Vec<&str> {
        group
            .entries
            .iter()
            .map(|e| e.organisation.as_str())
            .collect()
    }

    #[test]
    fn constituencies_follow_the_kinds_order_with_members_by_name() {
        let directory = source().arrange(
            DirectoryGrouping::Constituency,
            DirectoryScope::Active,
            Messages::of(Locale::En),
        );
        let headings: Vec<&str> = directory
            .groups
            .iter()
            .map(|g| g.heading.as_str())
            .collect();
        assert_eq!(
            headings,
            [
                "Government ministry or agency — 1 member",
                "NGO / civil society — 2 members",
                "Academic — 1 member"
            ]
        );
        assert_eq!(names(&directory.groups[1]), ["Éclairée", "Zonta Club"]);
        assert_eq!(
            directory.member_count, 4,
            "the withdrawn union is not listed"
        );
        let entry = &directory.groups[0].entries[0];
        assert_eq!(
            entry.details,
            ["Cambodia"],
            "the heading says the constituency"
        );
        assert!(entry.seat.is_empty());
        let people: Vec<&str> = entry
            .representatives
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(
            people,
            ["Anh Primary", "Zoé Alternate"],
            "the primary first"
        );
    }

    #[test]
    fn bodies_list_their_members_with_role_and_office_then_those_in_none() {
        let directory = source().arrange(
            DirectoryGrouping::Body,
            DirectoryScope::Active,
            Messages::of(Locale::En),
        );
        let headings: Vec<&str> = directory
            .groups
            .iter()
            .map(|g| g.heading.as_str())
            .collect();
        assert_eq!(
            headings,
            [
                "General Assembly (GA) — 2 members",
                "Steering Committee (SC) — 2 members",
                "Not seated in any body — 1 member"
            ]
        );
        assert_eq!(
            names(&directory.groups[0]),
            ["Ministry of Labour", "Zonta Club"]
        );
        assert_eq!(directory.groups[0].entries[0].seat, "Voting member · Chair");
        assert_eq!(directory.groups[1].entries[0].organisation, "Éclairée");
        assert_eq!(directory.groups[1].entries[0].seat, "Observer");
        assert_eq!(
            directory.groups[0].entries[0].details,
            ["Cambodia", "Government ministry or agency"],
            "under a body, the entry names its constituency"
        );
        assert_eq!(
            directory.groups[1].continued,
            "Steering Committee (SC) (continued)"
        );
        assert_eq!(
            directory.member_count, 4,
            "a member in two bodies counts once"
        );
    }

    #[test]
    fn all_members_are_marked_with_their_status_in_the_readers_language() {
        let directory = source().arrange(
            DirectoryGrouping::Constituency,
            DirectoryScope::All,
            Messages::of(Locale::Fr),
        );
        let union = directory
            .groups
            .iter()
            .flat_map(|g| &g.entries)
            .find(|e| e.organisation == "Dockers’ Union")
            .expect("listed with all members");
        assert_eq!(union.status, "Retiré");
        assert_eq!(
            directory.groups.last().map(|g| g.heading.as_str()),
            Some("Université / recherche — 1 membre")
        );
        assert_eq!(
            directory.labels.subtitle,
            "Tous les membres, quel que soit leur statut, par groupe d’acteurs"
        );
    }

    #[test]
    fn erased_representatives_are_left_out() {
        let mut source = source();
        source.members[0].representatives[1].erased_at = Some("2026-11-01".into());
        let directory = source.arrange(
            DirectoryGrouping::Constituency,
            DirectoryScope::Active,
            Messages::of(Locale::Nl),
        );
        let zonta = directory.groups[1]
            .entries
            .iter()
            .find(|e| e.organisation == "Zonta Club")
            .expect("listed");
        assert_eq!(zonta.representatives.len(), 1);
        assert_eq!(zonta.representatives[0].name, "Zoé Alternate");
        assert_eq!(
            directory.groups[1].heading,
            "Ngo / maatschappelijk middenveld — 2 leden"
        );
    }
}
