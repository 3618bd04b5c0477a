// The household file as one timeline: lifecycle history, visits and notices in date order. A notice is dated by its
// issue time when the server gives one, else by the visit that found its hazard, else by its deadline. No DOM.

/** Entries {at, kind: history|visit|notice, entry, stop} oldest first; entries without any date are left out. */
export function timeline(file, notices = file.notices || []) {
  const visitDateByHazard = new Map();
  for (const v of file.visits || []) {
    for (const h of v.hazards || []) {
      visitDateByHazard.set(h.id, v.checkInServerTime || v.scheduledDate);
    }
  }
  const entries = [
    ...(file.history || []).map((h) => ({ at: h.at, kind: 'history', entry: h })),
    ...(file.visits || []).map((v) => ({ at: v.checkInServerTime || v.scheduledDate, kind: 'visit', entry: v })),
    ...notices.map((n) => ({ at: n.issuedAt || visitDateByHazard.get(n.hazardId) || n.deadline, kind: 'notice', entry: n,
      stop: n.kind === 'STOP_WORK' })),
  ].filter((e) => e.at && !Number.isNaN(Date.parse(e.at)));
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
