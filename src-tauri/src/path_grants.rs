//! Which paths the page may hand to a command. The page is the least trusted part of the app
//! (it shows partners' text), so a path it sends is honoured only when the user chose it in a
//! native file dialog during this session, when it is a partnership file the user opened
//! before (the recent list), or when it lies inside the app's own data folder.

use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use pacta_api::{said, ApiError, ErrorCode};

use crate::recent_files;

pub struct PathGrants {
    chosen: Mutex<HashSet<PathBuf>>,
    data_dir: PathBuf,
}

impl PathGrants {
    pub fn new(data_dir: PathBuf) -> PathGrants {
        PathGrants {
            chosen: Mutex::new(HashSet::new()),
            data_dir,
        }
    }

    /// Records a path the user picked in a native dialog.
    pub fn grant(&self, path: &Path) {
        if let Ok(mut chosen) = self.chosen.lock() {
            chosen.insert(normalised(path));
        }
    }

    /// The path itself when the page may use it; otherwise `PathNotChosen`.
    pub fn check(&self, path: &str) -> Result<PathBuf, ApiError> {
        let asked = PathBuf::from(path.trim());
        let key = normalised(&asked);
        let chosen = self
            .chosen
            .lock()
            .map(|chosen| chosen.contains(&key))
            .unwrap_or(false);
        let recent = || {
            recent_files::load(&self.data_dir)
                .iter()
                .any(|known| normalised(Path::new(known)) == key)
        };
        if chosen || (key.is_absolute() && key.starts_with(normalised(&self.data_dir))) || recent()
        {
            Ok(asked)
        } else {
            Err(ApiError::new(
                ErrorCode::PathNotChosen,
                said!("error-path-not-chosen", path = &asked),
            ))
        }
    }

    /// As [`check`](Self::check), for a partnership file named with or without its extension.
    pub fn check_partnership(&self, path: &str) -> Result<PathBuf, ApiError> {
        let named = crate::commands::partnership::with_extension(path);
        self.check(path)
            .or_else(|_| self.check(&named.display().to_string()))
            .map(|_| named)
    }
}

/// The path with `.` and `..` resolved lexically, so that `data/../../etc` is not "inside".
fn normalised(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_chosen_recent_or_own_folder_paths_pass() {
        let data = tempfile::tempdir().unwrap();
        let grants = PathGrants::new(data.path().to_path_buf());
        let refused = grants.check("/home/someone/.ssh/id_rsa").unwrap_err();
        assert_eq!(refused.code, ErrorCode::PathNotChosen);
        assert!(refused.message.contains("id_rsa"), "{}", refused.message);

        grants.grant(Path::new("/home/someone/Minutes.pdf"));
        assert!(grants.check("/home/someone/Minutes.pdf").is_ok());
        assert!(grants.check(" /home/someone/./Minutes.pdf ").is_ok());
        assert!(grants.check("/home/someone/Other.pdf").is_err());

        let inside = data.path().join("backups/forum/2026-11-26.pacta");
        assert!(grants.check(&inside.display().to_string()).is_ok());
        let escaping = data.path().join("../../etc/passwd");
        assert_eq!(
            grants
                .check(&escaping.display().to_string())
                .unwrap_err()
                .code,
            ErrorCode::PathNotChosen
        );
        assert!(grants.check("relative/inside.pacta").is_err());

        let earlier = "/srv/partnerships/Forum Nguyễn.pacta";
        assert!(grants.check(earlier).is_err());
        recent_files::remember(data.path(), Path::new(earlier));
        assert!(grants.check(earlier).is_ok());
        assert_eq!(
            grants
                .check_partnership("/srv/partnerships/Forum Nguyễn")
                .unwrap(),
            PathBuf::from(earlier)
        );
    }
}
