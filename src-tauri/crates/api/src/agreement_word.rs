//! Agreements and Word: a draft made from a secretariat's existing .docx, and a partner's edited
//! copy of Pacta's own export taken back clause by clause (tracked changes, comments, or plain
//! edits), accepted or rejected by the secretariat, then saved as usual — into the current draft,
//! or into a new amendment when the version is signed.

use std::io::Read;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::member_table::io_error;
use crate::{agreements, said, ApiError, ApiResult, ErrorCode, Partnership};
use pacta_core::agreement::{
    AgreementStatus, AgreementText, AgreementVersion, Annex, Clause, ClauseNote, Language,
    PrintLabels, Section,
};
use pacta_docx::{
    ClauseRedline, DocxReadError, ImportNote, KnownOrganisation, OtherFormat, RedlineComment,
    UnplacedParagraph,
};
use pacta_store::{agreements as stored, organisations};

/// The largest Word file read: far above any agreement, far below what would exhaust memory.
const MAX_DOCX_BYTES: u64 = 64 * 1024 * 1024;

/// What importing a Word file made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct WordImport {
    pub agreement_id: i64,
    pub title: String,
    pub sections: u32,
    pub clauses: u32,
    pub parties: Vec<String>,
    /// What became what, part by part, and what was kept as a note.
    pub report: Vec<ImportNote>,
    /// Organisations the document names that are not in the registry.
    pub unmatched_parties: Vec<String>,
}

/// A partner's edited copy, clause by clause, beside the text stored in Pacta.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct RedlineReview {
    pub agreement_id: i64,
    /// The version the partner's copy was exported from.
    pub exported_version: u32,
    /// True when accepting changes starts a new amendment (the latest version is signed).
    pub becomes_amendment: bool,
    pub clauses: Vec<ClauseReview>,
    /// Paragraphs the partner added outside any clause.
    pub unplaced: Vec<UnplacedParagraph>,
    /// Comments anchored outside any clause.
    pub other_comments: Vec<RedlineComment>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct ClauseReview {
    pub section: Option<Section>,
    /// The clause as stored now in the latest version.
    pub stored: String,
    /// True when accepting would change the stored text.
    pub changed: bool,
    pub redline: ClauseRedline,
}

/// Which of a redline's clauses to take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", content = "clause_ids", rename_all = "snake_case")]
pub enum RedlineChoice {
    AcceptAll,
    /// The ids of the clauses whose proposed text is accepted; the others stay as stored.
    Accept(Vec<u32>),
}

/// Creates a draft agreement from a Word file: its title, language, kind, sections from its
/// headings, clauses from its paragraphs (typed or automatic numbering), parties recognised in
/// the registry, tables as annexes.
pub fn import(partnership: &mut Partnership, path: &Path) -> ApiResult<WordImport> {
    let bytes = read_docx(path)?;
    let registry: Vec<KnownOrganisation> = organisations::all(partnership.conn())?
        .into_iter()
        .map(|o| KnownOrganisation {
            id: o.id,
            name: o.name,
            acronym: o.acronym,
        })
        .collect();
    let imported =
        pacta_docx::import_agreement(&bytes, &registry).map_err(|e| read_error(path, e))?;
    let mut text = imported.text;
    // Text that fits no clause stays with the agreement, as an annex the secretariat can read
    // and move, so nothing of the Word file is lost.
    let kept: Vec<Vec<String>> = imported
        .report
        .iter()
        .filter_map(|note| match note {
            ImportNote::KeptAsNote { text, .. } => Some(vec![text.clone()]),
            _ => None,
        })
        .collect();
    if !kept.is_empty() {
        let words = PrintLabels::of(text.language);
        text.annexes.push(Annex {
            title: words.kept_from_word.to_string(),
            columns: vec![words.kept_text.to_string()],
            rows: kept,
        });
    }
    let agreement_id = agreements::create_with_text(partnership, text.clone())?;
    Ok(WordImport {
        agreement_id,
        title: text.title.clone(),
        sections: count(
            text.sections
                .iter()
                .filter(|s| !s.clauses.is_empty())
                .count(),
        ),
        clauses: count(text.sections.iter().map(|s| s.clauses.len()).sum()),
        parties: text.parties.iter().map(|p| p.name.clone()).collect(),
        report: imported.report,
        unmatched_parties: imported.unmatched_parties,
    })
}

/// Reads a partner's copy of one of this agreement's exports, writing nothing.
pub fn review_redline(
    partnership: &Partnership,
    agreement_id: i64,
    path: &Path,
) -> ApiResult<RedlineReview> {
    let bytes = read_docx(path)?;
    let conn = partnership.conn();
    let summary = stored::list(conn)?
        .into_iter()
        .find(|a| a.id == agreement_id)
        .ok_or_else(|| {
            ApiError::new(
                ErrorCode::NotFound,
                said!("error-not-found", kind = "agreement", id = agreement_id),
            )
        })?;
    let versions = stored::versions(conn, agreement_id)?;
    let mut last_refusal = None;
    let mut found = None;
    for version in versions.iter().rev() {
        let token = pacta_docx::agreement_token(&summary.reference, version.number);
        match pacta_docx::read_redline(&bytes, &token) {
            Ok(redline) => {
                found = Some((version.number, redline));
                break;
            }
            Err(error @ DocxReadError::NotThisAgreement { .. }) => last_refusal = Some(error),
            Err(error) => return Err(read_error(path, error)),
        }
    }
    let Some((exported_version, redline)) = found else {
        let said = match last_refusal {
            Some(DocxReadError::NotThisAgreement { found: Some(token) }) => said!(
                "error-word-other-agreement",
                file = path,
                agreement = &summary.reference,
                token = token
            ),
            _ => said!(
                "error-word-unmarked",
                file = path,
                agreement = &summary.reference
            ),
        };
        return Err(ApiError::new(ErrorCode::InvalidAgreement, said));
    };
    let latest = versions.last().expect("an agreement has a version");
    let clauses = redline
        .clauses
        .into_iter()
        .map(|clause| {
            let sections = match clause.translation {
                None => Some(&latest.text.sections),
                Some(language) => latest
                    .text
                    .translation
                    .as_ref()
                    .filter(|t| t.language == language)
                    .map(|t| &t.sections),
            };
            let placed = sections.and_then(|sections| {
                sections.iter().find_map(|s| {
                    s.clauses
                        .iter()
                        .find(|c| c.id == clause.clause_id)
                        .map(|c| (s.section, c.text.clone()))
                })
            });
            let (section, stored) = placed.map_or((None, String::new()), |(s, t)| (Some(s), t));
            ClauseReview {
                section,
                changed: normalised(&stored) != normalised(&clause.proposed),
                stored,
                redline: clause,
            }
        })
        .collect();
    Ok(RedlineReview {
        agreement_id,
        exported_version,
        becomes_amendment: is_closed(partnership, latest)?,
        clauses,
        unplaced: redline.unplaced,
        other_comments: redline.other_comments,
    })
}

/// Takes the accepted clauses of a partner's copy into the agreement: the latest version when it
/// is still open, a new amendment when it is signed. Rejected clauses stay as stored.
pub fn apply_redline(
    partnership: &mut Partnership,
    agreement_id: i64,
    path: &Path,
    choice: &RedlineChoice,
) -> ApiResult<AgreementVersion> {
    let review = review_redline(partnership, agreement_id, path)?;
    let latest = stored::latest(partnership.conn(), agreement_id)?;
    let target = if review.becomes_amendment {
        agreements::amend(partnership, agreement_id)?
    } else {
        latest
    };
    let mut text = target.text.clone();
    for clause in &review.clauses {
        let redline = &clause.redline;
        let Some(stored) = stored_clause(&mut text, redline.translation, redline.clause_id) else {
            continue;
        };
        // The partner's comments stay with their clause as notes, whether its change is taken
        // or not: they are the partner's words to the secretariat.
        for comment in &redline.comments {
            let note = ClauseNote {
                author: comment.author.clone(),
                date: comment.date.clone(),
                text: comment.text.clone(),
            };
            if !stored.notes.contains(&note) {
                stored.notes.push(note);
            }
        }
        let accepted = match choice {
            RedlineChoice::AcceptAll => true,
            RedlineChoice::Accept(ids) => ids.contains(&redline.clause_id),
        };
        if clause.changed && accepted {
            stored.text = redline.proposed.trim().to_string();
        }
    }
    agreements::save_text(partnership, target.id, &text)
}

/// The clause of that id in the main text, or in the translation of that language.
fn stored_clause(
    text: &mut AgreementText,
    translation: Option<Language>,
    id: u32,
) -> Option<&mut Clause> {
    let sections = match translation {
        None => &mut text.sections,
        Some(language) => {
            &mut text
                .translation
                .as_mut()
                .filter(|t| t.language == language)?
                .sections
        }
    };
    sections
        .iter_mut()
        .flat_map(|s| s.clauses.iter_mut())
        .find(|c| c.id == id)
}

fn is_closed(partnership: &Partnership, latest: &AgreementVersion) -> ApiResult<bool> {
    let status = stored::status(partnership.conn(), latest.agreement_id)?;
    Ok(latest.frozen
        || !latest.signatures.is_empty()
        || (latest.amendment == 0
            && matches!(
                status,
                AgreementStatus::Signed
                    | AgreementStatus::InForce
                    | AgreementStatus::Expired
                    | AgreementStatus::Terminated
            )))
}

fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn read_docx(path: &Path) -> ApiResult<Vec<u8>> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_lowercase();
    if extension == "docm" {
        return Err(read_error(path, DocxReadError::MacroEnabled));
    }
    let file = std::fs::File::open(path).map_err(|e| io_error(path, e))?;
    let mut bytes = Vec::new();
    file.take(MAX_DOCX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(path, e))?;
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > MAX_DOCX_BYTES {
        return Err(ApiError::new(
            ErrorCode::UnreadableDocument,
            said!(
                "error-word-too-large",
                file = path,
                limit = MAX_DOCX_BYTES / (1024 * 1024)
            ),
        ));
    }
    Ok(bytes)
}

/// The reason a Word file cannot be read, in words a secretary can act on.
fn read_error(path: &Path, error: DocxReadError) -> ApiError {
    let file = path;
    let (code, said) = match &error {
        DocxReadError::NotAZip { looks_like } => (
            ErrorCode::UnsupportedFormat,
            said!(
                "error-word-not-a-zip",
                file = file,
                looks_like = match looks_like {
                    Some(OtherFormat::Pdf) => "pdf",
                    Some(OtherFormat::Rtf) => "rtf",
                    Some(OtherFormat::Html) => "html",
                    Some(OtherFormat::PlainText) => "text",
                    None => "unknown",
                }
            ),
        ),
        DocxReadError::LegacyOrEncrypted { encrypted: true } => (
            ErrorCode::ProtectedFile,
            said!("error-word-protected", file = file),
        ),
        DocxReadError::LegacyOrEncrypted { encrypted: false } => (
            ErrorCode::UnsupportedFormat,
            said!("error-word-legacy", file = file),
        ),
        DocxReadError::NotAWordDocument { .. } => (
            ErrorCode::UnsupportedFormat,
            said!("error-word-other-zip", file = file),
        ),
        DocxReadError::MacroEnabled => (
            ErrorCode::UnsupportedFormat,
            said!("error-word-macros", file = file),
        ),
        DocxReadError::NotThisAgreement { found: Some(token) } => (
            ErrorCode::InvalidAgreement,
            said!("error-word-other-version", file = file, token = token),
        ),
        DocxReadError::NotThisAgreement { found: None } => (
            ErrorCode::InvalidAgreement,
            said!("error-word-no-mark", file = file),
        ),
        DocxReadError::TooLarge { part, limit_bytes } => (
            ErrorCode::UnreadableDocument,
            said!(
                "error-word-part-too-large",
                file = file,
                part = part,
                limit = *limit_bytes
            ),
        ),
        DocxReadError::SuspiciousCompression { part, ratio } => (
            ErrorCode::UnreadableDocument,
            said!(
                "error-word-compression",
                file = file,
                part = part,
                ratio = *ratio
            ),
        ),
        DocxReadError::TooManyParts { count, limit } => (
            ErrorCode::UnreadableDocument,
            said!(
                "error-word-too-many-parts",
                file = file,
                count = *count,
                limit = *limit
            ),
        ),
        DocxReadError::DamagedZip { reason } => (
            ErrorCode::UnreadableDocument,
            said!("error-word-damaged-zip", file = file, detail = reason),
        ),
        DocxReadError::MalformedXml { part, reason } => (
            ErrorCode::UnreadableDocument,
            said!(
                "error-word-malformed",
                file = file,
                part = part,
                detail = reason
            ),
        ),
    };
    ApiError::new(code, said)
}
