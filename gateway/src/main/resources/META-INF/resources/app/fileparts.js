// 一户一档's builds for the screens: each build's parts as the file gives them (the first page and a next link), and
// the pages behind the next links, which come in the owning service's list shape, mapped to the file's. No DOM.

/** The parts of a build with a next link, and how an item of the owning service's list becomes one of the file's. */
export const PARTS = {
  visits: { into: 'visits', map: fromVisit },
  hazards: { into: 'hazards', map: fromHazard },
  rectificationNotices: { into: 'notices', map: fromNotice },
  stopWorkNotices: { into: 'notices', map: fromStopWork },
};

/** A build of the file as the screens read it: visits, hazards and notices (both kinds) as lists, next links apart. */
export function flatBuild(b = {}) {
  const part = (name) => b[name]?.items || [];
  return {
    permit: b.permit || null,
    history: b.history || [],
    documents: b.documents || [],
    crew: b.crew || null,
    visits: [...part('visits')],
    hazards: [...part('hazards')],
    notices: [...part('rectificationNotices'), ...part('stopWorkNotices')],
    next: Object.fromEntries(Object.keys(PARTS).map((name) => [name, b[name]?.next || null])),
  };
}

/** Adds a page fetched from a part's next link to the build and moves the link on (null after the last page). */
export function addPage(build, name, page) {
  const { into, map } = PARTS[name];
  build[into].push(...(page?.items || []).map(map));
  build.next[name] = page?.nextCursor ? nextLink(build.next[name], page.nextCursor) : null;
  return build;
}

/** The same list's link with another cursor. */
export function nextLink(link, cursor) {
  const [path, query = ''] = link.split('?');
  const params = new URLSearchParams(query);
  params.set('cursor', cursor);
  return `${path}?${params}`;
}

/** Whether a notice still binds: a rectification notice not closed out, a stop-work not lifted, or one not synced. */
export function isOpen(n) {
  return n.status !== 'CLOSED' && n.status !== 'LIFTED' && n.status !== 'VOIDED';
}

export function fromVisit(v) {
  return { id: v.id, type: v.type, status: v.status, outcome: v.outcome ?? null,
    onSite: v.presence && 'onSite' in v.presence ? v.presence.onSite : null,
    checkInServerTime: v.presence?.serverTime ?? null, scheduledDate: v.scheduledDate ?? null,
    inspector: v.inspector ?? null,
    hazards: (v.hazardIds || []).map((id) => ({ id, url: `/api/v1/hazards/${id}` })),
    photos: (v.photoIds || []).map((id) => ({ id, url: `/api/v1/photos/${id}/content` })) };
}

export function fromHazard(h) {
  return { id: h.id, visitId: h.visitId, type: h.type, grade: h.grade, description: h.description, status: h.status,
    createdAt: h.createdAt ?? null, closedAt: h.closedAt ?? null, noticeId: h.notice?.id ?? null,
    stopWorkNoticeId: h.stopWorkNoticeId ?? null, url: `/api/v1/hazards/${h.id}` };
}

export function fromNotice(n) {
  return { id: n.id, kind: 'RECTIFICATION', description: n.responsiblePerson ? `整改责任人 ${n.responsiblePerson}` : null,
    deadline: n.deadline ?? null, status: n.status,
    overdue: !!n.overdue, hazardId: n.hazardId ?? null, issuedAt: n.issuedAt ?? null, closedAt: n.closedAt ?? null };
}

export function fromStopWork(n) {
  return { id: n.id, kind: 'STOP_WORK', description: n.reason ?? null, deadline: null, status: n.status, overdue: false,
    hazardId: n.hazardId ?? null, issuedAt: n.issuedAt ?? null, liftedAt: n.liftedAt ?? null };
}
