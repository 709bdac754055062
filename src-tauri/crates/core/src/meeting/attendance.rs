//! Who attends: each member of the body present (through which representative), excused,
//! absent or represented by proxy, with arrivals and departures timed — quorum is a matter of
//! the moment — plus guests and observers from outside the body.

use serde::{Deserialize, Serialize};

use super::schedule::ClockTime;
use crate::voting::{Proxy, Roll};

crate::closed_choice!(
    AttendanceStatus {
        Present => "present",
        Apologies => "apologies",
        Absent => "absent",
        /// Represented by another member holding its proxy.
        Proxy => "proxy",
    }
);

/// A member arriving or leaving during the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Movement {
    pub at: ClockTime,
    pub arrived: bool,
}

/// One member's attendance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Attendance {
    pub organisation_id: i64,
    pub status: AttendanceStatus,
    /// The representative who attends, when present.
    #[serde(default)]
    pub representative: String,
    /// The member holding this member's proxy, when the status is `proxy`.
    #[serde(default)]
    pub proxy_holder_id: Option<i64>,
    /// In time order.
    #[serde(default)]
    pub movements: Vec<Movement>,
}

crate::closed_choice!(
    GuestCapacity {
        Observer => "observer",
        Guest => "guest",
    }
);

/// Someone attending who does not sit in the body (a national rapporteur observing, an expert).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Guest {
    pub name: String,
    #[serde(default)]
    pub organisation: String,
    pub capacity: GuestCapacity,
}

impl Attendance {
    /// Whether the member is in the room at `at`. A member marked present is there from the
    /// start unless its first movement is an arrival; each movement up to `at` then counts.
    pub fn present_at(&self, at: ClockTime) -> bool {
        let mut present = match self.status {
            AttendanceStatus::Present => !self.movements.first().is_some_and(|m| m.arrived),
            _ => false,
        };
        if self.status == AttendanceStatus::Present {
            for movement in self.movements.iter().filter(|m| m.at <= at) {
                present = movement.arrived;
            }
        }
        present
    }
}

/// Attendance that cannot be recorded as it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type, thiserror::Error)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum AttendanceError {
    #[error("organisation {organisation_id} does not sit in this body")]
    NotAMember { organisation_id: i64 },
    #[error("organisation {organisation_id} is listed twice")]
    Twice { organisation_id: i64 },
    #[error("organisation {principal} is represented by proxy but no holder is named")]
    ProxyWithoutHolder { principal: i64 },
    #[error("organisation {holder} cannot hold the proxy of {principal}: it is not present")]
    ProxyHolderAbsent { principal: i64, holder: i64 },
    #[error("the movements of organisation {organisation_id} are not in time order")]
    MovementsOutOfOrder { organisation_id: i64 },
}

/// Checks attendance against the body's seats (`members`, organisation ids).
pub fn check(members: &[i64], attendance: &[Attendance]) -> Result<(), AttendanceError> {
    let mut seen = std::collections::BTreeSet::new();
    for entry in attendance {
        if !members.contains(&entry.organisation_id) {
            return Err(AttendanceError::NotAMember {
                organisation_id: entry.organisation_id,
            });
        }
        if !seen.insert(entry.organisation_id) {
            return Err(AttendanceError::Twice {
                organisation_id: entry.organisation_id,
            });
        }
        if entry.movements.windows(2).any(|w| w[0].at > w[1].at) {
            return Err(AttendanceError::MovementsOutOfOrder {
                organisation_id: entry.organisation_id,
            });
        }
        if entry.status == AttendanceStatus::Proxy {
            let holder = entry
                .proxy_holder_id
                .ok_or(AttendanceError::ProxyWithoutHolder {
                    principal: entry.organisation_id,
                })?;
            let holder_present = attendance
                .iter()
                .any(|a| a.organisation_id == holder && a.status == AttendanceStatus::Present);
            if !holder_present {
                return Err(AttendanceError::ProxyHolderAbsent {
                    principal: entry.organisation_id,
                    holder,
                });
            }
        }
    }
    Ok(())
}

/// The body's roll as it stands at `at`: who is in the room, and the proxies whose holder is.
pub fn roll_at(body_roll: &Roll, attendance: &[Attendance], at: ClockTime) -> Roll {
    let entry = |id: &str| {
        attendance
            .iter()
            .find(|a| a.organisation_id.to_string() == id)
    };
    let members = body_roll
        .members
        .iter()
        .map(|member| {
            let mut member = member.clone();
            member.present = entry(&member.id).is_some_and(|a| a.present_at(at));
            member
        })
        .collect::<Vec<_>>();
    let proxies = attendance
        .iter()
        .filter(|a| a.status == AttendanceStatus::Proxy)
        .filter_map(|a| {
            let holder = a.proxy_holder_id?;
            let holder_here = attendance
                .iter()
                .any(|h| h.organisation_id == holder && h.present_at(at));
            holder_here.then(|| Proxy {
                principal: a.organisation_id.to_string(),
                holder: holder.to_string(),
            })
        })
        .collect();
    Roll { members, proxies }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::field::Field;

    fn at(text: &str) -> ClockTime {
        ClockTime::parse(Field::At, text).unwrap()
    }

    fn present(id: i64, movements: &[(&str, bool)]) -> Attendance {
        Attendance {
            organisation_id: id,
            status: AttendanceStatus::Present,
            representative: String::new(),
            proxy_holder_id: None,
            movements: movements
                .iter()
                .map(|(t, arrived)| Movement {
                    at: at(t),
                    arrived: *arrived,
                })
                .collect(),
        }
    }

    #[test]
    fn presence_follows_arrivals_and_departures() {
        let late = present(1, &[("10:30", true), ("15:00", false)]);
        assert!(!late.present_at(at("09:00")));
        assert!(late.present_at(at("10:30")));
        assert!(!late.present_at(at("15:00")));
        let early_leaver = present(2, &[("12:00", false)]);
        assert!(early_leaver.present_at(at("09:00")));
        assert!(!early_leaver.present_at(at("12:01")));
        let excused = Attendance {
            status: AttendanceStatus::Apologies,
            ..present(3, &[])
        };
        assert!(!excused.present_at(at("11:00")));
    }

    #[test]
    fn a_proxy_needs_a_present_holder_and_members_of_the_body_only() {
        let proxy = |holder| Attendance {
            status: AttendanceStatus::Proxy,
            proxy_holder_id: holder,
            ..present(2, &[])
        };
        let absent = Attendance {
            status: AttendanceStatus::Absent,
            ..present(1, &[])
        };
        assert_eq!(
            check(&[1, 2], &[absent.clone(), proxy(Some(1))]),
            Err(AttendanceError::ProxyHolderAbsent {
                principal: 2,
                holder: 1
            })
        );
        assert_eq!(
            check(&[1, 2], &[proxy(None)]),
            Err(AttendanceError::ProxyWithoutHolder { principal: 2 })
        );
        assert_eq!(
            check(&[1], &[present(7, &[])]),
            Err(AttendanceError::NotAMember { organisation_id: 7 })
        );
        assert!(check(&[1, 2], &[present(1, &[]), proxy(Some(1))]).is_ok());
    }
}
