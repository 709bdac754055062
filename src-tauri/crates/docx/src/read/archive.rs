//! Opening a Word package safely: what the bytes are before they are unzipped, which parts
//! make the document (found through the package's relationships, as Word does), and reading
//! those parts under a size budget so a zip bomb or a lying size header cannot exhaust memory.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use zip::ZipArchive;

use super::xml;
use crate::read_error::{DocxReadError, OtherFormat, OtherPackage};

/// All parts read from one file unpack to at most this much.
const TOTAL_LIMIT: u64 = 64 * 1024 * 1024;
/// A part may unpack to this many times its packed size… (XML compresses 10–30 times; deflate
/// reaches about 1000 only on crafted repetition.)
const RATIO_LIMIT: u64 = 250;
/// …once it is this large: small parts of repeated markup compress very well and are harmless.
const RATIO_FLOOR: u64 = 1024 * 1024;
/// A Word document has a few dozen entries; a million-entry directory is an attack.
const ENTRIES_LIMIT: usize = 10_000;

/// The OLE compound file signature: `.doc`, and Word's encrypted packages.
const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

const OFFICE_DOCUMENT: &str = "/officeDocument";
const DEFAULT_MAIN: &str = "word/document.xml";

/// The parts of a Word document the readers use.
pub(crate) struct WordPackage {
    pub document: String,
    pub styles: Option<String>,
    pub numbering: Option<String>,
    pub comments: Option<String>,
}

pub(crate) fn open(bytes: &[u8]) -> Result<WordPackage, DocxReadError> {
    if bytes.starts_with(&OLE_MAGIC) {
        return Err(DocxReadError::LegacyOrEncrypted {
            encrypted: holds_encrypted_package(bytes),
        });
    }
    if !bytes.starts_with(b"PK") {
        return Err(DocxReadError::NotAZip {
            looks_like: other_format(bytes),
        });
    }
    let archive = ZipArchive::new(Cursor::new(bytes)).map_err(damaged)?;
    if archive.len() > ENTRIES_LIMIT {
        return Err(DocxReadError::TooManyParts {
            count: archive.len(),
            limit: ENTRIES_LIMIT,
        });
    }
    let mut package = Package::new(archive);
    if package.names.keys().any(|n| n.ends_with("vbaproject.bin")) {
        return Err(DocxReadError::MacroEnabled);
    }
    let content_types = package.read("[Content_Types].xml")?;
    if let Some(types) = &content_types {
        if types.to_ascii_lowercase().contains("macroenabled") {
            return Err(DocxReadError::MacroEnabled);
        }
    }
    let main = package.main_document(content_types.as_deref())?;
    let Some(document) = package.read(&main)? else {
        return Err(DocxReadError::NotAWordDocument {
            looks_like: package.other_package(),
        });
    };
    let related = package.relationships_of(&main)?;
    let mut part = |kind: &str, conventional: &str| -> Result<Option<String>, DocxReadError> {
        let name = related.iter().find(|(t, _)| t.ends_with(kind)).map_or_else(
            || sibling(&main, conventional),
            |(_, target)| target.clone(),
        );
        package.read(&name)
    };
    Ok(WordPackage {
        styles: part("/styles", "styles.xml")?,
        numbering: part("/numbering", "numbering.xml")?,
        comments: part("/comments", "comments.xml")?,
        document,
    })
}

fn damaged(error: zip::result::ZipError) -> DocxReadError {
    DocxReadError::DamagedZip {
        reason: error.to_string(),
    }
}

/// Word's encrypted package is an OLE file with a stream named "EncryptedPackage"; OLE
/// directory entries name their streams in UTF-16LE.
fn holds_encrypted_package(bytes: &[u8]) -> bool {
    let name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    bytes.windows(name.len()).any(|w| w == name.as_slice())
}

fn other_format(bytes: &[u8]) -> Option<OtherFormat> {
    let head = &bytes[..bytes.len().min(512)];
    let start = head
        .strip_prefix(&[0xEF, 0xBB, 0xBF])
        .unwrap_or(head)
        .trim_ascii_start();
    let lower = String::from_utf8_lossy(start).to_ascii_lowercase();
    if start.starts_with(b"%PDF") {
        Some(OtherFormat::Pdf)
    } else if start.starts_with(b"{\\rtf") {
        Some(OtherFormat::Rtf)
    } else if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        Some(OtherFormat::Html)
    } else if !bytes.is_empty() && !head.contains(&0) && is_utf8_prefix(head) {
        Some(OtherFormat::PlainText)
    } else {
        None
    }
}

/// UTF-8, allowing a character cut off at the end of the sample.
fn is_utf8_prefix(bytes: &[u8]) -> bool {
    match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    }
}

/// `name` in the folder of `part`: "word/styles.xml" beside "word/document.xml".
fn sibling(part: &str, name: &str) -> String {
    match part.rfind('/') {
        Some(at) => format!("{}/{name}", &part[..at]),
        None => name.to_string(),
    }
}

/// A relationship target as a part name: relative to the source part's folder, or absolute
/// from the package root; "../" steps up.
fn resolve(source: &str, target: &str) -> String {
    let mut segments: Vec<&str> = match target.strip_prefix('/') {
        Some(_) => Vec::new(),
        None => source.split('/').collect(),
    };
    if !target.starts_with('/') {
        segments.pop();
    }
    for segment in target.trim_start_matches('/').split('/') {
        match segment {
            ".." => {
                segments.pop();
            }
            "." | "" => {}
            s => segments.push(s),
        }
    }
    segments.join("/")
}

struct Package<'b> {
    archive: ZipArchive<Cursor<&'b [u8]>>,
    /// Part names are case-insensitive in a package; lower-cased name to entry index.
    names: HashMap<String, usize>,
    /// What is left of [`TOTAL_LIMIT`].
    budget: u64,
}

impl<'b> Package<'b> {
    fn new(archive: ZipArchive<Cursor<&'b [u8]>>) -> Self {
        let names = archive
            .file_names_raw()
            .enumerate()
            .map(|(i, raw)| (String::from_utf8_lossy(raw).to_lowercase(), i))
            .collect();
        Package {
            archive,
            names,
            budget: TOTAL_LIMIT,
        }
    }

    fn has(&self, name: &str) -> bool {
        self.names.contains_key(&name.to_lowercase())
    }

    /// A part as text, `None` when the package has no such part.
    fn read(&mut self, name: &str) -> Result<Option<String>, DocxReadError> {
        let Some(&index) = self.names.get(&name.to_lowercase()) else {
            return Ok(None);
        };
        let entry = self.archive.by_index(index).map_err(damaged)?;
        let packed = entry.compressed_size().max(1);
        let mut bytes = Vec::new();
        let mut chunk = [0u8; 64 * 1024];
        // The entry's declared size is not trusted: reading stops at the budget whatever the
        // header says.
        let mut reader = entry.take(self.budget + 1);
        loop {
            let read = reader
                .read(&mut chunk)
                .map_err(|e| DocxReadError::DamagedZip {
                    reason: format!("{name}: {e}"),
                })?;
            if read == 0 {
                break;
            }
            bytes.extend_from_slice(&chunk[..read]);
            let unpacked = bytes.len() as u64;
            if unpacked > self.budget {
                return Err(DocxReadError::TooLarge {
                    part: name.to_string(),
                    limit_bytes: TOTAL_LIMIT,
                });
            }
            if unpacked > RATIO_FLOOR && unpacked / packed > RATIO_LIMIT {
                return Err(DocxReadError::SuspiciousCompression {
                    part: name.to_string(),
                    ratio: RATIO_LIMIT,
                });
            }
        }
        self.budget -= bytes.len() as u64;
        xml::decode(name, bytes).map(Some)
    }

    /// (type, target part) of each relationship of `part`.
    fn relationships_of(&mut self, part: &str) -> Result<Vec<(String, String)>, DocxReadError> {
        let rels = match part.rfind('/') {
            Some(at) => format!("{}/_rels/{}.rels", &part[..at], &part[at + 1..]),
            None => format!("_rels/{part}.rels"),
        };
        let Some(text) = self.read(&rels)? else {
            return Ok(Vec::new());
        };
        let tree = xml::parse(&rels, &text)?;
        Ok(tree
            .descendants()
            .filter(|n| n.has_tag_name("Relationship"))
            .filter(|n| n.attribute("TargetMode") != Some("External"))
            .filter_map(|n| {
                let kind = n.attribute("Type")?;
                let target = n.attribute("Target")?;
                Some((kind.to_string(), resolve(part, target)))
            })
            .collect())
    }

    /// The main document part: the package's office-document relationship when it points at
    /// a Word document, else where Word puts it.
    fn main_document(&mut self, content_types: Option<&str>) -> Result<String, DocxReadError> {
        let root = self.relationships_of("")?;
        let declared = root
            .into_iter()
            .find(|(kind, _)| kind.ends_with(OFFICE_DOCUMENT))
            .map(|(_, target)| target);
        if let Some(target) = declared {
            if self.has(&target) && is_word_part(content_types, &target) {
                return Ok(target);
            }
        }
        Ok(DEFAULT_MAIN.to_string())
    }

    fn other_package(&self) -> Option<OtherPackage> {
        if self.has("xl/workbook.xml") {
            Some(OtherPackage::Spreadsheet)
        } else if self.has("ppt/presentation.xml") {
            Some(OtherPackage::Presentation)
        } else if self.has("mimetype") || self.has("content.xml") {
            Some(OtherPackage::OpenDocument)
        } else {
            None
        }
    }
}

/// Whether `[Content_Types].xml` declares the part a WordprocessingML main document; when it
/// says nothing about it (some writers rely on defaults), whether the part is in `word/`.
fn is_word_part(content_types: Option<&str>, part: &str) -> bool {
    let by_name = part.to_ascii_lowercase().starts_with("word/");
    let Some(types) = content_types else {
        return by_name;
    };
    let Ok(tree) = roxmltree::Document::parse(types) else {
        return by_name;
    };
    let declared = tree
        .descendants()
        .filter(|n| n.has_tag_name("Override"))
        .find(|n| {
            n.attribute("PartName")
                .is_some_and(|p| p.trim_start_matches('/').eq_ignore_ascii_case(part))
        })
        .and_then(|n| n.attribute("ContentType"));
    declared.map_or(by_name, |t| {
        t.contains("wordprocessingml") || t.contains("ms-word")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relationship_targets_resolve_like_word() {
        assert_eq!(
            resolve("word/document.xml", "styles.xml"),
            "word/styles.xml"
        );
        assert_eq!(resolve("word/document.xml", "/word/x.xml"), "word/x.xml");
        assert_eq!(
            resolve("word/document.xml", "../customXml/a.xml"),
            "customXml/a.xml"
        );
        assert_eq!(resolve("", "word/document.xml"), "word/document.xml");
    }

    #[test]
    fn other_formats_are_recognised_by_their_first_bytes() {
        assert_eq!(other_format(b"%PDF-1.7\n"), Some(OtherFormat::Pdf));
        assert_eq!(other_format(b"{\\rtf1\\ansi"), Some(OtherFormat::Rtf));
        assert_eq!(other_format(b"  <!DOCTYPE html>"), Some(OtherFormat::Html));
        assert_eq!(
            other_format("Accord de coopération".as_bytes()),
            Some(OtherFormat::PlainText)
        );
        assert_eq!(other_format(&[0, 159, 146, 150]), None);
    }
}
