//! Golden pages of the printed agreements: for each template, an agreement drafted, checked and
//! signed through the use cases is exported as a PDF; its first page and its signature page
//! are rendered to PNG with `pdftoppm` (artifacts/golden/, to look at) and their text, laid out
//! by `pdftotext -layout`, must equal the reviewed copy in tests/golden/. After a deliberate
//! change of layout, `PACTA_UPDATE_GOLDEN=1` rewrites the copies; review the diff and the PNGs.

use std::path::{Path, PathBuf};
use std::process::Command;

use pacta_api::agreements::{self, NewAgreement};
use pacta_api::{agreement_export, demo, members, Clock, Partnership};
use pacta_core::agreement::templates::TemplateCode;
use pacta_core::agreement::{
    AgreementStatus, Language, Paper, PrintLanguage, PrintOptions, Signature,
};
use pacta_core::{Field, IsoDate, MemberQuery};

const MINISTRY: &str =
    "Bộ Lao động – Thương binh và Xã hội (Ministry of Labour, Invalids and Social Affairs)";
const NGO: &str = "Trung tâm Phát triển và Hội nhập";

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the repository")
        .to_path_buf()
}

fn run(program: &str, args: &[&str]) -> String {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} runs (poppler-utils, imagemagick): {e}"));
    assert!(
        output.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

fn page_text(pdf: &str, page: usize) -> String {
    let page = page.to_string();
    let text = run(
        "pdftotext",
        &[
            "-layout", "-enc", "UTF-8", "-f", &page, "-l", &page, pdf, "-",
        ],
    );
    // Trailing blanks and the form feed carry no meaning.
    text.lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
        .trim_end()
        .to_string()
        + "\n"
}

fn page_count(pdf: &str) -> usize {
    run("pdfinfo", &[pdf])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo prints the page count")
}

/// Renders one page to PNG and returns the mean brightness (1.0 = blank white).
fn render_page(pdf: &str, page: usize, png_stem: &Path) -> f64 {
    let page_arg = page.to_string();
    run(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "60",
            "-f",
            &page_arg,
            "-l",
            &page_arg,
            "-singlefile",
            pdf,
            png_stem.to_str().expect("a UTF-8 path"),
        ],
    );
    let png = png_stem.with_extension("png");
    let mean = run(
        "convert",
        &[
            png.to_str().expect("a UTF-8 path"),
            "-colorspace",
            "Gray",
            "-format",
            "%[fx:mean]",
            "info:",
        ],
    );
    mean.trim().parse().expect("a brightness")
}

/// The text as compared, line by line: a seal or chain head (12 hex digits) stands as
/// `<hash>`, because seals hold salted hashes of people's names whose salts are random; and
/// runs of spaces count as one, because `pdftotext -layout` places columns by the page's
/// widest line, the footer's, whose width moves with the digits of those hashes. Where things
/// sit on the page is what the rendered PNGs are for.
fn comparable(text: &str) -> String {
    text.lines()
        .map(|line| {
            line.split_whitespace()
                .map(|word| {
                    let hash = word.len() == 12 && word.chars().all(|c| c.is_ascii_hexdigit());
                    if hash {
                        "<hash>"
                    } else {
                        word
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn compare_with_golden(name: &str, actual: &str) {
    let golden = repo_root().join("tests/golden").join(name);
    if std::env::var_os("PACTA_UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, actual).expect("write the golden copy");
        return;
    }
    let expected = std::fs::read_to_string(&golden).unwrap_or_else(|_| {
        panic!(
            "{} is missing: run with PACTA_UPDATE_GOLDEN=1 and review it",
            golden.display()
        )
    });
    if comparable(&expected) != comparable(actual) {
        let rejected = repo_root()
            .join("artifacts/golden")
            .join(format!("{name}.actual"));
        std::fs::write(&rejected, actual).expect("write the rejected copy");
        panic!(
            "{name} differs from its golden copy; compare {} with {}",
            golden.display(),
            rejected.display()
        );
    }
}

fn id_of(partnership: &Partnership, name: &str) -> i64 {
    members::list(
        partnership,
        &MemberQuery {
            limit: 100,
            ..MemberQuery::default()
        },
    )
    .expect("the member list")
    .rows
    .into_iter()
    .find(|m| m.name == name)
    .expect("a demo member")
    .id
}

/// An agreement from `template` between the demo's ministry and NGO, signed by both.
fn signed_agreement(partnership: &mut Partnership, template: TemplateCode) -> i64 {
    let ministry = id_of(partnership, MINISTRY);
    let ngo = id_of(partnership, NGO);
    let id = agreements::create(
        partnership,
        &NewAgreement {
            template: Some(template),
            kind: template.kind(),
            title: String::new(),
            language: Language::En,
            bilingual: true,
            party_ids: vec![ministry, ngo],
        },
    )
    .expect("drafted");
    let version = agreements::detail(partnership, id)
        .expect("detail")
        .versions[0]
        .clone();
    let mut text = version.text.clone();
    text.effective_on = IsoDate::parse(Field::EffectiveOn, "2027-01-01").ok();
    text.expires_on = IsoDate::parse(Field::EffectiveOn, "2029-12-31").ok();
    agreements::save_text(partnership, version.id, &text).expect("saved");
    agreements::move_to(partnership, id, AgreementStatus::Negotiation, None, "").expect("moved");
    for (organisation_id, signatory, title, place) in [
        (ministry, "Nguyễn Thị Hương", "Vụ trưởng", "Hà Nội"),
        (ngo, "Lê Quang Bình", "Giám đốc", "Thành phố Hồ Chí Minh"),
    ] {
        agreements::sign(
            partnership,
            version.id,
            &Signature {
                organisation_id,
                signatory: signatory.into(),
                title: title.into(),
                place: place.into(),
                signed_on: IsoDate::parse(Field::EffectiveOn, "2026-12-10").expect("a date"),
            },
        )
        .expect("signed");
    }
    id
}

#[test]
fn each_template_prints_its_title_page_and_signature_page_as_reviewed() {
    let out = repo_root().join("artifacts/golden");
    std::fs::create_dir_all(&out).expect("artifacts folder");
    let mut partnership =
        Partnership::in_memory("Forum", Clock::Fixed("2026-11-25T09:00:00Z".into()))
            .expect("a partnership");
    demo::load(&mut partnership).expect("the demo");
    for template in TemplateCode::ALL {
        let id = signed_agreement(&mut partnership, *template);
        for (language, suffix) in [(PrintLanguage::En, "en"), (PrintLanguage::EnFr, "en+fr")] {
            let pdf_path = out.join(format!("{}-{suffix}.pdf", template.code()));
            let pdf = pdf_path.to_str().expect("a UTF-8 path");
            agreement_export::export(
                &partnership,
                id,
                None,
                &pdf_path,
                &PrintOptions {
                    paper: Paper::A4,
                    language,
                },
            )
            .expect("exported");
            let pages = page_count(pdf);
            assert!(pages >= 3, "{pdf}: {pages} pages");
            let first = page_text(pdf, 1);
            for expected in ["AGR-2026-", "Between", "Page 1 of"] {
                assert!(
                    first.contains(expected),
                    "{pdf} page 1: {expected}\n{first}"
                );
            }
            let signature_page = (1..=pages)
                .rev()
                .find(|page| page_text(pdf, *page).contains("Lê Quang Bình"))
                .expect("a page names the signatories");
            let signatures = page_text(pdf, signature_page);
            for name in ["Nguyễn Thị Hương", "Lê Quang Bình", "Hà Nội", "2026-12-10"] {
                assert!(
                    signatures.contains(name),
                    "{pdf} page {signature_page}: {name}\n{signatures}"
                );
            }
            let stem = format!("{}-{suffix}", template.code());
            for (page, label) in [(1, "title"), (signature_page, "signatures")] {
                let brightness = render_page(pdf, page, &out.join(format!("{stem}-{label}")));
                assert!(
                    brightness < 0.995 && brightness > 0.5,
                    "{stem} {label} page looks blank or black (mean {brightness})"
                );
            }
            compare_with_golden(&format!("{stem}-title.txt"), &first);
            compare_with_golden(&format!("{stem}-signatures.txt"), &signatures);
        }
    }
}
