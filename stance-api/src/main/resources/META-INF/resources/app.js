// The stance tracker's page: built from the API's own endpoints only, plain SVG, no framework.
// The URL's query string holds the whole view (topic, position, actors, dates, granularity, view),
// so a view can be shared as a link.

const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = { support: '#1a7f37', oppose: '#c62828', mixed: '#b7791f', none: '#afb8c1' };
const CELL = 22;
const LABEL = 170;

const state = {
  topic: 'idlib', position: '', actors: [], from: '', to: '', granularity: 'week', view: 'timeline', on: '',
  // Articles each side of a shift must hold (the API's min_articles); empty: the API's default.
  shifts: '',
  // Only stances read in these sources (comma-separated) and at least this confident; empty: all.
  source: '', confidence: '',
};

/** The readers' filters every stance answer takes, as the API names them. */
function readBy() {
  return { source: state.source, min_confidence: state.confidence };
}
const articleCache = new Map();

/** Fetches JSON from the API; a problem+json answer becomes an Error carrying its detail. */
async function api(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v != null));
  const url = query.toString() ? `${path}?${query}` : path;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new Error(`The API did not answer (${e.message}).`);
  }
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || detail;
      if (problem.parameter) detail += ` (parameter: ${problem.parameter})`;
    } catch (ignored) { /* not JSON: keep the status line */ }
    throw new Error(detail);
  }
  return response.json();
}

function showMessage(text) {
  const box = $('message');
  box.textContent = text || '';
  box.hidden = !text;
}

// A value the page offers as a choice is taken from a link only when it is one of the choices: a
// link can hold anything, and `view="]` once broke the selector that shows the view, leaving the page blank.
const CHOICES = { view: ['timeline', 'standings'], granularity: ['day', 'week', 'month'] };

function readUrl() {
  const q = new URLSearchParams(location.search);
  granularityGiven = CHOICES.granularity.includes(q.get('granularity'));
  for (const key of ['topic', 'position', 'from', 'to', 'granularity', 'view', 'on', 'source']) {
    if (!q.has(key)) continue;
    const value = q.get(key);
    if (!CHOICES[key] || CHOICES[key].includes(value)) state[key] = value;
  }
  if (/^[1-9][0-9]{0,2}$/.test(q.get('shifts') || '')) state.shifts = q.get('shifts');
  if (/^(0(\.[0-9]+)?|1(\.0+)?)$/.test(q.get('confidence') || '')) state.confidence = q.get('confidence');
  state.actors = q.get('actors') ? q.get('actors').split(',').filter(Boolean) : [];
}

function writeUrl() {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    const v = Array.isArray(value) ? value.join(',') : value;
    if (v) q.set(key, v);
  }
  history.replaceState(null, '', `${location.pathname}?${q}`);
}

function readControls() {
  state.topic = $('topic').value;
  state.position = $('position').value;
  state.actors = [...$('actors').selectedOptions].map((o) => o.value);
  state.from = $('from').value;
  state.to = $('to').value;
  state.granularity = $('granularity').value;
  state.view = document.querySelector('input[name="view"]:checked').value;
  state.on = $('on').value;
  state.source = $('source').value.split(',').map((s) => s.trim()).filter(Boolean).join(',');
  state.confidence = $('confidence').value;
}

function writeControls() {
  $('topic').value = state.topic;
  $('position').value = state.position;
  for (const option of $('actors').options) option.selected = state.actors.includes(option.value);
  $('from').value = state.from;
  $('to').value = state.to;
  $('granularity').value = state.granularity;
  document.querySelector(`input[name="view"][value="${state.view}"]`).checked = true;
  $('on').value = state.on;
  $('source').value = state.source;
  $('confidence').value = state.confidence;
}

async function loadTopics() {
  const topics = await api('/api/topics');
  $('topic').replaceChildren(...topics.map((t) => new Option(t.title ? `${t.id}: ${t.title}` : t.id, t.id)));
  if (!topics.some((t) => t.id === state.topic) && topics.length) state.topic = topics[0].id;
  return topics;
}

/** The topics as the API gave them, with their positions and events. */
let TOPICS = [];
/** Whether the link named a granularity; if not, the page picks one that fits the data. */
let granularityGiven = false;

function fillPositions(topics) {
  TOPICS = topics;
  const topic = topics.find((t) => t.id === state.topic);
  const positions = topic ? topic.positions : [];
  $('position').replaceChildren(new Option('All positions', ''),
    ...positions.map((p) => new Option(p.description ? `${p.id}: ${p.description}` : p.id, p.id)));
  if (!positions.some((p) => p.id === state.position)) state.position = '';
}

async function fillActors() {
  const actors = await api('/api/actors');
  $('actors').replaceChildren(...actors.map((a) => new Option(`${a.code} · ${a.name}`, a.code)));
}

/** The first day of every period from the first to the last, inclusive (ISO dates, UTC). */
function periods(first, last, granularity) {
  const out = [];
  let day = new Date(`${first}T00:00:00Z`);
  const end = new Date(`${last}T00:00:00Z`);
  while (day <= end && out.length < 5000) {
    out.push(day.toISOString().slice(0, 10));
    day = new Date(day);
    if (granularity === 'day') day.setUTCDate(day.getUTCDate() + 1);
    else if (granularity === 'week') day.setUTCDate(day.getUTCDate() + 7);
    else day.setUTCMonth(day.getUTCMonth() + 1);
  }
  return out;
}

/** The period containing a day, as the API truncates (weeks start on Monday). */
function periodOf(iso, granularity) {
  const d = new Date(`${iso}T00:00:00Z`);
  if (granularity === 'week') d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  if (granularity === 'month') d.setUTCDate(1);
  return d.toISOString().slice(0, 10);
}

function periodEnd(start, granularity) {
  const d = new Date(`${start}T00:00:00Z`);
  if (granularity === 'week') d.setUTCDate(d.getUTCDate() + 6);
  if (granularity === 'month') { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
  return d.toISOString().slice(0, 10);
}

function el(name, attributes = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text != null) node.textContent = text;
  return node;
}

async function renderTimeline() {
  const params = { position: state.position, from: state.from, to: state.to, ...readBy() };
  const [timeline, shifts, coverage] = await Promise.all([
    api(`/api/topics/${encodeURIComponent(state.topic)}/timeline`, { ...params, granularity: state.granularity }),
    api(`/api/topics/${encodeURIComponent(state.topic)}/shifts`, { ...params, min_articles: state.shifts }),
    api(`/api/topics/${encodeURIComponent(state.topic)}/coverage`, { from: state.from, to: state.to, granularity: state.granularity, source: state.source }),
  ]);
  let series = timeline.series;
  if (state.actors.length) series = series.filter((s) => state.actors.includes(s.actor));
  const chart = $('chart');
  chart.replaceChildren();
  $('downloads').hidden = true;
  $('empty').hidden = true;
  if (!series.length) {
    const anyStances = await api('/api/stances', { topic: state.topic, size: 1 });
    if (anyStances.total === 0) { $('empty').hidden = false; return; }
    chart.textContent = 'No dated stances match these filters. Widen the dates or pick other actors or positions.';
    return;
  }
  const days = series.flatMap((s) => s.points.map((p) => p.period));
  const first = state.from ? periodOf(state.from, state.granularity) : days.reduce((a, b) => (a < b ? a : b));
  const last = state.to ? periodOf(state.to, state.granularity) : days.reduce((a, b) => (a > b ? a : b));
  const columns = periods(first, last, state.granularity);
  const index = new Map(columns.map((p, i) => [p, i]));
  const shiftAt = new Map();
  for (const shift of shifts.shifts) {
    shiftAt.set(`${shift.actor}|${shift.position}|${periodOf(shift.date, state.granularity)}`, shift);
  }
  const rowLabel = (s) => (state.position ? s.actor : `${s.actor} · ${s.position}`);
  const width = LABEL + columns.length * CELL + 10;
  // One more row under the stances: how many articles about the topic each period read.
  const height = 34 + (series.length + 1) * CELL + 4;
  const read = new Map(coverage.periods.map((c) => [c.period, c]));
  const known = new Set(coverage.periods.flatMap((c) => Object.keys(c.sources)));
  $('known-sources').replaceChildren(...[...known].sort().map((name) => Object.assign(document.createElement('option'), { value: name })));
  const svg = el('svg', { width, height, role: 'grid', 'aria-label': `Stances on ${state.topic} by ${state.granularity}` });
  const axis = el('g', { class: 'axis' });
  const every = Math.max(1, Math.ceil(60 / CELL));
  // Months carry their year; days and weeks carry it where it changes, so that every label can be read alone.
  let shownYear = first.slice(0, 4);
  columns.forEach((p, i) => {
    if (i % every !== 0) return;
    const newYear = p.slice(0, 4) !== shownYear;
    shownYear = p.slice(0, 4);
    const text = state.granularity === 'month' || newYear ? p.slice(0, 7) : p.slice(5);
    axis.append(el('text', { x: LABEL + i * CELL, y: 14, class: newYear ? 'year' : '' }, text));
  });
  axis.append(el('text', { x: 4, y: 14 }, first.slice(0, 4)));
  svg.append(axis);
  // A period no article covers is shaded across every row: an empty cell there means no coverage, not no stance.
  columns.forEach((p, i) => {
    if (!read.has(p)) {
      svg.append(el('rect', { x: LABEL + i * CELL, y: 28, width: CELL, height: series.length * CELL + 2, class: 'uncovered', 'data-period': p }));
    }
  });
  series.forEach((s, row) => {
    const y = 30 + row * CELL;
    const g = el('g', { role: 'row', 'data-actor': s.actor, 'data-position': s.position, class: 'series' });
    // Cut to the label column so that it never runs under the cells; the whole label is its tooltip.
    const full = rowLabel(s);
    const header = el('text', { x: 4, y: y + CELL * 0.7, role: 'rowheader', 'aria-label': full, class: 'row-label' }, full);
    header.append(el('title', {}, full));
    g.append(header);
    g.append(el('line', { x1: LABEL, x2: width - 10, y1: y + CELL / 2, y2: y + CELL / 2, stroke: '#eaeef2' }));
    for (const point of s.points) {
      const column = index.get(point.period);
      if (column == null) continue;
      const stance = point.stance || 'none';
      // A week or month may hold the turn and still lean the old way overall: the mark goes only where the
      // cell itself shows the new stance.
      const turn = shiftAt.get(`${s.actor}|${s.position}|${point.period}`);
      const shift = turn && point.stance === turn.to ? turn : null;
      const label = `${s.actor} on ${s.position}, ${point.period}: ${point.stance || 'no prevailing stance'} (${point.support} support, ${point.oppose} oppose, net ${point.net})`
        + (shift ? `; shift from ${shift.from} to ${shift.to}` : '');
      const cell = el('rect', {
        x: LABEL + column * CELL + 1, y: y + 1, width: CELL - 2, height: CELL - 2, rx: 3,
        fill: COLOURS[stance], 'fill-opacity': point.stance ? (0.35 + 0.65 * Math.min(1, Math.abs(point.net))).toFixed(2) : '0.6',
        class: 'cell', tabindex: 0, role: 'gridcell', 'aria-label': label,
        'data-period': point.period, 'data-stance': stance,
      });
      cell.append(el('title', {}, label));
      const open = () => showEvidence(s.actor, s.position, point.period, cell);
      cell.addEventListener('click', open);
      cell.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } });
      g.append(cell);
      if (shift) {
        g.append(el('text', { x: LABEL + column * CELL + CELL / 2 - 5, y: y + CELL * 0.72, 'pointer-events': 'none', class: 'shift' }, '◆'));
      }
    }
    svg.append(g);
  });
  const strip = el('g', { class: 'coverage', role: 'row', 'aria-label': 'Articles read per period' });
  const stripY = 30 + series.length * CELL;
  strip.append(el('text', { x: 4, y: stripY + CELL * 0.7, role: 'rowheader' }, `articles read${coverage.undated ? ` (+${coverage.undated} undated)` : ''}`));
  const most = Math.max(1, ...coverage.periods.map((c) => c.articles));
  columns.forEach((p, i) => {
    const c = read.get(p);
    const articles = c ? c.articles : 0;
    const label = `${p}: ${articles} article${articles === 1 ? '' : 's'} about ${state.topic}`
      + (c ? ` (${Object.entries(c.sources).map(([source, n]) => `${source} ${n}`).join(', ')})` : '');
    const h = articles ? Math.max(3, Math.round((CELL - 4) * articles / most)) : CELL - 4;
    const bar = el('rect', {
      x: LABEL + i * CELL + 2, y: stripY + CELL - 2 - h, width: CELL - 4, height: h,
      class: articles ? 'covered' : 'not-covered', role: 'gridcell', 'aria-label': label, 'data-period': p, 'data-articles': articles,
    });
    bar.append(el('title', {}, label));
    strip.append(bar);
  });
  svg.append(strip);
  drawEvents(svg, index, 20, stripY);
  chart.append(svg);
  fitLabels(svg);
  offerDownloads(series, svg);
}

/** The view as a CSV of its points and as an SVG file, linked for download (data: URLs, no request). */
function offerDownloads(series, svg) {
  const quote = (v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const rows = [['actor', 'position', 'period', 'granularity', 'support', 'oppose', 'net', 'stance']];
  for (const s of series) {
    for (const p of s.points) rows.push([s.actor, s.position, p.period, state.granularity, p.support, p.oppose, p.net, p.stance || '']);
  }
  const csv = rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
  const name = `${state.topic}-${state.granularity}${state.from ? `-from-${state.from}` : ''}${state.to ? `-to-${state.to}` : ''}`;
  Object.assign($('download-csv'), { href: `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`, download: `${name}.csv` });
  // The file carries the page's colours for its marks, so that it reads the same outside the page.
  const copy = svg.cloneNode(true);
  copy.setAttribute('xmlns', SVG);
  const style = document.createElementNS(SVG, 'style');
  style.textContent = 'text{font:12px sans-serif}.uncovered{fill:#f3f4f6}.covered{fill:#57606a}'
    + '.not-covered{fill:none;stroke:#d0d7de;stroke-dasharray:2 2}g.event line{stroke:#6e7781;stroke-dasharray:3 3}';
  copy.prepend(style);
  const file = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
  Object.assign($('download-svg'), { href: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(file)}`, download: `${name}.svg` });
  $('downloads').hidden = false;
}

/**
 * The topic's events in the shown range: a numbered dashed line at each event's period, and the
 * numbers, dates and names listed under the chart, where long names cannot overlap.
 */
function drawEvents(svg, index, top, bottom) {
  const topic = TOPICS.find((t) => t.id === state.topic);
  const list = $('event-list');
  list.replaceChildren();
  let n = 0;
  for (const event of (topic && topic.events) || []) {
    const column = index.get(periodOf(event.date, state.granularity));
    if (column == null) continue;
    n += 1;
    const x = LABEL + column * CELL + CELL / 2;
    const mark = el('g', { class: 'event', 'data-event': event.name, 'data-date': event.date });
    mark.append(el('line', { x1: x, x2: x, y1: top, y2: bottom }));
    const number = el('text', { x: x + 2, y: top + 6 }, String(n));
    number.append(el('title', {}, `${event.date}: ${event.name}`));
    mark.append(number);
    svg.append(mark);
    list.append(Object.assign(document.createElement('li'), { textContent: `${event.date} · ${event.name} (${event.kind})` }));
  }
  list.hidden = n === 0;
}

/** Cuts each row label (with an ellipsis) until it ends before the first column, measured as drawn. */
function fitLabels(svg) {
  for (const label of svg.querySelectorAll('text.row-label')) {
    const text = label.firstChild;
    let shown = text.textContent;
    while (label.getComputedTextLength() > LABEL - 10 && shown.length > 1) {
      shown = shown.slice(0, -1);
      text.textContent = `${shown.trimEnd()}…`;
    }
  }
}

async function renderStandings() {
  const on = state.on || new Date().toISOString().slice(0, 10);
  const [topics, standings] = await Promise.all([
    api('/api/topics'),
    api(`/api/topics/${encodeURIComponent(state.topic)}/standings`, { date: on, ...readBy() }),
  ]);
  const topic = topics.find((t) => t.id === state.topic);
  let positions = topic ? topic.positions.map((p) => p.id) : [];
  if (state.position) positions = positions.filter((p) => p === state.position);
  let rows = standings.standings;
  if (state.actors.length) rows = rows.filter((s) => state.actors.includes(s.actor));
  const matrix = $('matrix');
  matrix.replaceChildren();
  $('empty').hidden = true;
  if (!rows.length) {
    const anyStances = await api('/api/stances', { topic: state.topic, size: 1 });
    if (anyStances.total === 0) { $('empty').hidden = false; return; }
    matrix.textContent = `No stances reported up to ${on}.`;
    return;
  }
  const actors = [...new Set(rows.map((r) => r.actor))].sort();
  const table = document.createElement('table');
  table.className = 'standings';
  table.createCaption().textContent = `Where each actor stood on ${on} (its latest reported stance up to that day)`;
  const head = table.createTHead().insertRow();
  head.append(Object.assign(document.createElement('th'), { textContent: 'Actor' }));
  for (const p of positions) head.append(Object.assign(document.createElement('th'), { textContent: p, scope: 'col' }));
  const body = table.createTBody();
  for (const actor of actors) {
    const tr = body.insertRow();
    tr.append(Object.assign(document.createElement('th'), { textContent: actor, scope: 'row' }));
    for (const p of positions) {
      const td = tr.insertCell();
      const standing = rows.find((r) => r.actor === actor && r.position === p);
      if (standing) {
        td.className = standing.stance;
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = `${standing.stance} (${standing.since})`;
        button.addEventListener('click', () => showEvidence(actor, p, standing.since, null, standing.since));
        td.append(button);
      }
    }
  }
  matrix.append(table);
}

/**
 * The URL to link, only when it is an absolute http(s) one. The API refuses any other, but the page
 * does not rely on it: a javascript: or data: URL in the database (an older version, another writer)
 * would run in this page when clicked, so it is shown as plain text instead.
 */
function webUrl(value) {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null; // relative or malformed: nothing to link to
  }
}

async function articleText(id) {
  if (!articleCache.has(id)) articleCache.set(id, api(`/api/articles/${id}`));
  return articleCache.get(id);
}

/** The quotes behind one actor's stance on one position in one period, each in its context. */
async function showEvidence(actor, position, period, cell, until) {
  document.querySelectorAll('rect.cell.selected').forEach((c) => c.classList.remove('selected'));
  if (cell) cell.classList.add('selected');
  const from = period;
  const to = until || periodEnd(period, state.granularity);
  const list = $('evidence-list');
  $('evidence').hidden = false;
  $('evidence-title').textContent = `Evidence: ${actor} on ${position}, ${from === to ? from : `${from} to ${to}`}`;
  list.replaceChildren(Object.assign(document.createElement('li'), { textContent: 'Loading…' }));
  try {
    const page = await api('/api/stances', { topic: state.topic, actor, position, from, to, size: 50, ...readBy() });
    const items = [];
    for (const stance of page.items) {
      const e = stance.evidence;
      const li = document.createElement('li');
      li.className = 'quote';
      const meta = document.createElement('div');
      meta.className = 'quote-meta';
      const polarity = Object.assign(document.createElement('span'), { className: `polarity-${e.polarity}`, textContent: e.polarity });
      // Each article's title and URL come once per answer, beside the evidence that cites it.
      const cited = (page.articles || {})[e.article.id] || {};
      const href = webUrl(cited.url);
      const link = href
        ? Object.assign(document.createElement('a'), { href, textContent: cited.title || e.article.externalId, rel: 'noopener noreferrer', target: '_blank' })
        : Object.assign(document.createElement('span'), { textContent: cited.title || e.article.externalId });
      link.classList.add('article-title');
      // A stance whose text gives no day is counted from its article's publication day; say so.
      const when = stance.datePrecision === 'published' ? `${e.date} (no day in the text: the article's publication day)` : (e.date || 'date unknown');
      meta.append(`${e.actor} `, polarity, ` ${e.position} · ${when} · ${e.article.source} · `, link,
        ` · ${e.extractor}, confidence ${e.confidence}`);
      const context = document.createElement('blockquote');
      context.className = 'context';
      context.textContent = e.quote;
      li.append(meta, context);
      items.push(li);
      articleText(e.article.id).then((article) => {
        const text = article.text;
        const before = text.slice(Math.max(0, e.start - 220), e.start);
        const after = text.slice(e.end, Math.min(text.length, e.end + 220));
        context.replaceChildren(`${e.start > 220 ? '…' : ''}${before}`, Object.assign(document.createElement('mark'), { textContent: text.slice(e.start, e.end) }),
          `${after}${e.end + 220 < text.length ? '…' : ''}`);
      }).catch((err) => showMessage(`Could not read the article: ${err.message}`));
    }
    list.replaceChildren(...(items.length ? items : [Object.assign(document.createElement('li'), { textContent: 'No stances in this period.' })]));
    if (page.total > page.items.length) {
      list.append(Object.assign(document.createElement('li'), { textContent: `${page.total - page.items.length} more not shown.` }));
    }
  } catch (err) {
    list.replaceChildren();
    showMessage(err.message);
  }
}

async function render() {
  showMessage('');
  $('timeline-view').hidden = state.view !== 'timeline';
  $('standings-view').hidden = state.view !== 'standings';
  $('on-label').hidden = state.view !== 'standings';
  // Only the controls that apply: a date range and a period for the timeline, a day for the standings.
  for (const id of ['from', 'to', 'granularity']) $(id).closest('label').hidden = state.view !== 'timeline';
  document.body.dataset.loading = 'true';
  try {
    if (state.view === 'standings') await renderStandings(); else await renderTimeline();
  } catch (err) {
    showMessage(err.message);
  } finally {
    document.body.dataset.loading = 'false';
  }
}

async function start() {
  readUrl();
  let topics = [];
  try {
    topics = await loadTopics();
    fillPositions(topics);
    await fillActors();
    if (!granularityGiven && state.view === 'timeline') {
      // Beyond a year of articles, weeks are too narrow to read at a glance: months by default.
      const months = await api(`/api/topics/${encodeURIComponent(state.topic)}/coverage`, { granularity: 'month', source: state.source });
      if (months.periods.length > 12) state.granularity = 'month';
    }
  } catch (err) {
    showMessage(err.message);
  }
  writeControls();
  $('controls').addEventListener('change', (event) => {
    readControls();
    if (event.target.id === 'topic') { fillPositions(topics); writeControls(); }
    $('evidence').hidden = true;
    writeUrl();
    render();
  });
  $('controls').addEventListener('submit', (event) => event.preventDefault());
  writeUrl();
  await render();
}

start();
