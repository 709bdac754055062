//! Exports are written beside their destination and renamed into place, so a failure never
//! leaves a half-written file where the user expects the document.

use std::path::Path;

use crate::ApiResult;
use pacta_store::StoreError;

pub(crate) fn write_in_place(out: &Path, bytes: &[u8]) -> ApiResult<()> {
    let io = |source| StoreError::Io {
        path: out.display().to_string(),
        source,
    };
    let mut partial = out.as_os_str().to_owned();
    partial.push(".partial");
    std::fs::write(&partial, bytes).map_err(io)?;
    std::fs::rename(&partial, out).map_err(io)?;
    Ok(())
}
