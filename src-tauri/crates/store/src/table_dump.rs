//! Every table of a partnership file as plain rows, and those rows loaded back into a new file:
//! the store's side of the portable bundle (see `docs/bundle.md`).
//!
//! A dump holds each table's columns and its rows with the values as SQLite stores them
//! (integer, real, text, blob or null), so loading it gives back the same rows, ids included.
//! Tables are the ones `PRAGMA table_list` reports as tables or virtual tables; SQLite's own
//! tables and the shadow tables of full-text indexes are left out (the index is rebuilt).
//! A table whose rowid no column names (no `INTEGER PRIMARY KEY`) carries its rowid as a first
//! column named `rowid`, so that even the order of its rows survives.
//!
//! Loading runs inside the caller's transaction, into a file just created at the same schema:
//! the triggers that keep final records final would refuse to empty the new file's tables and
//! to insert sealed rows, so they are dropped for the load and created again from their own
//! SQL before it ends; foreign keys are checked once every row is in.

use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, ToSql};

use crate::StoreError;

/// One value as SQLite stores it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl ToSql for Cell {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match self {
            Cell::Null => ValueRef::Null,
            Cell::Integer(value) => ValueRef::Integer(*value),
            Cell::Real(value) => ValueRef::Real(*value),
            Cell::Text(value) => ValueRef::Text(value.as_bytes()),
            Cell::Blob(value) => ValueRef::Blob(value),
        }))
    }
}

/// A table's name and the columns a dump of it holds, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableShape {
    pub name: String,
    pub columns: Vec<String>,
    /// A full-text index, rebuilt after loading.
    pub full_text: bool,
}

/// A table's rows.
#[derive(Debug, Clone, PartialEq)]
pub struct TableData {
    pub name: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// What a load wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadReport {
    pub tables: usize,
    pub rows: u64,
    pub triggers: usize,
}

/// Why rows could not be loaded. Nothing is written when loading fails: the caller rolls
/// back its transaction.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("the table {table} is missing")]
    MissingTable { table: String },
    #[error("there is no table {table} in this version's files")]
    UnknownTable { table: String },
    #[error("the table {table} is given twice")]
    DuplicateTable { table: String },
    #[error(
        "the table {table} has the columns {found:?}, where this version's files have {expected:?}"
    )]
    Columns {
        table: String,
        expected: Vec<String>,
        found: Vec<String>,
    },
    #[error("row {row} of {table} has {found} values for {expected} columns")]
    RowWidth {
        table: String,
        row: usize,
        expected: usize,
        found: usize,
    },
    #[error("row {row} of {table} was refused: {message}")]
    Refused {
        table: String,
        row: usize,
        message: String,
    },
    #[error("row {rowid} of {table} refers to a missing row of {parent}")]
    ForeignKey {
        table: String,
        rowid: i64,
        parent: String,
    },
    #[error("the loaded file fails SQLite's integrity check: {0}")]
    Integrity(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for LoadError {
    fn from(error: rusqlite::Error) -> LoadError {
        LoadError::Store(StoreError::Sqlite(error))
    }
}

/// An identifier quoted for SQL.
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Every table a dump holds, by name, with its columns.
pub fn shapes(conn: &Connection) -> crate::Result<Vec<TableShape>> {
    let mut statement = conn.prepare(
        "SELECT name, type FROM pragma_table_list
         WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
         ORDER BY name",
    )?;
    let tables = statement
        .query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut shapes = Vec::with_capacity(tables.len());
    for (name, kind) in tables {
        let sql: String = conn.query_row(
            "SELECT coalesce(sql, '') FROM sqlite_master WHERE type = 'table' AND name = ?1",
            [&name],
            |row| row.get(0),
        )?;
        let upper = sql.to_ascii_uppercase();
        let full_text = kind == "virtual" && upper.contains("USING FTS5");
        let without_rowid = upper.contains("WITHOUT ROWID");
        let mut info = conn.prepare(&format!("PRAGMA table_info({})", quoted(&name)))?;
        let columns = info
            .query_map([], |row| {
                Ok((
                    row.get::<_, String>("name")?,
                    row.get::<_, String>("type")?,
                    row.get::<_, i64>("pk")?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let keys: Vec<_> = columns.iter().filter(|(_, _, pk)| *pk > 0).collect();
        let rowid_named =
            matches!(keys.as_slice(), [(_, kind, _)] if kind.eq_ignore_ascii_case("INTEGER"));
        let mut names = Vec::with_capacity(columns.len() + 1);
        if !without_rowid && !rowid_named {
            names.push("rowid".to_string());
        }
        names.extend(columns.into_iter().map(|(name, _, _)| name));
        shapes.push(TableShape {
            name,
            columns: names,
            full_text,
        });
    }
    Ok(shapes)
}

/// Every row of one table, in rowid order (by its first column for a table without rowid).
pub fn dump(conn: &Connection, shape: &TableShape) -> crate::Result<TableData> {
    let columns = shape
        .columns
        .iter()
        .map(|column| quoted(column))
        .collect::<Vec<_>>()
        .join(", ");
    let order = if has_rowid(conn, &shape.name)? {
        "rowid"
    } else {
        "1"
    };
    let mut statement = conn.prepare(&format!(
        "SELECT {columns} FROM {} ORDER BY {order}",
        quoted(&shape.name)
    ))?;
    let width = shape.columns.len();
    let mut rows = Vec::new();
    let mut query = statement.query([])?;
    while let Some(row) = query.next()? {
        let mut cells = Vec::with_capacity(width);
        for index in 0..width {
            cells.push(match row.get_ref(index)? {
                ValueRef::Null => Cell::Null,
                ValueRef::Integer(value) => Cell::Integer(value),
                ValueRef::Real(value) => Cell::Real(value),
                // Read as a String, so that text that is not UTF-8 is an error, not a change.
                ValueRef::Text(_) => Cell::Text(row.get(index)?),
                ValueRef::Blob(bytes) => Cell::Blob(bytes.to_vec()),
            });
        }
        rows.push(cells);
    }
    Ok(TableData {
        name: shape.name.clone(),
        columns: shape.columns.clone(),
        rows,
    })
}

fn has_rowid(conn: &Connection, table: &str) -> crate::Result<bool> {
    let sql: String = conn.query_row(
        "SELECT coalesce(sql, '') FROM sqlite_master WHERE name = ?1",
        [table],
        |row| row.get(0),
    )?;
    Ok(!sql.to_ascii_uppercase().contains("WITHOUT ROWID"))
}

/// Replaces every row of every table with `tables`, inside the caller's transaction, on a file
/// at the same schema. Every table must be given once, with the columns `shapes` reports.
pub fn load(conn: &Connection, tables: &[TableData]) -> Result<LoadReport, LoadError> {
    let shapes = shapes(conn)?;
    for table in tables {
        if !shapes.iter().any(|shape| shape.name == table.name) {
            return Err(LoadError::UnknownTable {
                table: table.name.clone(),
            });
        }
        if tables.iter().filter(|t| t.name == table.name).count() > 1 {
            return Err(LoadError::DuplicateTable {
                table: table.name.clone(),
            });
        }
    }
    let mut ordered = Vec::with_capacity(shapes.len());
    for shape in &shapes {
        let Some(table) = tables.iter().find(|table| table.name == shape.name) else {
            return Err(LoadError::MissingTable {
                table: shape.name.clone(),
            });
        };
        if table.columns != shape.columns {
            return Err(LoadError::Columns {
                table: shape.name.clone(),
                expected: shape.columns.clone(),
                found: table.columns.clone(),
            });
        }
        for (index, row) in table.rows.iter().enumerate() {
            if row.len() != shape.columns.len() {
                return Err(LoadError::RowWidth {
                    table: shape.name.clone(),
                    row: index + 1,
                    expected: shape.columns.len(),
                    found: row.len(),
                });
            }
        }
        ordered.push((shape, table));
    }

    // Rows go in before the rows they refer to may have; the keys are checked at the end.
    conn.pragma_update(None, "defer_foreign_keys", true)?;
    let triggers = {
        let mut statement = conn.prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL ORDER BY rowid",
        )?;
        let triggers = statement
            .query_map([], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        triggers
    };
    for (name, _) in &triggers {
        conn.execute_batch(&format!("DROP TRIGGER {}", quoted(name)))?;
    }
    let mut rows = 0u64;
    for (shape, table) in &ordered {
        conn.execute_batch(&format!("DELETE FROM {}", quoted(&shape.name)))?;
        let columns = shape
            .columns
            .iter()
            .map(|column| quoted(column))
            .collect::<Vec<_>>()
            .join(", ");
        let placeholders = (1..=shape.columns.len())
            .map(|index| format!("?{index}"))
            .collect::<Vec<_>>()
            .join(", ");
        let mut insert = conn.prepare(&format!(
            "INSERT INTO {} ({columns}) VALUES ({placeholders})",
            quoted(&shape.name)
        ))?;
        for (index, row) in table.rows.iter().enumerate() {
            insert
                .execute(rusqlite::params_from_iter(row.iter()))
                .map_err(|error| LoadError::Refused {
                    table: shape.name.clone(),
                    row: index + 1,
                    message: error.to_string(),
                })?;
            rows += 1;
        }
    }
    for (_, sql) in &triggers {
        conn.execute_batch(sql)?;
    }
    for (shape, _) in &ordered {
        if shape.full_text {
            let name = quoted(&shape.name);
            conn.execute_batch(&format!("INSERT INTO {name} ({name}) VALUES ('rebuild')"))?;
        }
    }
    {
        let mut statement = conn.prepare("PRAGMA foreign_key_check")?;
        let mut broken = statement.query([])?;
        if let Some(row) = broken.next()? {
            return Err(LoadError::ForeignKey {
                table: row.get(0)?,
                rowid: row.get::<_, Option<i64>>(1)?.unwrap_or_default(),
                parent: row.get(2)?,
            });
        }
    }
    let verdicts = {
        let mut statement = conn.prepare("PRAGMA integrity_check")?;
        let verdicts = statement
            .query_map([], |row| row.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        verdicts
    };
    if verdicts != ["ok"] {
        return Err(LoadError::Integrity(verdicts.join("; ")));
    }
    Ok(LoadReport {
        tables: ordered.len(),
        rows,
        triggers: triggers.len(),
    })
}
