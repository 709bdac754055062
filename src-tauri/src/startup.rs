//! Which partnership file the app opens first, and where it keeps its own data.

use std::path::PathBuf;

/// Set by tests and scripts: the partnership file to open (a path argument does the same).
pub const FILE_VARIABLE: &str = "PACTA_FILE";
/// Set by tests: the folder for the default partnership and the recent-files list.
pub const DATA_DIR_VARIABLE: &str = "PACTA_DATA_DIR";
/// The same as `PACTA_DATA_DIR`, as an argument: `--data-dir=/tmp/x`.
pub const DATA_DIR_ARGUMENT: &str = "--data-dir=";

pub struct Startup {
    /// A file named on the command line or in `PACTA_FILE`.
    pub requested: Option<PathBuf>,
    pub data_dir: PathBuf,
}

impl Startup {
    pub fn from_environment() -> Startup {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let requested = args
            .iter()
            .find(|arg| !arg.starts_with('-'))
            .map(PathBuf::from)
            .or_else(|| std::env::var_os(FILE_VARIABLE).map(PathBuf::from));
        let data_dir = args
            .iter()
            .find_map(|arg| arg.strip_prefix(DATA_DIR_ARGUMENT))
            .map(PathBuf::from)
            .or_else(|| std::env::var_os(DATA_DIR_VARIABLE).map(PathBuf::from))
            .or_else(|| dirs::data_dir().map(|dir| dir.join("Pacta")))
            .unwrap_or_else(|| PathBuf::from("."));
        Startup {
            requested,
            data_dir,
        }
    }

    /// The partnership every fresh installation starts with.
    pub fn default_file(&self) -> PathBuf {
        self.data_dir.join("My partnership.pacta")
    }
}
