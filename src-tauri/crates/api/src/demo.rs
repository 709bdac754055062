//! The demo partnership: the SEA Forum for Fishers, a regional body of eight governments,
//! employers, trade unions and NGOs, with an observer and technical advisers.

use crate::{ApiError, ApiResult, ErrorCode, Partnership, Said};
use pacta_core::voting::presets::Preset;
use pacta_core::voting::{
    Ballot, BallotChoice, Ballots, Base, Choice, Counting, Fraction, Measure, Protocol, ProxyRule,
    QuorumRule, Requirement, Roll, RollMember, Scope, Threshold,
};
use pacta_core::Role;
use pacta_core::{
    BodyDraft, MemberStatus, MembershipDraft, OrganisationDraft, RepresentativeDraft,
    StatusChangeDraft,
};
use pacta_store::{bodies, organisations, partnership, protocols, representatives, Connection};

struct DemoMember {
    name: &'static str,
    acronym: &'static str,
    kind: &'static str,
    country: &'static str,
    chamber: &'static str,
    pillars: &'static [&'static str],
    joined_on: &'static str,
    /// Role and weight in the General Assembly.
    role: &'static str,
    weight: u32,
    office: &'static str,
    /// Also sits in the technical working group.
    in_working_group: bool,
    people: &'static [(&'static str, &'static str, &'static str)],
}

const MEMBERS: &[DemoMember] = &[
    DemoMember {
        name: "Ministry of Labour and Vocational Training",
        acronym: "MLVT",
        kind: "government",
        country: "KH",
        chamber: "Governments",
        pillars: &["prevention", "protection"],
        joined_on: "2023-03-15",
        role: "voting_member",
        weight: 2,
        office: "",
        in_working_group: true,
        people: &[
            (
                "Sok Chanthy (សុខ ចន្ធី)",
                "Director, Department of Labour Inspection",
                "chanthy.sok@mlvt.gov.kh",
            ),
            ("Chea Bopha", "Deputy Director", "bopha.chea@mlvt.gov.kh"),
        ],
    },
    DemoMember {
        name: "Kementerian Ketenagakerjaan (Ministry of Manpower)",
        acronym: "Kemnaker",
        kind: "government",
        country: "ID",
        chamber: "Governments",
        pillars: &["prevention", "prosecution"],
        joined_on: "2023-03-15",
        role: "voting_member",
        weight: 2,
        office: "",
        in_working_group: false,
        people: &[(
            "Siti Nurhaliza Rahmawati",
            "Director of Labour Norms Supervision",
            "siti.rahmawati@kemnaker.go.id",
        )],
    },
    DemoMember {
        name: "Kementerian Sumber Manusia (Ministry of Human Resources)",
        acronym: "KESUMA",
        kind: "government",
        country: "MY",
        chamber: "Governments",
        pillars: &["prevention"],
        joined_on: "2023-03-15",
        role: "voting_member",
        weight: 2,
        office: "",
        in_working_group: false,
        people: &[(
            "Ahmad Faizal bin Ismail",
            "Undersecretary, Policy Division",
            "faizal.ismail@mohr.gov.my",
        )],
    },
    DemoMember {
        name: "Ministry of Labour, Immigration and Population",
        acronym: "MOLIP",
        kind: "government",
        country: "MM",
        chamber: "Governments",
        pillars: &["protection"],
        joined_on: "2023-03-15",
        role: "voting_member",
        weight: 2,
        office: "",
        in_working_group: false,
        people: &[(
            "Daw Khin Mya Mya Aung (ခင်မြမြအောင်)",
            "Deputy Director General",
            "khinmyamya@molip.gov.mm",
        )],
    },
    DemoMember {
        name: "Department of Labor and Employment",
        acronym: "DOLE",
        kind: "government",
        country: "PH",
        chamber: "Governments",
        pillars: &["prevention", "protection", "prosecution"],
        joined_on: "2023-03-15",
        role: "voting_member",
        weight: 2,
        office: "vice_chair",
        in_working_group: true,
        people: &[(
            "Ma. Cristina Dela Peña",
            "Assistant Secretary",
            "mc.delapena@dole.gov.ph",
        )],
    },
    DemoMember {
        name: "Ministry of Labour",
        acronym: "MOL",
        kind: "government",
        country: "TH",
        chamber: "Governments",
        pillars: &["prevention", "protection", "partnership"],
        joined_on: "2023-03-15",
        role: "voting_member",
        weight: 2,
        office: "chair",
        in_working_group: true,
        people: &[(
            "Somchai Wongsawat (สมชาย วงศ์สวัสดิ์)",
            "Permanent Secretary's Office",
            "somchai.w@mol.go.th",
        )],
    },
    DemoMember {
        name: "Secretaria de Estado para a Formação Profissional e Emprego",
        acronym: "SEFOPE",
        kind: "government",
        country: "TL",
        chamber: "Governments",
        pillars: &["prevention"],
        joined_on: "2024-01-20",
        role: "voting_member",
        weight: 2,
        office: "",
        in_working_group: false,
        people: &[(
            "Ana Maria da Conceição Gusmão",
            "Directora-Geral",
            "ana.gusmao@sefope.gov.tl",
        )],
    },
    DemoMember {
        name:
            "Bộ Lao động – Thương binh và Xã hội (Ministry of Labour, Invalids and Social Affairs)",
        acronym: "MOLISA",
        kind: "government",
        country: "VN",
        chamber: "Governments",
        pillars: &["protection", "partnership"],
        joined_on: "2023-03-15",
        role: "voting_member",
        weight: 2,
        office: "",
        in_working_group: true,
        people: &[
            (
                "Nguyễn Thị Hương",
                "Vụ trưởng, Department of Overseas Labour",
                "huong.nt@molisa.gov.vn",
            ),
            ("Trần Văn Đức", "Chuyên viên", "duc.tv@molisa.gov.vn"),
        ],
    },
    DemoMember {
        name: "Thai Frozen Foods Association",
        acronym: "TFFA",
        kind: "employers",
        country: "TH",
        chamber: "Employers",
        pillars: &["prevention"],
        joined_on: "2023-05-02",
        role: "voting_member",
        weight: 1,
        office: "",
        in_working_group: true,
        people: &[(
            "Pornthip Srisuk (พรทิพย์ ศรีสุข)",
            "Sustainability Director",
            "pornthip@thai-frozen.or.th",
        )],
    },
    DemoMember {
        name: "Asosiasi Tuna Indonesia",
        acronym: "ASTUIN",
        kind: "employers",
        country: "ID",
        chamber: "Employers",
        pillars: &["prevention"],
        joined_on: "2023-05-02",
        role: "voting_member",
        weight: 1,
        office: "",
        in_working_group: false,
        people: &[("Budi Santoso", "Ketua Umum", "budi.santoso@astuin.or.id")],
    },
    DemoMember {
        name: "Fishers' Rights Network",
        acronym: "FRN",
        kind: "trade_union",
        country: "TH",
        chamber: "Workers",
        pillars: &["protection", "partnership"],
        joined_on: "2023-04-10",
        role: "voting_member",
        weight: 1,
        office: "",
        in_working_group: true,
        people: &[(
            "Kyaw Zin Oo (ကျော်ဇင်ဦး)",
            "Organiser, Songkhla",
            "kyawzinoo@frn.org",
        )],
    },
    DemoMember {
        name: "Kesatuan Pelaut Indonesia",
        acronym: "KPI",
        kind: "trade_union",
        country: "ID",
        chamber: "Workers",
        pillars: &["protection"],
        joined_on: "2023-04-10",
        role: "voting_member",
        weight: 1,
        office: "",
        in_working_group: false,
        people: &[(
            "Dewi Lestari",
            "Sekretaris Jenderal",
            "dewi.lestari@kpi.or.id",
        )],
    },
    DemoMember {
        name: "Stella Maris Seafarers' Centre",
        acronym: "",
        kind: "civil_society",
        country: "TH",
        chamber: "Civil society",
        pillars: &["protection"],
        joined_on: "2023-06-01",
        role: "voting_member",
        weight: 1,
        office: "",
        in_working_group: false,
        people: &[(
            "Fr. Joseph Phạm Văn Lộc",
            "Port Chaplain",
            "chaplain@stellamaris.or.th",
        )],
    },
    DemoMember {
        name: "Migrant Workers Rights Network",
        acronym: "MWRN",
        kind: "civil_society",
        country: "TH",
        chamber: "Civil society",
        pillars: &["protection", "prosecution"],
        joined_on: "2023-06-01",
        role: "voting_member",
        weight: 1,
        office: "",
        in_working_group: true,
        people: &[(
            "Phyo Phyo Thant (ဖြိုးဖြိုးသန့်)",
            "Legal Officer",
            "phyo.thant@mwrn.org",
        )],
    },
    DemoMember {
        name: "Trung tâm Phát triển và Hội nhập",
        acronym: "CDI",
        kind: "civil_society",
        country: "VN",
        chamber: "Civil society",
        pillars: &["prevention", "protection"],
        joined_on: "2024-02-12",
        role: "voting_member",
        weight: 1,
        office: "",
        in_working_group: false,
        people: &[("Lê Quang Bình", "Giám đốc", "binh.le@cdi.org.vn")],
    },
    DemoMember {
        name: "Southeast Asian Fisheries Development Center",
        acronym: "SEAFDEC",
        kind: "international",
        country: "",
        chamber: "",
        pillars: &["partnership"],
        joined_on: "2023-03-15",
        role: "observer",
        weight: 1,
        office: "",
        in_working_group: false,
        people: &[(
            "Dr. Worawit Wanchana (วรวิทย์ วันชนะ)",
            "Policy and Programme Coordinator",
            "worawit@seafdec.org",
        )],
    },
    DemoMember {
        name: "International Labour Organization, Regional Office for Asia and the Pacific",
        acronym: "ILO",
        kind: "international",
        country: "",
        chamber: "",
        pillars: &["prevention", "partnership"],
        joined_on: "2023-03-15",
        role: "technical_adviser",
        weight: 1,
        office: "",
        in_working_group: true,
        people: &[(
            "Jean-François Lévêque",
            "Senior Specialist, Fundamental Principles and Rights at Work",
            "leveque@ilo.org",
        )],
    },
    DemoMember {
        name: "International Organization for Migration",
        acronym: "IOM",
        kind: "international",
        country: "",
        chamber: "",
        pillars: &["protection"],
        joined_on: "2023-03-15",
        role: "technical_adviser",
        weight: 1,
        office: "",
        in_working_group: false,
        people: &[(
            "Joaquín Muñoz Ibáñez",
            "Regional Counter-Trafficking Specialist",
            "jmunoz@iom.int",
        )],
    },
];

/// Fills an empty partnership with the demo; refuses one that already has members.
pub fn load(partnership: &mut Partnership) -> ApiResult<()> {
    if partnership.info()?.members > 0 {
        return Err(ApiError::new(
            ErrorCode::FileExists,
            Said::new("error-demo-not-empty"),
        ));
    }
    partnership.write(|conn, stamp| {
        partnership::rename(conn, "SEA Forum for Fishers")?;
        let assembly = BodyDraft {
            name: "General Assembly".into(),
            code: "GA".into(),
            kind: "plenary".into(),
        }
        .validate()?;
        let assembly = bodies::insert(conn, stamp, &assembly)?;
        let group = BodyDraft {
            name: "Technical Working Group on Recruitment and Working Conditions".into(),
            code: "TWG".into(),
            kind: "working_group".into(),
        }
        .validate()?;
        let group = bodies::insert(conn, stamp, &group)?;

        for member in MEMBERS {
            let draft = OrganisationDraft {
                name: member.name.into(),
                acronym: member.acronym.into(),
                kind: member.kind.into(),
                country: member.country.into(),
                chamber: member.chamber.into(),
                pillars: member.pillars.iter().map(|p| (*p).to_string()).collect(),
                joined_on: member.joined_on.into(),
                notes: String::new(),
            };
            let id = organisations::insert(conn, stamp, &draft.validate()?, MemberStatus::Active)?;
            for (index, (name, title, email)) in member.people.iter().enumerate() {
                let person = RepresentativeDraft {
                    name: (*name).into(),
                    title: (*title).into(),
                    email: (*email).into(),
                    phone: String::new(),
                    primary: index == 0,
                };
                representatives::insert(conn, stamp, id, &person.validate()?)?;
            }
            let seat = MembershipDraft {
                role: member.role.into(),
                office: member.office.into(),
                weight: member.weight.to_string(),
            };
            bodies::set_membership(conn, stamp, assembly, id, &seat.validate()?)?;
            if member.in_working_group {
                let seat = MembershipDraft {
                    role: member.role.into(),
                    office: String::new(),
                    weight: "1".into(),
                };
                bodies::set_membership(conn, stamp, group, id, &seat.validate()?)?;
            }
        }

        let committee = BodyDraft {
            name: "Executive Committee".into(),
            code: "EC".into(),
            kind: "committee".into(),
        }
        .validate()?;
        let committee = bodies::insert(conn, stamp, &committee)?;
        for (acronym, office) in [
            ("MOL", "chair"),
            ("DOLE", "vice_chair"),
            ("TFFA", ""),
            ("FRN", ""),
            ("CDI", ""),
        ] {
            let id = id_by_acronym(conn, acronym)?;
            let seat = MembershipDraft {
                role: "voting_member".into(),
                office: office.into(),
                weight: "1".into(),
            };
            bodies::set_membership(conn, stamp, committee, id, &seat.validate()?)?;
        }
        demo_protocols(conn, stamp, assembly, committee)?;

        let network = organisations::id_by_name(conn, "Migrant Workers Rights Network")?
            .expect("demo member");
        let suspension = StatusChangeDraft {
            status: "suspended".into(),
            effective_on: "2025-09-30".into(),
            reason:
                "Annual contribution for 2025 outstanding; suspension pending the General Assembly"
                    .into(),
        }
        .validate(
            MemberStatus::Active,
            pacta_core::IsoDate::from_ymd(2023, 6, 1).expect("valid date"),
        )?;
        organisations::change_status(conn, stamp, network, &suspension)?;
        let draft_agreement = crate::demo_agreements::load(conn, stamp)?;
        crate::demo_matrices::load(conn, stamp, draft_agreement)?;
        crate::demo_meetings::load(conn, stamp, assembly)?;
        Ok(())
    })
}

fn id_by_acronym(conn: &Connection, acronym: &str) -> ApiResult<i64> {
    let member = MEMBERS
        .iter()
        .find(|m| m.acronym == acronym)
        .expect("a demo acronym");
    Ok(organisations::id_by_name(conn, member.name)?.expect("a demo member"))
}

/// The General Assembly decides ordinary matters by a simple majority of the weighted votes
/// cast, and changes to its terms of reference by a majority in each chamber and two-thirds
/// overall; the Executive Committee works by consensus. One vote already taken.
fn demo_protocols(
    conn: &Connection,
    stamp: &pacta_core::Stamp,
    assembly: i64,
    committee: i64,
) -> ApiResult<()> {
    let quorum = vec![QuorumRule::PresentFraction {
        fraction: Fraction::HALF,
        strict: true,
        by: Measure::Heads,
    }];
    let ordinary = Protocol {
        quorum: quorum.clone(),
        requirements: vec![Requirement {
            scope: Scope::Body,
            base: Base::VotesCast,
            threshold: Threshold::MoreThan(Fraction::HALF),
            counting: Counting::Weighted,
        }],
        proxies: Some(ProxyRule {
            max_per_holder: 1,
            counts_for_quorum: false,
        }),
        split_votes: false,
        casting_vote: false,
    };
    let terms = Protocol {
        requirements: vec![
            Requirement {
                scope: Scope::EachChamber,
                base: Base::VotesCast,
                threshold: Threshold::MoreThan(Fraction::HALF),
                counting: Counting::Heads,
            },
            Requirement {
                scope: Scope::Body,
                base: Base::VotesCast,
                threshold: Threshold::AtLeast(Fraction::TWO_THIRDS),
                counting: Counting::Weighted,
            },
        ],
        ..ordinary.clone()
    };
    let ordinary = protocols::save(conn, stamp, assembly, "Ordinary decisions", None, &ordinary)?;
    protocols::save(conn, stamp, assembly, "Terms of reference", None, &terms)?;
    protocols::save(
        conn,
        stamp,
        committee,
        "Consensus",
        Some(Preset::Consensus),
        &Preset::Consensus.protocol(),
    )?;

    let mut attendance = Vec::new();
    let mut ballots = Vec::new();
    for (index, member) in MEMBERS.iter().enumerate() {
        let id = organisations::id_by_name(conn, member.name)?
            .expect("a demo member")
            .to_string();
        let present = !matches!(member.acronym, "KESUMA" | "KPI");
        attendance.push(RollMember {
            id: id.clone(),
            name: String::new(),
            chamber: None,
            weight: 1,
            role: Role::VotingMember,
            status: MemberStatus::Active,
            present,
            presiding: false,
        });
        let votes = present && member.role == "voting_member" && member.acronym != "MWRN";
        if votes {
            let choice = match index % 7 {
                3 => Choice::No,
                5 => Choice::Abstain,
                _ => Choice::Yes,
            };
            ballots.push(Ballot {
                member: id,
                choice: BallotChoice::Choice(choice),
            });
        }
    }
    let input = crate::voting::VoteInput {
        body_id: assembly,
        protocol_id: ordinary.id,
        motion: "Adoption of the 2027 work plan of the Forum".into(),
        roll: Roll {
            members: attendance,
            proxies: Vec::new(),
        },
        ballots: Ballots::RollCall {
            ballots,
            casting: None,
        },
    };
    crate::voting::close_within(conn, stamp, &input, &input.motion, None)?;
    Ok(())
}

/// How many member organisations the demo holds.
pub fn member_count() -> usize {
    MEMBERS.len()
}
