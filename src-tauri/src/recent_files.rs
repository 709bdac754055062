//! The recently opened partnership files, newest first, kept in the app's data folder.

use std::path::{Path, PathBuf};

const LIMIT: usize = 8;

pub fn load(data_dir: &Path) -> Vec<String> {
    std::fs::read_to_string(list_path(data_dir))
        .ok()
        .and_then(|text| serde_json::from_str::<Vec<String>>(&text).ok())
        .unwrap_or_default()
}

/// Puts `file` first; a list that cannot be written is only a convenience lost.
pub fn remember(data_dir: &Path, file: &Path) {
    let shown = file.display().to_string();
    let mut files = load(data_dir);
    files.retain(|known| known != &shown);
    files.insert(0, shown);
    files.truncate(LIMIT);
    let written = std::fs::create_dir_all(data_dir).and_then(|()| {
        std::fs::write(
            list_path(data_dir),
            serde_json::to_string_pretty(&files).unwrap_or_default(),
        )
    });
    if let Err(error) = written {
        tracing::warn!(%error, "the list of recent files could not be written");
    }
}

fn list_path(data_dir: &Path) -> PathBuf {
    data_dir.join("recent-files.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_without_repeats_and_bounded() {
        let dir = tempfile::tempdir().unwrap();
        for n in 0..10 {
            remember(dir.path(), Path::new(&format!("/p/{n}.pacta")));
        }
        remember(dir.path(), Path::new("/p/5.pacta"));
        let files = load(dir.path());
        assert_eq!(files.len(), LIMIT);
        assert_eq!(files[0], "/p/5.pacta");
        assert_eq!(files[1], "/p/9.pacta");
        assert_eq!(
            files.iter().filter(|f| f.as_str() == "/p/5.pacta").count(),
            1
        );
    }
}
