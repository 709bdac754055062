//! Representatives' names and addresses in sealed content, written as salted hashes so that
//! they can be erased later while the seal still checks (format 2; see erasure.rs).

use super::*;

/// A representative's name or address inside a record's content, found where the app writes
/// one: a signatory (on the signature and in the parties of the text), an attendee's
/// representative, a line of the minutes' circulation list, the person an action item is given
/// to, a meeting's convenor and an agenda item's presenter. Other free text (minutes, decisions,
/// notes) is not searched; see docs/trust.md.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Personal {
    /// Names the value within its record: "signature <id>", "party <index>",
    /// "attendance <index>", "circulated_to <index>", "action <id>", "convenor",
    /// "presenter <agenda item id>".
    pub location: String,
    /// RFC 6901 pointer to the value within the content.
    pointer: String,
    /// The organisation the person is named for; none for a circulation line, a convenor or a
    /// presenter (any representative's name or address is taken).
    pub organisation_id: Option<i64>,
    pub value: String,
}

pub(crate) fn personal_values(kind: SealKind, content: &Value) -> Vec<Personal> {
    let mut found = Vec::new();
    let text = |value: &Value| value.as_str().filter(|t| !t.is_empty()).map(str::to_string);
    match kind {
        SealKind::AgreementVersion => {
            for (index, party) in array(&content["version"]["text"]["parties"])
                .iter()
                .enumerate()
            {
                if let Some(value) = text(&party["signatory"]) {
                    found.push(Personal {
                        location: format!("party {index}"),
                        pointer: format!("/version/text/parties/{index}/signatory"),
                        organisation_id: party["organisation_id"].as_i64(),
                        value,
                    });
                }
            }
            for (index, signature) in array(&content["signatures"]).iter().enumerate() {
                if let (Some(value), Some(id)) =
                    (text(&signature["signatory"]), signature["id"].as_i64())
                {
                    found.push(Personal {
                        location: format!("signature {id}"),
                        pointer: format!("/signatures/{index}/signatory"),
                        organisation_id: signature["organisation_id"].as_i64(),
                        value,
                    });
                }
            }
        }
        SealKind::Minutes => {
            if let Some(value) = text(&content["meeting"]["convenor"]) {
                found.push(Personal {
                    location: "convenor".into(),
                    pointer: "/meeting/convenor".into(),
                    organisation_id: None,
                    value,
                });
            }
            for (index, item) in array(&content["items"]).iter().enumerate() {
                if let (Some(value), Some(id)) = (text(&item["presenter"]), item["id"].as_i64()) {
                    found.push(Personal {
                        location: format!("presenter {id}"),
                        pointer: format!("/items/{index}/presenter"),
                        organisation_id: None,
                        value,
                    });
                }
            }
            for (index, entry) in array(&content["meeting"]["attendance"]).iter().enumerate() {
                if let Some(value) = text(&entry["representative"]) {
                    found.push(Personal {
                        location: format!("attendance {index}"),
                        pointer: format!("/meeting/attendance/{index}/representative"),
                        organisation_id: entry["organisation_id"].as_i64(),
                        value,
                    });
                }
            }
            for (index, line) in array(&content["meeting"]["circulated_to"])
                .iter()
                .enumerate()
            {
                if let Some(value) = text(line) {
                    found.push(Personal {
                        location: format!("circulated_to {index}"),
                        pointer: format!("/meeting/circulated_to/{index}"),
                        organisation_id: None,
                        value,
                    });
                }
            }
            for (index, action) in array(&content["actions"]).iter().enumerate() {
                if let (Some(value), Some(id)) =
                    (text(&action["owner_person"]), action["id"].as_i64())
                {
                    found.push(Personal {
                        location: format!("action {id}"),
                        pointer: format!("/actions/{index}/owner_person"),
                        organisation_id: action["owner_organisation_id"].as_i64(),
                        value,
                    });
                }
            }
        }
        SealKind::Vote | SealKind::MatrixVersion => {}
    }
    found
}

pub(super) fn array(value: &Value) -> &[Value] {
    value.as_array().map_or(&[], Vec::as_slice)
}

/// A representative as far as linking values to people goes.
#[derive(Debug, Clone)]
pub(crate) struct Person {
    pub id: i64,
    pub organisation_id: i64,
    pub name: String,
    pub email: String,
}

/// Representatives whose data are not erased.
pub(crate) fn people(conn: &Connection) -> Result<Vec<Person>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, organisation_id, name, email FROM representatives WHERE erased_at IS NULL ORDER BY id",
    )?;
    let people = statement
        .query_map([], |row| {
            Ok(Person {
                id: row.get(0)?,
                organisation_id: row.get(1)?,
                name: row.get(2)?,
                email: row.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(people)
}

/// Whether a value names this person: a name of the organisation's representative (ignoring
/// case and spacing, as signatures and attendance are checked), or a circulation line with
/// their name and address, their address, or their name.
pub(crate) fn names(person: &Person, value: &Personal) -> bool {
    use pacta_core::text::name_key;
    match value.organisation_id {
        Some(organisation_id) => {
            person.organisation_id == organisation_id
                && name_key(&person.name) == name_key(&value.value)
        }
        None => {
            let line = value.value.trim().to_lowercase();
            let email = person.email.trim().to_lowercase();
            (!email.is_empty() && (line == email || line.ends_with(&format!("<{email}>"))))
                || name_key(&person.name) == name_key(&value.value)
        }
    }
}

/// `"sha256:<hex>"` of the salt followed by the value's UTF-8 bytes.
pub(crate) fn salted(salt: &[u8], value: &str) -> String {
    let hex = crate::disk::sha256_hex(&[salt, value.as_bytes()].concat());
    format!("sha256:{hex}")
}

/// A representative's salt; made (32 random bytes from SQLite) when `make` and there is none.
pub(crate) fn salt_of(
    conn: &Connection,
    representative_id: i64,
    make: bool,
) -> Result<Option<Vec<u8>>> {
    let salt = conn
        .prepare_cached("SELECT salt FROM personal_salts WHERE representative_id = ?1")?
        .query_row([representative_id], |row| row.get(0))
        .optional()?;
    if salt.is_some() || !make {
        return Ok(salt);
    }
    conn.prepare_cached(
        "INSERT INTO personal_salts (representative_id, salt) VALUES (?1, randomblob(32))",
    )?
    .execute([representative_id])?;
    salt_of(conn, representative_id, false)
}

/// Replaces, in content about to be sealed, each value that names a representative by its
/// salted hash; returns which representative each location was hashed for.
pub(super) fn salt_for_seal(
    conn: &Connection,
    kind: SealKind,
    content: &mut Value,
) -> Result<Vec<(String, i64)>> {
    let values = personal_values(kind, content);
    if values.is_empty() {
        return Ok(Vec::new());
    }
    let people = people(conn)?;
    let mut links = Vec::new();
    for value in values {
        let Some(person) = people.iter().find(|person| names(person, &value)) else {
            continue;
        };
        let salt = salt_of(conn, person.id, true)?.unwrap_or_default();
        if let Some(slot) = content.pointer_mut(&value.pointer) {
            *slot = Value::String(salted(&salt, &value.value));
        }
        links.push((value.location, person.id));
    }
    Ok(links)
}

/// The content a format-2 seal covers, as the rows give it now: linked values hashed with
/// their representative's salt, erased ones replaced by the hash kept when they were erased.
/// The flag says whether any erased value was used.
pub(crate) fn salted_content(
    conn: &Connection,
    kind: SealKind,
    record_id: i64,
) -> Result<Option<(Value, bool)>> {
    let Some(mut content) = content(conn, kind, record_id)? else {
        return Ok(None);
    };
    let values = personal_values(kind, &content);
    if values.is_empty() {
        return Ok(Some((content, false)));
    }
    let links: HashMap<String, i64> = location_map(
        conn,
        "SELECT location, representative_id FROM seal_people WHERE kind = ?1 AND record_id = ?2",
        kind,
        record_id,
    )?;
    let redactions: HashMap<String, String> = location_map(
        conn,
        "SELECT location, hash FROM redactions WHERE kind = ?1 AND record_id = ?2",
        kind,
        record_id,
    )?;
    let mut redacted = false;
    for value in values {
        let replacement = match (redactions.get(&value.location), links.get(&value.location)) {
            (Some(hash), _) if value.value == REDACTED => {
                redacted = true;
                Some(hash.clone())
            }
            (_, Some(&representative_id)) => {
                salt_of(conn, representative_id, false)?.map(|salt| salted(&salt, &value.value))
            }
            _ => None,
        };
        if let (Some(replacement), Some(slot)) = (replacement, content.pointer_mut(&value.pointer))
        {
            *slot = Value::String(replacement);
        }
    }
    Ok(Some((content, redacted)))
}

pub(super) fn location_map<T: rusqlite::types::FromSql>(
    conn: &Connection,
    sql: &str,
    kind: SealKind,
    record_id: i64,
) -> Result<HashMap<String, T>> {
    let mut statement = conn.prepare_cached(sql)?;
    let map = statement
        .query_map(params![kind.code(), record_id], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(map)
}

/// The hash a record's content gives now under its seal's format, and whether erased values
/// were used; `None` when its rows are gone.
pub(crate) fn content_hash_now(conn: &Connection, seal: &Seal) -> Result<Option<(String, bool)>> {
    let Some(kind) = SealKind::parse(&seal.kind) else {
        return Ok(None);
    };
    let found = if seal.format == FORMAT_SALTED {
        salted_content(conn, kind, seal.record_id)?
    } else {
        content(conn, kind, seal.record_id)?.map(|content| (content, false))
    };
    Ok(found.map(|(content, redacted)| (sha256_hex(&canonical(&content)), redacted)))
}

/// The newest attestation of a format-1 seal: the hash of its content after an erasure.
pub(crate) fn attestation(conn: &Connection, seal_id: i64) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT content_sha256 FROM attestations WHERE seal_id = ?1 ORDER BY id DESC LIMIT 1",
        )?
        .query_row([seal_id], |row| row.get(0))
        .optional()?)
}
