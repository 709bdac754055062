//! The demo's agreements: a national-referral-mechanism MoU between a ministry and an NGO,
//! signed and amended once, and a data-sharing agreement among three members still in draft.

use crate::ApiResult;
use pacta_core::agreement::templates::TemplateCode;
use pacta_core::agreement::{AgreementStatus, Clause, Language, Party, Section, Signature};
use pacta_core::{IsoDate, Stamp};
use pacta_store::{agreements, organisations, representatives, Connection};

fn date(year: i32, month: u32, day: u32) -> IsoDate {
    IsoDate::from_ymd(year, month, day).expect("a real demo date")
}

/// The party with its primary representative as signatory.
fn party(conn: &Connection, name: &str, address: &str) -> ApiResult<Party> {
    let id = organisations::id_by_name(conn, name)?.expect("a demo member");
    let signatory = representatives::of_organisation(conn, id)?
        .into_iter()
        .find(|r| r.primary)
        .expect("a demo member has a primary representative");
    Ok(Party {
        organisation_id: id,
        name: name.to_string(),
        signatory: Some(signatory.name),
        signatory_title: signatory.title,
        address: address.to_string(),
    })
}

fn signature(party: &Party, place: &str, on: IsoDate) -> Signature {
    Signature {
        organisation_id: party.organisation_id,
        signatory: party.signatory.clone().expect("a demo signatory"),
        title: party.signatory_title.clone(),
        place: place.to_string(),
        signed_on: on,
    }
}

/// Returns the draft agreement, to which the demo's responsibility matrix is annexed.
pub(crate) fn load(conn: &Connection, stamp: &Stamp) -> ApiResult<i64> {
    let ministry = party(
        conn,
        "Bộ Lao động – Thương binh và Xã hội (Ministry of Labour, Invalids and Social Affairs)",
        "12 Ngô Quyền, Hoàn Kiếm, Hà Nội, Việt Nam",
    )?;
    let ngo = party(
        conn,
        "Trung tâm Phát triển và Hội nhập",
        "Số 2, ngõ 10 Trần Quốc Hoàn, Cầu Giấy, Hà Nội, Việt Nam",
    )?;

    let mut referral = TemplateCode::NationalReferralMechanism.agreement_text(Language::En, true);
    referral.title =
        "Memorandum of understanding on the referral of fishers who are victims of trafficking"
            .into();
    referral.parties = vec![ministry.clone(), ngo.clone()];
    referral.effective_on = Some(date(2024, 7, 1));
    referral.expires_on = Some(date(2027, 1, 31));
    let id = agreements::create(conn, stamp, &referral)?;
    agreements::set_status(conn, stamp, id, AgreementStatus::Negotiation, None)?;
    let first = agreements::latest(conn, id)?;
    agreements::sign(
        conn,
        stamp,
        first.id,
        &signature(&ministry, "Hà Nội", date(2024, 6, 20)),
    )?;
    agreements::sign(
        conn,
        stamp,
        first.id,
        &signature(&ngo, "Hà Nội", date(2024, 6, 21)),
    )?;
    agreements::set_status(conn, stamp, id, AgreementStatus::Signed, None)?;
    agreements::set_status(conn, stamp, id, AgreementStatus::InForce, None)?;

    // The amendment extends shelter support and adds a clause on interpreters.
    let mut amended = referral.clone();
    let next_id = amended
        .sections
        .iter()
        .flat_map(|s| s.clauses.iter().map(|c| c.id))
        .max()
        .unwrap_or(0)
        + 1;
    if let Some(section) = amended
        .sections
        .iter_mut()
        .find(|s| s.section == Section::Responsibilities)
    {
        section.clauses.push(Clause {
            id: next_id,
            text: "The Centre provides interpreters for Burmese, Khmer and Lao speaking fishers \
                   within 24 hours of a referral."
                .into(),
            notes: Vec::new(),
        });
    }
    if let Some(translation) = amended.translation.as_mut() {
        if let Some(section) = translation
            .sections
            .iter_mut()
            .find(|s| s.section == Section::Responsibilities)
        {
            section.clauses.push(Clause {
                id: next_id,
                text: "Le Centre fournit des interprètes pour les pêcheurs parlant birman, khmer \
                       ou lao dans les 24 heures suivant l’orientation."
                    .into(),
                notes: Vec::new(),
            });
        }
    }
    let amendment = agreements::amend(conn, stamp, id, &amended)?;
    agreements::sign(
        conn,
        stamp,
        amendment,
        &signature(&ministry, "Hà Nội", date(2025, 3, 3)),
    )?;
    agreements::sign(
        conn,
        stamp,
        amendment,
        &signature(&ngo, "Hà Nội", date(2025, 3, 4)),
    )?;

    let mut sharing = TemplateCode::DataSharing.agreement_text(Language::En, true);
    sharing.title = "Agreement on sharing case data on fishers in distress".into();
    sharing.parties = vec![
        party(
            conn,
            "Secretaria de Estado para a Formação Profissional e Emprego",
            "Avenida Presidente Nicolau Lobato, Díli, Timor-Leste",
        )?,
        party(conn, "Fishers' Rights Network", "Songkhla, Thailand")?,
        party(
            conn,
            "International Labour Organization, Regional Office for Asia and the Pacific",
            "United Nations Building, Rajdamnern Nok Avenue, Bangkok",
        )?,
    ];
    sharing.effective_on = Some(date(2027, 1, 1));
    Ok(agreements::create(conn, stamp, &sharing)?)
}
