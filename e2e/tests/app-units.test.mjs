// The web app's pure parts, run in Node without a browser: the rate charts drawn from a trend fixture (one line per
// township, gaps where a month has no figure, a legend), the notice rules the phone applies offline, and the
// household timeline's order, and the household file's parts followed page by page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const APP = new URL('../../gateway/src/main/resources/META-INF/resources/app/', import.meta.url);
const { trendSeries, lineChart, segments, stackedBars } = await import(new URL('charts.js', APP));
const { defaultDeadline, stopsWorkAutomatically, countyToday, noticeProblems } = await import(new URL('notices.js', APP));
const { timeline } = await import(new URL('timeline.js', APP));
const { flatBuild, addPage, isOpen, nextLink } = await import(new URL('fileparts.js', APP));
const trend = JSON.parse(readFileSync(new URL('fixtures/trend.json', import.meta.url)));

const paths = (svg) => [...svg.matchAll(/<path class="line" d="([^"]*)"/g)].map((m) => m[1]);
const moves = (d) => (d.match(/M/g) || []).length;

test('the completion-rate chart draws one line per township, broken where a month has no figure', () => {
  const { months, series } = trendSeries(trend, 'mandatoryVisitCompletionRate');
  assert.deepEqual(months, ['2026-06', '2026-07', '2026-08', '2026-09']);
  assert.deepEqual(series.map((s) => s.name), ['城关镇', '青石镇']);
  assert.deepEqual(series[0].values, [0.5, 0.75, null, 1]);
  const svg = lineChart({ id: 'c', label: '到场巡查完成率', months, series });
  const [chengguan, qingshi] = paths(svg);
  assert.equal(moves(chengguan), 2, '城关镇: June-July, then a gap in August, then September alone');
  assert.equal(moves(qingshi), 1, '青石镇: one line from July to September');
  assert.equal((svg.match(/<circle/g) || []).length, 6, 'a dot for every month with a figure');
  assert.match(svg, /<text[^>]*>城关镇<\/text>/, 'the legend names each township');
  assert.match(svg, />100%</);
  assert.match(svg, />0%</);
});

test('a rate at 100% is drawn at the top of the plot and 0% at the bottom', () => {
  const svg = lineChart({ id: 'c', label: 'x', months: ['2026-01', '2026-02'], series: [{ key: 'a', name: 'A', values: [0, 1] }] });
  assert.equal(paths(svg)[0], 'M44.0,192.0 L624.0,12.0');
});

test('the close-out chart keeps a township that has one figure, and there is nothing to draw without figures', () => {
  const { months, series } = trendSeries(trend, 'closeOutRate');
  const svg = lineChart({ id: 'c', label: 'x', months, series });
  assert.equal(paths(svg).length, 1, '青石镇 has no close-out figure: no line');
  assert.match(svg, /data-township="369901101000"/, 'but it keeps its place and colour in the legend');
  const empty = { months: trend.months.map((m) => ({ ...m, townships: m.townships.map((tw) => ({ ...tw, closeOutRate: null })) })) };
  const none = trendSeries(empty, 'closeOutRate');
  assert.equal(lineChart({ id: 'c', label: 'x', ...none }), '', 'nothing drawn: the page says 暂无数据 instead');
  assert.equal(lineChart({ id: 'c', label: 'x', ...trendSeries(null, 'closeOutRate') }), '');
});

test('gaps split a line into runs of months', () => {
  assert.deepEqual(segments([null, 0.1, 0.2, null, 0.3]), [[[1, 0.1], [2, 0.2]], [[4, 0.3]]]);
  assert.deepEqual(segments([null, null]), []);
});

test('names from the server are escaped in the SVG', () => {
  const svg = lineChart({ id: 'c', label: 'x', months: ['2026-01'], series: [{ key: 'k', name: '<b>镇', values: [0.5] }] });
  assert.ok(!svg.includes('<b>'));
  assert.match(svg, /&lt;b&gt;镇/);
});

test('the bar chart stacks the states of each township and prints the total', () => {
  const svg = stackedBars({ id: 's', label: 'x', keys: ['A', 'B'], colours: ['#000', '#111'],
    rows: [{ name: '城关镇', counts: { A: 3, B: 1 } }, { name: '青石镇', counts: { B: 2 } }] });
  assert.equal((svg.match(/<rect/g) || []).length, 3);
  assert.match(svg, />4<\/text>/);
});

test('a notice gets 15, 7 or 3 days by grade, across a month end', () => {
  assert.equal(defaultDeadline('GENERAL', '2026-11-28'), '2026-12-13');
  assert.equal(defaultDeadline('MAJOR', '2026-11-28'), '2026-12-05');
  assert.equal(defaultDeadline('CRITICAL', '2026-12-30'), '2027-01-02');
});

test("the county's today is Shanghai's date, whatever the phone's zone", () => {
  assert.equal(countyToday(new Date('2026-11-28T16:30:00Z')), '2026-11-29');
  assert.equal(countyToday(new Date('2026-11-28T15:59:00Z')), '2026-11-28');
});

test('a critical hazard, an unqualified crew or a deviation stops the works by itself', () => {
  assert.equal(stopsWorkAutomatically('CRITICAL', 'STRUCTURE'), true);
  assert.equal(stopsWorkAutomatically('GENERAL', 'UNQUALIFIED_CREW'), true);
  assert.equal(stopsWorkAutomatically('MAJOR', 'DEVIATES_FROM_PERMIT'), true);
  assert.equal(stopsWorkAutomatically('MAJOR', 'SITE_SAFETY'), false);
});

test('a notice needs a description and a responsible person, and no deadline in the past', () => {
  assert.deepEqual(noticeProblems({ description: '临边无防护', responsiblePerson: '李建国', deadline: '2026-12-05' }, '2026-11-28'), {});
  assert.deepEqual(Object.keys(noticeProblems({ description: ' ', responsiblePerson: '', deadline: '2026-11-27' }, '2026-11-28')),
    ['description', 'responsiblePerson', 'deadline']);
});

test('the timeline puts history, visits and notices in date order; a notice takes the date of its visit', () => {
  const file = {
    history: [{ at: '2026-03-01T02:00:00Z', action: 'submit' }, { at: '2026-05-01T02:00:00Z', action: 'issue-certificate' }],
    visits: [{ id: 'v1', type: 'SETTING_OUT', checkInServerTime: '2026-06-02T01:00:00Z', hazards: [{ id: 'h1' }] },
      { id: 'v0', type: 'SITE_SURVEY', scheduledDate: '2026-04-01' }],
    notices: [{ id: 'n1', hazardId: 'h1', deadline: '2026-06-09' }],
  };
  const order = timeline(file).map((e) => `${e.kind}:${e.entry.id || e.entry.action}`);
  assert.deepEqual(order, ['history:submit', 'visit:v0', 'history:issue-certificate', 'visit:v1', 'notice:n1']);
  assert.equal(timeline(file)[4].at, '2026-06-02T01:00:00Z');
});

test("a build of the household file takes the pages behind its next links in the file's shape, closed ones kept", () => {
  const build = flatBuild({
    permit: { id: 'p1' }, history: [],
    visits: { items: [{ id: 'v1', type: 'SITE_SURVEY' }], next: '/api/v1/permits/p1/visits?limit=100&cursor=c1' },
    hazards: { items: [], next: null },
    rectificationNotices: { items: [{ id: 'n1', kind: 'RECTIFICATION', status: 'CLOSED' }],
      next: '/api/v1/rectification-notices?permit=p1&limit=100&cursor=k1' },
    stopWorkNotices: { items: [{ id: 's1', kind: 'STOP_WORK', status: 'LIFTED' }], next: null },
  });
  assert.deepEqual(build.notices.map((n) => n.id), ['n1', 's1']);
  assert.deepEqual(build.notices.filter(isOpen), [], 'closed out and lifted: kept, but not open');
  addPage(build, 'visits', { items: [{ id: 'v2', type: 'ROUTINE_PATROL', presence: { onSite: false, serverTime: '2026-06-02T01:00:00Z' },
    hazardIds: ['h1'], photoIds: [] }], nextCursor: 'c/2' });
  assert.deepEqual(build.visits.map((v) => v.id), ['v1', 'v2']);
  assert.equal(build.visits[1].onSite, false);
  assert.equal(build.visits[1].checkInServerTime, '2026-06-02T01:00:00Z');
  assert.deepEqual(build.visits[1].hazards, [{ id: 'h1', url: '/api/v1/hazards/h1' }]);
  assert.equal(build.next.visits, '/api/v1/permits/p1/visits?limit=100&cursor=c%2F2');
  addPage(build, 'rectificationNotices', { items: [{ id: 'n2', status: 'OPEN', deadline: '2027-01-03', responsiblePerson: '李建国' }] });
  assert.equal(build.next.rectificationNotices, null, 'the last page ends the part');
  assert.deepEqual(build.notices.filter(isOpen).map((n) => [n.id, n.kind, n.deadline]), [['n2', 'RECTIFICATION', '2027-01-03']]);
  assert.equal(nextLink('/api/v1/hazards?permit=p1&limit=100&cursor=a', 'b'), '/api/v1/hazards?permit=p1&limit=100&cursor=b');
});
