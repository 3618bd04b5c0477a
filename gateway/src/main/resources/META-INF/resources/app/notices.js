// Rules of rectification and stop-work notices that the phone applies before the server sees them, so an inspector
// offline sees the same default deadline and the same stop-work consequence the server will apply
// (inspections-service hazard/Deadlines and HazardService). No DOM here: Node's test runner imports this file.

/** Days a responsible person gets by default, per hazard grade. */
export const DEADLINE_DAYS = { GENERAL: 15, MAJOR: 7, CRITICAL: 3 };

/** Hazard types the inspections API accepts, in the order the form offers them. */
export const HAZARD_TYPES = ['STRUCTURE', 'FOUNDATION', 'MATERIALS', 'SCAFFOLDING_FALL_PROTECTION',
  'TEMPORARY_ELECTRICITY', 'SITE_SAFETY', 'UNQUALIFIED_CREW', 'DEVIATES_FROM_PERMIT', 'OTHER'];

/** Today's date in the county's zone (Asia/Shanghai), as YYYY-MM-DD, whatever the phone's zone. */
export function countyToday(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit',
    day: '2-digit' }).format(now);
}

/** A date plus whole days, both YYYY-MM-DD. */
export function plusDays(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The deadline a notice gets when the inspector does not choose one: 15, 7 or 3 days from today. */
export function defaultDeadline(grade, today) {
  return plusDays(today, DEADLINE_DAYS[grade] ?? DEADLINE_DAYS.GENERAL);
}

/** The server stops the works by itself for a critical hazard, an unqualified crew or a build off its permit. */
export function stopsWorkAutomatically(grade, type) {
  return grade === 'CRITICAL' || type === 'UNQUALIFIED_CREW' || type === 'DEVIATES_FROM_PERMIT';
}

/** What is wrong with a notice before it is queued: field -> rule, empty when it may be queued. */
export function noticeProblems({ description, responsiblePerson, deadline }, today) {
  const problems = {};
  if (!description || !description.trim()) {
    problems.description = 'required';
  }
  if (!responsiblePerson || !responsiblePerson.trim()) {
    problems.responsiblePerson = 'required';
  }
  if (deadline && deadline < today) {
    problems.deadline = 'deadline-not-in-past';
  }
  return problems;
}
