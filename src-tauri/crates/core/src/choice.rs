//! Closed sets of choices (kinds, roles, statuses…) share one shape: a stable snake_case code
//! used in the database, in CSV files and across IPC, and a parser that accepts that code.

/// Declares a closed choice enum with its stable codes.
#[macro_export]
macro_rules! closed_choice {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $code:literal),+ $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
                 serde::Serialize, serde::Deserialize, specta::Type)]
        #[serde(rename_all = "snake_case")]
        $(#[$meta])*
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every choice, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code stored in files and databases.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// Parses a stable code, ignoring case and surrounding blanks.
            pub fn parse(text: &str) -> Option<Self> {
                let wanted = text.trim().to_lowercase().replace([' ', '-'], "_");
                Self::ALL.iter().copied().find(|choice| choice.code() == wanted)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}
