//! Characters an exported PDF printed as boxes, said on standard error after the export: the
//! file is written, and the person learns which text lacks a font and what to install.

use pacta_api::missing_characters::MissingCharacter;

pub fn warn(missing: &[MissingCharacter]) {
    for entry in missing {
        eprintln!(
            "warning: “{}” in “{}” printed as an empty box: no font draws it; install the package {} (apt-get install {})",
            entry.character, entry.context, entry.package, entry.package
        );
    }
}
