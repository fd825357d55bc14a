'use strict';
/* zhextract review: the index of articles; one article with every extracted item on its words; the
   analyst's corrections kept in this browser (localStorage) and exported as gold files for zhextract eval.
   Data is inserted as text only (text nodes, textContent), never parsed as HTML. Offsets are code points,
   as in the records: the text is split with Array.from, never indexed by UTF-16 units. */

const KINDS = [['person', 'people'], ['title', 'titles'], ['org', 'organisations'], ['figure', 'figures'],
  ['date', 'dates'], ['quote', 'quotes'], ['event', 'event fields'], ['document', 'documents'], ['author', 'authors'],
  ['place', 'places']];
const LABEL = Object.fromEntries(KINDS);
const ADDABLE = ['person', 'title', 'org', 'figure', 'date', 'quote', 'document', 'author'];
const FIELDS = {figure: ['kind', 'value', 'upper', 'unit', 'qualifier', 'subject', 'items'], date: ['value', 'end'],
  quote: ['speaker'], title: ['person']};
const CHOICES = {kind: ['money', 'count', 'percent', 'quantity'], qualifier: ['eq', 'gt', 'ge', 'lt', 'le', 'approx']};
const NUMBER = /^-?\d+(\.\d+)?$/, DATE = /^(\d{4}|-)(-\d\d){0,2}$/;
const VALID = {figure: {value: NUMBER, upper: NUMBER}, date: {value: DATE, end: DATE}};
const REQUIRED = {figure: ['value', 'unit'], date: ['value']};
const STORE = 'zhextract-review:';

const $ = id => document.getElementById(id);
const index = JSON.parse($('index').textContent);
const parsed = new Map();
let current = null;  // the open article: {n, a (its data), c (corrections), items, chars, segs, cover, selected, nodes}

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props || {})) {
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (name === 'class') node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

function article(n) {
  if (!parsed.has(n)) parsed.set(n, JSON.parse($('a' + n).textContent));
  return parsed.get(n);
}

function corrections(id) {
  const saved = JSON.parse(localStorage.getItem(STORE + id) || '{}');
  return Object.assign({reviewed: false, noEvent: false, wrong: {}, edits: {}, added: []}, saved);
}

function save() {
  try {
    localStorage.setItem(STORE + current.a.id, JSON.stringify(current.c));
  } catch (error) {
    status(`Corrections cannot be kept in this browser (${error.message}): export them now.`);
  }
}

function status(message) {
  $('status').textContent = message;
}

/* The record's items with the analyst's corrections: edited fields, marks, added items. */
function liveItems(a, c) {
  return a.items.concat(c.added).map(item => ({...item, f: {...item.f, ...c.edits[item.key]}, wrong: !!c.wrong[item.key]}));
}

function describe(item) {
  const f = item.f || {};
  if (item.k === 'figure' || f.field === 'attendance') {
    const items = f.items && f.items.length ? `, items ${f.items.join('、')}` : '';
    return `${f.value ?? '?'}${f.upper ? '–' + f.upper : ''} ${f.unit || '?'}, ${f.qualifier}, subject ${f.subject || '—'}${items}`;
  }
  const facts = Object.entries({...f, ...item.x}).filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && !v.length));
  return [LABEL[item.k], ...facts.map(([k, v]) => `${k} ${Array.isArray(v) ? v.join('、') : v}`)].join(', ');
}

const inGold = item => item.k !== 'place' && !['venue', 'attendance'].includes((item.f || {}).field);

/* ---- the index ---- */

const COLUMNS = [['title', 'Article'], ['event', 'Event'], ...KINDS.map(([, label], i) => [i, label]),
  ['fail', 'failed'], ['warn', 'warnings'], ['reviewed', 'reviewed']];
const PAGE = 200;  // rows in the table at a time: 5,000 table rows take seconds to lay out, 200 do not
const collator = new Intl.Collator('zh');
const reviewed = new Set(), rowNodes = new Map();
let order = index.slice(), limit = PAGE, sortBy = null, descending = false;

function value(row, column) {
  if (typeof column === 'number') return row.counts[column];
  if (column === 'reviewed') return reviewed.has(row.id) ? 1 : 0;
  if (column === 'title') return row.title || row.source || '';
  return row[column] ?? '';
}

function rowNode(row) {
  if (!rowNodes.has(row.n)) {
    rowNodes.set(row.n, el('tr', {onclick: () => { location.hash = '#a' + row.n; }},
      el('td', null, el('a', {href: '#a' + row.n}, row.title || '(no title)'), el('span', {class: 'source'}, row.source || row.id)),
      el('td', null, row.event || ''),
      ...row.counts.map(count => el('td', {class: 'n'}, count)),
      el('td', {class: row.fail ? 'n fail' : 'n'}, row.fail),
      el('td', {class: row.warn ? 'n warn' : 'n'}, row.warn),
      el('td', {class: 'n'}, '')));
  }
  const node = rowNodes.get(row.n);
  node.lastChild.textContent = reviewed.has(row.id) ? '✓' : '';
  return node;
}

function renderIndex() {
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key.startsWith(STORE) && JSON.parse(localStorage.getItem(key)).reviewed) reviewed.add(key.slice(STORE.length));
  }
  $('index-table').tHead.rows[0].append(...COLUMNS.map(([column, label]) =>
    el('th', {onclick: () => sort(column), 'data-column': column}, label)));
  $('summary').textContent = `${index.length} articles`;
}

function sort(column) {
  descending = sortBy === column ? !descending : typeof column === 'number' || ['fail', 'warn'].includes(column);
  sortBy = column;
  const sign = descending ? -1 : 1;
  order.sort((x, y) => {
    const a = value(x, column), b = value(y, column);
    return sign * (typeof a === 'number' ? a - b : collator.compare(a, b)) || x.n - y.n;
  });
  for (const th of $('index-table').tHead.rows[0].cells) {
    th.className = th.dataset.column === String(column) ? (descending ? 'desc' : 'asc') : '';
  }
  limit = PAGE;
  renderRows();
}

/* The first `limit` articles that pass the filter, in the current order. */
function renderRows() {
  const words = $('filter').value.trim().toLowerCase(), show = $('show').value;
  const passing = order.filter(row => {
    const wanted = {all: true, fail: row.fail > 0, warn: row.warn > 0, todo: !reviewed.has(row.id), done: reviewed.has(row.id)}[show];
    return wanted && `${row.title || ''} ${row.source || ''} ${row.event || ''}`.toLowerCase().includes(words);
  });
  $('index-table').tBodies[0].replaceChildren(...passing.slice(0, limit).map(rowNode));
  $('shown').textContent = `${passing.length} of ${index.length} shown`;
  $('more').hidden = passing.length <= limit;
  $('more').textContent = `Show ${Math.min(PAGE, passing.length - limit)} more`;
}

function filter() {
  limit = PAGE;
  renderRows();
}

/* ---- one article ---- */

function openArticle(n) {
  const a = article(n);
  current = {n, a, c: corrections(a.id), selected: null};
  $('a-title').textContent = a.title || '(no title)';
  $('a-meta').textContent = [a.source, a.id, a.script, a.published && `published ${a.published}`].filter(Boolean).join(' · ');
  $('a-warnings').replaceChildren(...[a.problem, ...a.warnings].filter(Boolean).map(w => el('li', null, w)));
  $('reviewed').checked = current.c.reviewed;
  $('reviewed').disabled = a.text === null;
  $('no-event-label').hidden = !a.event;
  $('no-event').checked = current.c.noEvent;
  $('prev').disabled = n === 0;
  $('next').disabled = n === index.length - 1;
  $('details').replaceChildren(el('p', {class: 'meta'}, 'Click an item in the text or in a list.'));
  refresh();
  scrollTo(0, 0);
}

function refresh() {
  const {a, c} = current;
  current.items = liveItems(a, c);
  current.nodes = new Map();
  renderText();
  renderChecks();
  renderFigures();
  renderItems();
  $('legend').replaceChildren(...KINDS.map(([k, label]) =>
    el('span', {class: `swatch k-${k}`}, `${label} ${current.items.filter(i => i.k === k).length}`)));
  $('add-person').replaceChildren(...current.items.filter(i => i.k === 'person' && !i.wrong).map(p => el('option', null, p.t)));
  const again = current.selected && current.items.find(i => i.key === current.selected.key);
  if (again) select(again, false);
}

/* The text cut at every span's ends: each piece knows the items over it. */
function segments(chars, items, spans) {
  const cuts = new Set([0, chars.length]);
  for (const [s, e] of spans) cuts.add(s).add(e);
  const points = [...cuts].sort((x, y) => x - y);
  const at = new Map(points.map((p, i) => [p, i]));
  const segs = points.slice(0, -1).map((s, i) => ({s, e: points[i + 1], items: [], chrome: false}));
  const cover = (s, e, visit) => {
    for (let i = at.get(s); i < segs.length && segs[i].e <= e; i++) visit(segs[i]);
  };
  for (const item of items) for (const [s, e] of item.m) cover(s, e, seg => seg.items.push(item));
  return {segs, cover};
}

const width = (item, seg) => Math.min(...item.m.filter(([s, e]) => s <= seg.s && seg.e <= e).map(([s, e]) => e - s));

function renderText() {
  const {a, items} = current;
  if (a.text === null) {
    current.segs = null;
    $('text').replaceChildren(el('p', {class: 'problem'}, a.problem));
    return;
  }
  const chars = Array.from(a.text);
  const spans = [...items.flatMap(i => i.m), ...a.chrome, ...a.checks.flatMap(c => c.m)];
  const {segs, cover} = segments(chars, items, spans);
  for (const [s, e] of a.chrome) cover(s, e, seg => { seg.chrome = true; });
  Object.assign(current, {chars, segs, cover});
  $('text').replaceChildren(...segs.map((seg, i) => {
    seg.items.sort((x, y) => width(x, seg) - width(y, seg));
    const [inner, outer] = [seg.items[0], seg.items[seg.items.length - 1]];
    const classes = [seg.chrome ? 'chrome' : ''];
    if (inner) classes.push('item', 'k-' + inner.k);
    if (seg.items.length > 1) classes.push('outer', 'o-' + outer.k);
    if (inner && seg.items.every(item => item.wrong)) classes.push('wrong');
    seg.node = el('span', {class: classes.join(' ').trim(), 'data-i': i}, chars.slice(seg.s, seg.e).join(''));
    if (inner) seg.node.title = seg.items.map(item => `${LABEL[item.k]} ${item.t}: ${describe(item)}`).join('\n');
    return seg.node;
  }));
}

function mark(spans, scroll) {
  for (const node of $('text').querySelectorAll('.sel')) node.classList.remove('sel');
  if (!current.segs) return;
  let first = null;
  for (const [s, e] of spans) {
    current.cover(s, e, seg => {
      seg.node.classList.add('sel');
      first = first || seg.node;
    });
  }
  if (first && scroll) first.scrollIntoView({block: 'center'});
}

function register(key, node) {
  if (!current.nodes.has(key)) current.nodes.set(key, []);
  current.nodes.get(key).push(node);
  return node;
}

function select(item, scroll = true) {
  current.selected = item;
  mark(item.m, scroll);
  for (const node of document.querySelectorAll('.chosen')) node.classList.remove('chosen');
  for (const node of current.nodes.get(item.key) || []) node.classList.add('chosen');
  renderDetails(item);
}

function renderChecks() {
  const {a, items} = current;
  $('checks').replaceChildren(...a.checks.map(check => el('li', {class: 'status-' + check.status, onclick: () => mark(check.m, true)},
    `${check.status} ${check.rule}: `, el('span', {class: 'message'}, check.message), ' ',
    ...items.filter(i => check.keys.includes(i.key)).map(chip))));
}

function renderFigures() {
  const {a, c, items} = current;
  const head = el('tr', null, ...['text', 'value', 'unit', 'qualifier', 'subject', 'items', 'checks'].map(h => el('th', null, h)));
  $('figures').replaceChildren(head, ...items.filter(i => i.k === 'figure').map(item => {
    const f = item.f, checks = a.checks.filter(check => check.keys.includes(item.key));
    const classes = [item.wrong ? 'wrong' : '', c.edits[item.key] ? 'edited' : '', item.added ? 'added' : ''];
    return register(item.key, el('tr', {class: classes.join(' ').trim(), 'data-key': item.key, onclick: () => select(item)},
      el('td', null, el('span', {class: 'chip k-figure'}, item.t)), el('td', null, f.value ?? '?', f.upper ? '–' + f.upper : ''),
      el('td', null, f.unit), el('td', null, f.qualifier), el('td', null, f.subject || ''), el('td', null, (f.items || []).join('、')),
      el('td', null, ...checks.map(check => el('div', {class: 'status-' + check.status}, `${check.status} ${check.rule}`)))));
  }));
}

function chip(item) {
  const classes = ['chip', 'k-' + item.k, item.wrong ? 'wrong' : '', item.m.length ? '' : 'nowhere', item.added ? 'added' : ''];
  return register(item.key, el('span', {class: classes.join(' ').trim(), 'data-key': item.key, title: describe(item),
    onclick: event => { event.stopPropagation(); select(item); }}, item.t));
}

function renderItems() {
  $('items').replaceChildren(...KINDS.filter(([k]) => k !== 'figure').map(([k, label]) => {
    const own = current.items.filter(i => i.k === k);
    return el('div', null, el('h3', null, `${label} (${own.length})`), ...own.map(chip));
  }));
}

function renderDetails(item) {
  const place = item.m.length ? item.m.map(([s, e]) => `${s}–${e}`).join(', ') : 'none: the words are not in the text';
  const seg = current.segs && item.m.length ? current.segs.find(s => s.s === item.m[0][0]) : null;
  const others = seg ? seg.items.filter(i => i.key !== item.key) : [];
  $('details').replaceChildren(el('div', null,
    el('p', null, el('span', {class: 'swatch k-' + item.k}, LABEL[item.k]), ' ', el('b', null, item.t),
      item.wrong ? el('span', {class: 'error'}, ' marked wrong') : null),
    el('p', {class: 'norm'}, describe(item)),
    el('p', {class: 'meta'}, `position ${place}`, item.found ? ' (found by searching the text: the record gives none)' : ''),
    others.length ? el('p', null, 'also here: ', ...others.map(chip)) : null,
    actions(item),
    FIELDS[item.k] && !item.wrong ? editor(item) : null));
}

function actions(item) {
  if (!inGold(item)) return el('p', {class: 'meta'}, 'Not part of gold files: nothing to correct.');
  if (item.added) {
    return el('p', null, el('button', {type: 'button', onclick: () => change(c => {
      c.added = c.added.filter(i => i.key !== item.key);
      current.selected = null;
    })}, 'Remove this added item'));
  }
  return el('p', null, el('button', {type: 'button', id: 'wrong', onclick: () => change(c => {
    if (item.wrong) delete c.wrong[item.key]; else c.wrong[item.key] = true;
  })}, item.wrong ? 'Not wrong after all' : 'Mark wrong'));
}

function editor(item) {
  const people = current.items.filter(i => i.k === 'person' && !i.wrong).map(p => p.t);
  const inputs = {};
  const field = name => {
    const now = item.f[name];
    const choices = name === 'person' ? people : CHOICES[name];
    const input = choices ? el('select', {name}, ...choices.map(choice => el('option', null, choice)))
      : el('input', {name, value: Array.isArray(now) ? now.join('、') : now ?? ''});
    if (choices) input.value = now ?? '';
    inputs[name] = input;
    return el('label', null, name + ' ', input);
  };
  const error = el('p', {class: 'error'});
  const form = el('form', {onsubmit: event => {
    event.preventDefault();
    const wanted = {};
    for (const [name, input] of Object.entries(inputs)) {
      const raw = input.value.trim();
      if ((VALID[item.k] || {})[name] && raw && !VALID[item.k][name].test(raw)) {
        error.textContent = `${name}: “${raw}” is not a ${name === 'value' || name === 'upper' ? 'number' : 'date'}`;
        return;
      }
      if ((REQUIRED[item.k] || []).includes(name) && !raw) {
        error.textContent = `${name} is needed: the gold file scores it`;
        return;
      }
      wanted[name] = name === 'items' ? raw.split(/[、,，]/).map(s => s.trim()).filter(Boolean) : raw || null;
    }
    change(c => {
      if (item.added) Object.assign(c.added.find(i => i.key === item.key).f, wanted);
      else c.edits[item.key] = changed(current.a.items.find(i => i.key === item.key).f, wanted);
    });
  }}, ...FIELDS[item.k].map(field), el('button', {type: 'submit'}, 'Save'), error);
  return form;
}

/* Only the fields that differ from the record are kept as edits. */
function changed(before, wanted) {
  return Object.fromEntries(Object.entries(wanted).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k] ?? null)));
}

function change(apply) {
  apply(current.c);
  save();
  refresh();
}

/* ---- adding a missing item from the selected words ---- */

function offset(node, at) {
  if (node.nodeType === Node.TEXT_NODE) {
    return current.segs[node.parentNode.dataset.i].s + Array.from(node.data.slice(0, at)).length;
  }
  if (node === $('text')) return at < current.segs.length ? current.segs[at].s : current.chars.length;
  const seg = current.segs[node.dataset.i];
  return at === 0 ? seg.s : seg.e;
}

function selectedWords() {
  const selection = getSelection();
  if (!current || !current.segs || selection.isCollapsed || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  if (!$('text').contains(range.startContainer) || !$('text').contains(range.endContainer)) return null;
  let s = offset(range.startContainer, range.startOffset), e = offset(range.endContainer, range.endOffset);
  while (s < e && /\s/.test(current.chars[s])) s++;
  while (e > s && /\s/.test(current.chars[e - 1])) e--;
  return s < e ? {s, e, t: current.chars.slice(s, e).join('')} : null;
}

function addSelected() {
  const words = selectedWords(), k = $('add-kind').value;
  if (!words) return;
  if (k === 'title' && !$('add-person').value) {
    status('A title needs its person: add the person first.');
    return;
  }
  const key = `added:${k}:${words.s}:${words.e}`;
  const fields = {person: {roles: []}, title: {person: $('add-person').value || null}, date: {value: null, end: null},
    quote: {speaker: null}, figure: {kind: 'count', value: null, upper: null, unit: null, qualifier: 'eq', subject: null, items: []}};
  const item = {key, k, t: words.t, m: [[words.s, words.e]], added: true, f: fields[k] || {}};
  change(c => {
    if (!c.added.some(i => i.key === key)) c.added.push(item);
  });
  getSelection().removeAllRanges();
  select(current.items.find(i => i.key === key));
}

/* ---- gold files ---- */

function gold(a, c) {
  const items = liveItems(a, c).filter(i => !i.wrong);
  const of = (k, field) => items.filter(i => i.k === k && (!field || i.f.field === field));
  const words = i => i.t;
  const [name] = of('event', 'name'), [theme] = of('event', 'theme'), [place] = of('event', 'location');
  const dates = [];
  for (const d of of('date')) {
    for (const value of [d.f.value, d.f.end]) if (value && !dates.some(x => x.value === value)) dates.push({text: d.t, value});
  }
  return {
    id: a.name, text_file: a.name + '.txt', record_id: a.id, source: a.source, script: a.script, title: a.title,
    published: a.published, authors: of('author').map(words),
    event: a.event && !c.noEvent ? {
      name: name ? name.t : null, kind: a.event.kind, edition: a.event.edition, theme: theme ? theme.t : null,
      start: a.event.start, end: a.event.end,
      location: place ? {city: place.f.city, province: place.f.province, country: place.f.country} : null,
      organizers: of('event', 'organizer').map(words), segments: of('event', 'segment').map(words)} : null,
    people: of('person').map(p => ({name: p.t, titles: of('title').filter(t => t.f.person === p.t).map(words), roles: p.f.roles || []})),
    organizations: of('org').map(words),
    figures: of('figure').map(({t, f}) => ({text: t, kind: f.kind, value: number(f.value), ...(f.upper ? {upper: number(f.upper)} : {}),
      unit: f.unit, qualifier: f.qualifier, subject: f.subject, items: f.items || []})),
    dates,
    quotes: of('quote').map(q => ({speaker: q.f.speaker, starts: Array.from(q.t).slice(0, 10).join('')})),
    documents: of('document').map(words),
    notes: notes(a, c),
  };
}

/* A JSON number where it is exact, else the decimal as a string (SCHEMA.md allows both). */
const number = text => (text !== null && String(Number(text)) === text ? Number(text) : text);

function notes(a, c) {
  const out = ['Reviewed in zhextract review: the extractor\'s record with the corrections below.'];
  for (const item of liveItems(a, c)) {
    if (item.wrong) out.push(`wrong: ${LABEL[item.k]} ${item.t}`);
    else if (item.added) out.push(`added: ${LABEL[item.k]} ${item.t} (${describe(item)})`);
    else if (c.edits[item.key]) out.push(`edited: ${LABEL[item.k]} ${item.t}: ${JSON.stringify(c.edits[item.key])}`);
  }
  if (c.noEvent) out.push('no event: the article reports none');
  return out;
}

function exportGold() {
  const files = [];
  for (const row of index) {
    const c = corrections(row.id);
    if (!c.reviewed || row.problem) continue;
    const a = article(row.n);
    files.push({name: a.name + '.gold.json', text: JSON.stringify(gold(a, c), null, 1) + '\n'}, {name: a.name + '.txt', text: a.text});
  }
  if (!files.length) {
    status('Nothing to export: mark articles reviewed first (only reviewed articles become gold).');
    return;
  }
  const link = el('a', {href: URL.createObjectURL(zip(files)), download: 'gold.zip'});
  document.body.append(link);
  link.click();
  link.remove();
  status(`Exported ${files.length / 2} reviewed articles to gold.zip: unzip it and run zhextract eval on the folder.`);
}

/* A zip archive of stored (uncompressed) UTF-8 files: every unzip tool and Python's zipfile read it. */
const CRC = Array.from({length: 256}, (_, n) => {
  for (let k = 0; k < 8; k++) n = n & 1 ? 0xEDB88320 ^ (n >>> 1) : n >>> 1;
  return n >>> 0;
});

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) crc = CRC[(crc ^ byte) & 255] ^ (crc >>> 8);
  return ~crc >>> 0;
}

function littleEndian(...fields) {  // [value, byte width] pairs
  const out = new Uint8Array(fields.reduce((sum, [, w]) => sum + w, 0)), view = new DataView(out.buffer);
  let at = 0;
  for (const [value, w] of fields) {
    if (w === 2) view.setUint16(at, value, true); else view.setUint32(at, value, true);
    at += w;
  }
  return out;
}

function zip(files) {
  const encoder = new TextEncoder(), parts = [], directory = [];
  let offset = 0;
  for (const file of files) {
    const name = encoder.encode(file.name), data = encoder.encode(file.text), crc = crc32(data);
    // version 2.0, flag 0x800: names in UTF-8, method 0: stored, date 1980-01-01
    const common = [[20, 2], [0x800, 2], [0, 2], [0, 2], [33, 2], [crc, 4], [data.length, 4], [data.length, 4], [name.length, 2], [0, 2]];
    parts.push(littleEndian([0x04034b50, 4], ...common), name, data);
    directory.push(littleEndian([0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]), name);
    offset += 30 + name.length + data.length;
  }
  const size = directory.reduce((sum, part) => sum + part.length, 0);
  const end = littleEndian([0x06054b50, 4], [0, 2], [0, 2], [files.length, 2], [files.length, 2], [size, 4], [offset, 4], [0, 2]);
  return new Blob([...parts, ...directory, end], {type: 'application/zip'});
}

/* ---- wiring ---- */

function route() {
  const match = /^#a(\d+)$/.exec(location.hash);
  const n = match ? Number(match[1]) : -1;
  $('index-view').hidden = n >= 0 && n < index.length;
  $('article-view').hidden = !$('index-view').hidden;
  if (!$('article-view').hidden) {
    openArticle(n);
  } else {
    current = null;
    renderRows();
  }
}

$('add-kind').append(...ADDABLE.map(k => el('option', {value: k}, LABEL[k])));
$('add-kind').addEventListener('change', () => { $('add-person').hidden = $('add-kind').value !== 'title'; });
$('add-person').hidden = true;
$('add').addEventListener('click', addSelected);
document.addEventListener('selectionchange', () => {
  const words = selectedWords();
  $('add').disabled = !words;
  $('selection').textContent = words ? `selected: “${words.t}” (${words.s}–${words.e})` : '';
});
$('text').addEventListener('click', event => {
  const seg = current.segs && current.segs[event.target.dataset.i];
  if (!seg || !seg.items.length || !getSelection().isCollapsed) return;
  select(seg.items[(seg.items.indexOf(current.selected) + 1) % seg.items.length]);
});
$('reviewed').addEventListener('change', () => {
  current.c.reviewed = $('reviewed').checked;
  save();
  if (current.c.reviewed) reviewed.add(current.a.id); else reviewed.delete(current.a.id);

});
$('no-event').addEventListener('change', () => change(c => { c.noEvent = $('no-event').checked; }));
$('back').addEventListener('click', () => { location.hash = ''; });
$('prev').addEventListener('click', () => { location.hash = '#a' + (current.n - 1); });
$('next').addEventListener('click', () => { location.hash = '#a' + (current.n + 1); });
$('export').addEventListener('click', exportGold);
$('filter').addEventListener('input', filter);
$('more').addEventListener('click', () => {
  limit += PAGE;
  renderRows();
});
$('show').addEventListener('change', filter);
addEventListener('hashchange', route);
renderIndex();
route();
performance.mark('review-ready');
