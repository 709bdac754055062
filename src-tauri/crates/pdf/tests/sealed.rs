//! Sealed records print their seal and the chain head under the page number, on every page,
//! in the language they are printed in.

mod common;

use common::*;
use pacta_core::agreement::fixtures::large_agreement;
use pacta_core::agreement::{Paper, PrintLanguage, PrintOptions};
use pacta_core::seal::PrintedSeal;
use pacta_pdf::{render_agreement, render_sealed_agreement};

fn seal() -> PrintedSeal {
    PrintedSeal {
        seal: "b39547617b23".into(),
        sealed_on: "2026-11-25".into(),
        head: "78d10459d8f8".into(),
        head_on: "2026-12-01".into(),
    }
}

#[test]
fn every_page_of_a_sealed_agreement_carries_its_seal_and_the_chain_head() {
    let agreement = large_agreement();
    for (language, line) in [
        (
            PrintLanguage::En,
            "Seal b39547617b23 of 2026-11-25 · chain head 78d10459d8f8 on 2026-12-01",
        ),
        (
            PrintLanguage::Fr,
            "Sceau b39547617b23 du 2026-11-25 · tête de chaîne 78d10459d8f8 le 2026-12-01",
        ),
    ] {
        let options = PrintOptions {
            paper: Paper::A4,
            language,
        };
        let sealed = render_sealed_agreement(&agreement, &options, &seal()).expect("renders");
        let unsealed = render_agreement(&agreement, &options).expect("renders");
        let pages = page_count(&sealed);
        assert_eq!(
            pages,
            page_count(&unsealed),
            "the footer takes no room from the text"
        );
        let path = write_temp(&sealed, &format!("sealed-{}", language.code()));
        for page in [1, pages] {
            let text = pdftotext_page(&path, page);
            assert!(squash(&text).contains(line), "page {page}:\n{text}");
        }
    }
}
