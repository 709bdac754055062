//! The first connections of a process, opened by several threads at once, all get SQLCipher's
//! `sqlcipher_export` (which protecting a file needs). SQLite marks itself started before it
//! runs SQLCipher's start-up, which registers that function for each new connection, so a
//! connection opened meanwhile by another thread goes without it; the store makes its other
//! threads wait for the start-up (`protection::start_sqlite`). Only the first connections of a
//! process can show it, so the test runs itself again as child processes.

use std::process::Command;
use std::sync::{Arc, Barrier};

use pacta_core::Stamp;
use pacta_store::PartnershipFile;

const CHILD: &str = "PACTA_STARTUP_RACE_CHILD";
const THREADS: usize = 8;
const RUNS: usize = 30;

fn has_export(conn: &rusqlite::Connection) -> bool {
    conn.query_row(
        "SELECT count(*) FROM pragma_function_list WHERE name = 'sqlcipher_export'",
        [],
        |row| row.get::<_, i64>(0),
    )
    .unwrap()
        == 1
}

/// In a child process: the first connections, from `THREADS` threads at once, through the
/// store or straight through rusqlite; how many of them have `sqlcipher_export`.
fn race(through_store: bool) -> usize {
    let barrier = Arc::new(Barrier::new(THREADS));
    let handles: Vec<_> = (0..THREADS)
        .map(|_| {
            let barrier = Arc::clone(&barrier);
            std::thread::spawn(move || {
                let stamp = Stamp {
                    at: "2026-11-25T10:00:00Z".into(),
                    actor: "Secretariat".into(),
                };
                barrier.wait();
                if through_store {
                    has_export(
                        PartnershipFile::in_memory("Forum", &stamp)
                            .unwrap()
                            .connection(),
                    )
                } else {
                    has_export(&rusqlite::Connection::open_in_memory().unwrap())
                }
            })
        })
        .collect();
    handles
        .into_iter()
        .map(|handle| handle.join().unwrap())
        .filter(|&has| has)
        .count()
}

/// How many of `RUNS` fresh processes had a first connection without `sqlcipher_export`.
fn short_runs(mode: &str) -> usize {
    (0..RUNS)
        .filter(|_| {
            let output = Command::new(std::env::current_exe().unwrap())
                .args([
                    "--exact",
                    "first_connections_opened_by_many_threads_can_all_export",
                    "--nocapture",
                ])
                .env(CHILD, mode)
                .output()
                .unwrap();
            let printed = String::from_utf8_lossy(&output.stdout);
            let found: usize = printed
                .lines()
                .find_map(|line| line.strip_prefix("FOUND "))
                .unwrap_or_else(|| panic!("the child printed no count: {printed}"))
                .trim()
                .parse()
                .unwrap();
            found < THREADS
        })
        .count()
}

#[test]
fn first_connections_opened_by_many_threads_can_all_export() {
    if let Ok(mode) = std::env::var(CHILD) {
        println!("FOUND {}", race(mode == "store"));
        return;
    }
    let through_store = short_runs("store");
    // Not asserted (a race), only shown: without the store's wait it does happen.
    let raw = short_runs("raw");
    println!(
        "processes with a first connection lacking sqlcipher_export, of {RUNS}: \
         through the store {through_store}, straight through rusqlite {raw}"
    );
    assert_eq!(through_store, 0);
}
