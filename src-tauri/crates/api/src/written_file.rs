//! Exports are written beside their destination and renamed into place, so a failure never
//! leaves a half-written file where the user expects the document.

use std::path::Path;

use crate::{ApiError, ApiResult};
use pacta_store::{disk, StoreError};

pub(crate) fn write_in_place(out: &Path, bytes: &[u8]) -> ApiResult<()> {
    disk::write_beside(out, |partial| {
        std::fs::write(partial, bytes).map_err(|source| {
            ApiError::from(StoreError::Io {
                path: out.display().to_string(),
                source,
            })
        })
    })
}
