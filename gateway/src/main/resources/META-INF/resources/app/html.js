// Text into HTML: every value from the server or the user passes through esc before it reaches innerHTML.
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** A server or phone time (ISO-8601) as the county reads it: Asia/Shanghai, "2026-11-28 18:02". Dates stay dates. */
export function when(iso) {
  if (!iso || /^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    return iso || '';
  }
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) {
    return String(iso);
  }
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit' }).format(d);
}
