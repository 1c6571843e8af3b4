// The onrecord web page. Every piece of article text reaches the page through textContent or
// attribute setters, never through HTML parsing: article text is untrusted.
'use strict';

const PALETTE = ['#ffd86b', '#9fd8ff', '#ffb3c1', '#b8f0a8', '#d9c2ff', '#ffc98f', '#a8efe3', '#f5b8ff', '#d6e68a', '#c9d3e6'];
const main = document.getElementById('main');
const card = document.getElementById('card');

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'text') node.textContent = value;
    else if (key === 'class') node.className = value;
    else if (key === 'style') for (const [p, v] of Object.entries(value)) node.style.setProperty(p, v);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces a node's children, leaving out the null ones (replaceChildren would print them as "null"). */
function fill(node, ...children) {
  node.replaceChildren(...children.flat().filter(c => c !== null && c !== undefined && c !== false));
  return node;
}

async function api(path, options) {
  const response = await fetch(path, options);
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (!response.ok) throw new Error(body && body.error ? body.error : 'HTTP ' + response.status);
  return body;
}

/** Only web links become links: a "javascript:" URL in an article must never be clickable. */
function safeUrl(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
}

/** Colours for one article: each speaker a different colour, in order of first quote. */
function speakerColours() {
  const assigned = new Map();
  return key => {
    const k = String(key);
    if (!assigned.has(k)) assigned.set(k, PALETTE[assigned.size % PALETTE.length]);
    return assigned.get(k);
  };
}

function colourFor(key) {
  const s = String(key);
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

function personLink(id, name) {
  return id === null || id === undefined ? el('span', { class: 'who', text: name || 'unattributed' })
    : el('a', { class: 'who', href: '#/person/' + Number(id), text: name });
}

/** The day of an ISO date or timestamp ("2024-03-05T18:42:07Z" → "2024-03-05"); any other form as given. */
function day(published) {
  if (!published) return '';
  return /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : published;
}

/** Outlet and date, as a result or an article's heading gives them. */
function outletAndDay(a) {
  return [a.outlet, day(a.published)].filter(Boolean).join(' · ');
}

/**
 * What to call an article: its headline; without one, its outlet and date; the corpus id (often a file
 * name or slug) only when nothing else is known.
 */
function articleName(a) {
  return a.title || outletAndDay(a) || a.sourceId;
}

function articleLink(a) {
  // beside the outlet and date already shown, an article without a headline is just that
  const text = a.title || (outletAndDay(a) ? 'untitled article' : a.sourceId);
  return el('a', { href: '#/article/' + Number(a.id), text });
}

function plural(n, word) {
  return n.toLocaleString() + ' ' + word + (n === 1 ? '' : 's');
}

function describe(role, organisation) {
  return [role, organisation].filter(Boolean).join(', ');
}

/**
 * "did not say", "reportedly told": the engine marks cues that do not assert the quote was said, and the
 * page says so wherever it names the speaker, so such a quote never reads as plainly said. A Map, not an
 * object, so no value from the API can reach an inherited property.
 */
const MODALITY_NOTES = new Map([
  ['negated', 'The text says this was not said'],
  ['hedged', 'The text reports this without asserting it was said'],
]);

function modalityLabel(modality) {
  return MODALITY_NOTES.has(modality)
    ? el('span', { class: 'modality modality-' + modality, title: MODALITY_NOTES.get(modality), text: modality }) : null;
}

/** The parts that are there (text or nodes), with " · " between them. */
function withDots(parts) {
  const out = [];
  for (const part of parts.filter(Boolean)) {
    if (out.length) out.push(' · ');
    out.push(part);
  }
  return out;
}

/** The article's text marked with the page's language, so that the browser hyphenates and reads it aloud right. */
function inLanguage(node, language) {
  if (language) node.lang = language;
  return node;
}

/** A node to follow the line's other details, or nothing when there is none. */
function afterDot(node) {
  return node ? [' · ', node] : null;
}

function setTitle(text) {
  document.title = text + ' — onrecord';
}

function showError(where, error) {
  fill(where, el('p', { class: 'error', role: 'alert', text: error.message || String(error) }));
}

// ---- hover card ----
let cardOwner = null;

function showCard(target, info) {
  cardOwner = target;
  const rows = [];
  const add = (label, ...value) => {
    if (value.some(v => v !== null && v !== undefined && v !== '')) rows.push(el('dt', { text: label }), el('dd', {}, value));
  };
  add('Role', describe(info.role, info.organisation));
  const modality = modalityLabel(info.modality);
  // The space keeps "say negated" two words for screen readers and for copying, whatever the CSS does.
  add('Cue', info.cue, modality && ' ', modality);
  add('To', info.addressee);
  add('Type', info.type);
  add('Why', info.evidence);
  add('Rule', info.rule ? info.rule + ' (' + Math.round((info.confidence || 0) * 100) + '%)' : null);
  fill(card, el('strong', { text: info.speaker || 'Unattributed' }), el('dl', {}, rows));
  card.style.setProperty('--c', info.colour);
  card.hidden = false;
  const box = target.getBoundingClientRect();
  const width = Math.min(card.offsetWidth, window.innerWidth - 16);
  card.style.left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + window.innerWidth - width - 8)) + 'px';
  card.style.top = (window.scrollY + box.bottom + 6) + 'px';
}

function hideCard(target) {
  if (!target || target === cardOwner) { card.hidden = true; cardOwner = null; }
}

document.addEventListener('keydown', e => { if (e.key === 'Escape') hideCard(); });

// ---- highlighted text ----

/** UTF-16 index of every code point offset: the engine's offsets count code points. */
function codePointIndex(text) {
  const index = [0];
  let i = 0;
  for (const ch of text) { i += ch.length; index.push(i); }
  return index;
}

/**
 * The text with each quote in a <mark> in its speaker's colour; focusing or hovering a mark shows
 * who said it and why the engine thinks so. quotes: [{start, end, colour, speaker, ...card info}].
 * boilerplate: [{start, end, kind}], stretches that are not article content ("READ MORE: …"), dimmed.
 */
function highlighted(text, quotes, boilerplate = []) {
  const index = codePointIndex(text);
  const box = el('div', { class: 'article-text' });
  const dim = boilerplate.filter(b => b.start < b.end && b.end <= index.length - 1).sort((a, b) => a.start - b.start);
  let at = 0;
  const ordered = quotes.slice().sort((a, b) => a.start - b.start);
  for (const q of ordered) {
    if (q.start < at || q.end > index.length - 1 || q.end <= q.start) continue;
    box.append(...unquoted(text, index, at, q.start, dim));
    const mark = el('mark', {
      class: 'q ' + (q.type === 'direct' ? 'verbatim' : 'reported'), tabindex: '0', 'aria-describedby': 'card', style: { '--c': q.colour },
      'aria-label': (q.type === 'direct' ? 'Quote by ' : 'Reported speech of ') + (q.speaker || 'unknown speaker') + (MODALITY_NOTES.has(q.modality) ? ', ' + q.modality : ''),
      'data-speaker': q.speaker || '',
      text: text.slice(index[q.start], index[q.end]),
    });
    const open = () => showCard(mark, q);
    const close = () => hideCard(mark);
    mark.addEventListener('mouseenter', open);
    mark.addEventListener('focus', open);
    mark.addEventListener('mouseleave', close);
    mark.addEventListener('blur', close);
    box.append(mark);
    at = q.end;
  }
  box.append(...unquoted(text, index, at, index.length - 1, dim));
  return box;
}

/** The text between two quotes, code points [from, to), as text nodes; boilerplate in it (a quote never is) dimmed. */
function unquoted(text, index, from, to, boilerplate) {
  const nodes = [];
  let at = from;
  for (const b of boilerplate) {
    const start = Math.max(b.start, at), end = Math.min(b.end, to);
    if (end <= start) continue;
    nodes.push(document.createTextNode(text.slice(index[at], index[start])),
      el('span', { class: 'boilerplate', 'data-kind': b.kind, title: 'Not part of the article: ' + b.kind, text: text.slice(index[start], index[end]) }));
    at = end;
  }
  nodes.push(document.createTextNode(text.slice(index[at], index[to])));
  return nodes;
}

// Only words in quotation marks may look verbatim: a reported clause is paraphrase, and a mixed
// quotation carries its own marks round the words that were quoted.
function quoteBlock(q) {
  if (q.type === 'direct') return el('blockquote', { class: 'verbatim', text: '“' + q.text + '”' });
  const label = q.type === 'mixed' ? 'partly quoted' : q.type === 'stance' ? 'stance' : 'reported';
  return el('blockquote', { class: q.type === 'mixed' ? 'mixed' : 'reported' },
    el('span', { class: 'kind', text: label + ': ' }), q.text);
}

function legend(quotes, boilerplate) {
  const seen = new Map();
  for (const q of quotes) if (!seen.has(q.speaker || '')) seen.set(q.speaker || '', q);
  return el('div', {},
    el('ul', { class: 'legend', 'aria-label': 'Speakers' }, [...seen.values()].map(q =>
      el('li', {}, el('span', { class: 'sw', style: { '--c': q.colour }, 'aria-hidden': 'true' }),
        q.personId !== undefined && q.personId !== null ? personLink(q.personId, q.speaker) : (q.speaker || 'Unattributed')))),
    el('p', { class: 'legend-kinds' },
      el('span', { class: 'key verbatim', text: 'quoted words' }), ' ',
      el('span', { class: 'key reported', text: 'reported speech (paraphrase)' }),
      boilerplate && boilerplate.length ? [' ', el('span', { class: 'key boilerplate', text: 'not part of the article (links, credits)' })] : null));
}

// ---- search ----
const FILTERS = ['q', 'speaker', 'org', 'outlet', 'from', 'to', 'type'];

function searchForm(params) {
  const field = (name, label, type) => el('label', {}, label,
    el('input', { name, id: 'f-' + name, type: type || 'text', value: params.get(name) || '' }));
  const typeSelect = el('select', { name: 'type', id: 'f-type' },
    ['', 'direct', 'mixed', 'indirect', 'stance'].map(t => el('option', { value: t, text: t || 'any', selected: params.get('type') === t && t !== '' })));
  const form = el('form', { class: 'search', role: 'search' },
    el('label', {}, 'Search quotes and speakers',
      el('input', { type: 'search', name: 'q', id: 'f-q', value: params.get('q') || '', placeholder: 'picket lines, "cost of living", strik*' })),
    el('details', { class: 'filters', open: window.innerWidth > 600 || FILTERS.slice(1).some(f => params.get(f)) },
      el('summary', { text: 'Filters' }),
      el('div', { class: 'row' }, field('speaker', 'Speaker'), field('org', 'Organisation'), field('outlet', 'Outlet')),
      el('div', { class: 'row' }, field('from', 'From', 'date'), field('to', 'To', 'date'),
        el('label', {}, 'Type', typeSelect))),
    el('div', { class: 'row' }, el('button', { type: 'submit', id: 'search-button', text: 'Search' })));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const name of FILTERS) {
      const v = form.elements[name].value.trim();
      if (v) next.set(name, v);
    }
    location.hash = '#/search?' + next.toString();
  });
  return form;
}

function hitItem(hit) {
  const q = hit.quote, a = hit.article;
  const colour = colourFor(q.personId !== null ? 'p' + q.personId : q.speaker);
  const about = describe(q.role, q.organisation);
  return el('li', { class: 'hit', style: { '--c': colour } },
    quoteBlock(q),
    el('div', {}, personLink(q.personId, q.speaker), about ? ' · ' + about : '', ' · ', q.type,
      afterDot(modalityLabel(q.modality))),
    hit.before || hit.after ? el('p', { class: 'ctx', text: '…' + hit.before.slice(-90) + ' [quote] ' + hit.after.slice(0, 90) + '…' }) : null,
    el('div', { class: 'meta' }, outletAndDay(a) ? outletAndDay(a) + ' · ' : '', articleLink(a)),
    spreadBadges(q, hit.cluster));
}

/**
 * "carried by 4 outlets" beside a quotation other articles carried too, and "2 variants" when some of
 * them changed its words: both link to the quotation's page. A quotation found in one article so far links
 * to it too ("1 outlet · first appearance"): its page is where a later occurrence will show. Reported
 * speech and stances are in no cluster and have no page.
 */
function spreadBadges(q, spread) {
  if (!spread) return null;
  const href = '#/quote/' + Number(q.id);
  if (spread.articleCount < 2) {
    const where = spread.outletCount === 1 ? '1 outlet' : '1 article';
    return el('p', { class: 'spread' }, el('a', { class: 'badge single', href, text: where + ' · first appearance' }));
  }
  const carried = spread.outletCount > 1 ? 'carried by ' + plural(spread.outletCount, 'outlet') : 'in ' + plural(spread.articleCount, 'article');
  return el('p', { class: 'spread' },
    el('a', { class: 'badge carried', href, text: carried }),
    spread.variantCount > 0 ? ' ' : null,
    spread.variantCount > 0 ? el('a', { class: 'badge variants', href, text: '⚠ ' + plural(spread.variantCount, 'variant') }) : null);
}

function pager(page, onPage) {
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  if (pages <= 1) return null;
  return el('div', { class: 'pager' },
    el('button', { class: 'secondary', type: 'button', disabled: page.page <= 1, text: '← Previous', onclick: () => onPage(page.page - 1) }),
    el('span', { text: 'Page ' + page.page + ' of ' + pages }),
    el('button', { class: 'secondary', type: 'button', disabled: page.page >= pages, text: 'Next →', onclick: () => onPage(page.page + 1) }));
}

async function showResults(where, params) {
  fill(where, el('p', { class: 'summary', text: 'Searching…' }));
  try {
    const page = await api('/api/quotes?' + params.toString());
    const summary = page.total === 0 ? 'No quotes found.' : page.total.toLocaleString() + (page.total === 1 ? ' quote' : ' quotes');
    const goTo = n => { const p = new URLSearchParams(params); p.set('page', n); location.hash = '#/search?' + p.toString(); };
    fill(where, el('div', { class: 'summary-row' }, el('p', { class: 'summary', id: 'result-count', text: summary }),
      page.total > 0 ? downloads(params) : null),
      el('ol', { class: 'results', id: 'results' }, page.hits.map(hitItem)), pager(page, goTo));
  } catch (e) {
    showError(where, e);
  }
}

// ---- export and facets ----
/** The search's parameters for the API, without paging: exports and counts cover every result. */
function searchOnly(params) {
  const p = new URLSearchParams(params);
  p.delete('page');
  p.delete('size');
  return p;
}

/** Every result as a file, from the same search: the server streams it (docs: /api/openapi.json). */
function downloads(params) {
  const link = format => {
    const p = searchOnly(params);
    p.set('format', format);
    return el('a', { class: 'download', id: 'download-' + format, href: '/api/quotes?' + p.toString(), download: 'onrecord-quotes.' + format,
      text: format.toUpperCase() });
  };
  return el('p', { class: 'downloads' }, 'Download every result: ', link('csv'), ' · ', link('jsonl'));
}

function lastDay(month) {
  const [y, m] = month.split('-').map(Number);
  return month + '-' + String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0');
}

/** The facets, each value a link to the same search narrowed by it; a filter in use can be removed. */
const FACETS = [
  { key: 'speakers', title: 'Speaker', set: (p, v) => p.set('person', v), on: p => p.get('person'), off: ['person'] },
  { key: 'organisations', title: 'Organisation', set: (p, v) => p.set('org', v), on: p => p.get('org'), off: ['org'] },
  { key: 'outlets', title: 'Outlet', set: (p, v) => p.set('outlet', v), on: p => p.get('outlet'), off: ['outlet'] },
  { key: 'types', title: 'Type', set: (p, v) => p.set('type', v), on: p => p.get('type'), off: ['type'] },
  { key: 'months', title: 'Month', set: (p, v) => { p.set('from', v + '-01'); p.set('to', lastDay(v)); },
    on: p => p.get('from') || p.get('to'), off: ['from', 'to'] },
];

function facetList(facet, counts, params) {
  const href = change => { const p = searchOnly(params); change(p); return '#/search?' + p.toString(); };
  const active = facet.on(params);
  const items = counts.map(c => el('li', {},
    el('a', { href: href(p => facet.set(p, c.value)) }, el('span', { class: 'facet-label', text: c.label })),
    el('span', { class: 'facet-count', text: c.count.toLocaleString() })));
  return el('section', { class: 'facet', 'data-facet': facet.key },
    el('h2', { text: facet.title }),
    active ? el('p', { class: 'facet-on' }, el('a', { href: href(p => facet.off.forEach(k => p.delete(k))), text: '✕ any ' + facet.title.toLowerCase() })) : null,
    items.length ? el('ul', {}, items) : el('p', { class: 'facet-none', text: 'none' }));
}

async function showFacets(where, params) {
  fill(where, el('p', { class: 'summary', text: 'Counting…' }));
  try {
    const f = await api('/api/facets?' + searchOnly(params).toString());
    fill(where, FACETS.map(facet => facetList(facet, f[facet.key], params)));
  } catch (e) {
    // The results stand without counts: a search too broad to count in time is still a search.
    fill(where, el('p', { class: 'summary', text: 'Counts unavailable: ' + e.message }));
  }
}

function searchView(params) {
  setTitle('Search');
  const results = el('section', { 'aria-label': 'Results', class: 'results-column' });
  const facets = el('aside', { id: 'facets', class: 'facets', 'aria-label': 'Counts by speaker, organisation, outlet, type and month' });
  fill(main, el('h1', { text: 'Who said what' }), searchForm(params), el('div', { class: 'with-facets' }, results, facets));
  showResults(results, params);
  showFacets(facets, params);
}

// ---- person ----
async function personView(id) {
  fill(main, el('p', { text: 'Loading…' }));
  try {
    const p = await api('/api/people/' + id);
    setTitle(p.name);
    const chips = (items, label) => items.length ? el('ul', { class: 'chips', 'aria-label': label },
      items.map(i => el('li', { text: i.value + (i.count > 1 ? ' ×' + i.count : '') }))) : el('p', { class: 'meta', text: 'None seen.' });
    const links = list => list.length ? el('ul', {}, list.map(l => el('li', {}, personLink(l.personId, l.name), ' (' + l.count + ')')))
      : el('p', { class: 'meta', text: 'None seen.' });
    const peak = Math.max(1, ...p.quotesByMonth.map(m => m.count));
    const timeline = p.quotesByMonth.length ? el('div', { class: 'timeline', role: 'img',
      'aria-label': p.quotesByMonth.map(m => m.value + ': ' + m.count).join(', ') },
      p.quotesByMonth.map(m => el('div', { class: 'bar', title: m.value + ': ' + m.count, style: { height: (100 * m.count / peak) + '%' } })))
      : el('p', { class: 'meta', text: 'No dated quotes.' });
    const months = p.quotesByMonth;
    const span = months.length ? el('p', { class: 'meta', text: months[0].value + (months.length > 1 ? ' to ' + months[months.length - 1].value : '')
      + ' · busiest month: ' + plural(peak, 'quote') }) : null;
    const quotes = el('section', { 'aria-label': 'Quotes' });
    fill(main, 
      el('h1', { id: 'person-name', text: p.name }),
      p.aliases.length ? el('p', { class: 'meta', text: 'Also written: ' + p.aliases.join(', ') }) : null,
      el('p', { text: plural(p.quoteCount, 'quote') + ' in ' + plural(p.articleCount, 'article') }),
      el('div', { class: 'facts' },
        el('section', {}, el('h2', { text: 'Roles' }), chips(p.roles, 'Roles')),
        el('section', {}, el('h2', { text: 'Organisations' }), chips(p.organisations, 'Organisations')),
        el('section', {}, el('h2', { text: 'Speaks to' }), links(p.addresses)),
        el('section', {}, el('h2', { text: 'Spoken to by' }), links(p.addressedBy))),
      el('h2', { text: 'Quotes over time' }), timeline, span,
      el('h2', { text: 'Quotes' }), quotes);
    const load = async n => {
      try {
        const page = await api('/api/quotes?person=' + Number(id) + '&page=' + n);
        fill(quotes, el('ol', { class: 'results', id: 'person-quotes' }, page.hits.map(hitItem)), pager(page, load));
      } catch (e) { showError(quotes, e); }
    };
    load(1);
  } catch (e) {
    showError(main, e);
  }
}

// ---- article ----

async function articleView(id) {
  fill(main, el('p', { text: 'Loading…' }));
  try {
    const a = await api('/api/articles/' + id);
    setTitle(articleName(a));
    const colour = speakerColours();
    const quotes = a.quotes.map(q => Object.assign({}, q, { colour: colour(q.personId !== null ? 'p' + q.personId : q.speaker) }));
    const url = safeUrl(a.url);
    fill(main, 
      el('h1', { id: 'article-title', text: articleName(a) }),
      el('p', { class: 'meta', id: 'article-meta' }, withDots([
        a.title ? outletAndDay(a) : '',
        (a.authors || []).length ? 'by ' + a.authors.join(', ') : '',
        url ? el('a', { href: url, rel: 'noopener noreferrer nofollow', text: 'original' }) : null])),
      el('p', { text: quotes.length + (quotes.length === 1 ? ' quote' : ' quotes') + '. Hover or tab to a highlight to see who said it and why.' }),
      legend(quotes, a.text === null ? [] : a.boilerplate),
      a.text === null ? el('p', { class: 'notice', text: 'The store has this article’s quotes but not its text.' })
        : inLanguage(highlighted(a.text, quotes, a.boilerplate || []), a.language),
      a.text === null ? el('ol', { class: 'results' }, a.quotes.map(q => el('li', { class: 'hit' },
        quoteBlock(q), personLink(q.personId, q.speaker),
        afterDot(modalityLabel(q.modality))))) : null);
  } catch (e) {
    showError(main, e);
  }
}

// ---- check an article ----
let checkTimer = null;
let checkSeq = 0;

function checkView() {
  setTitle('Check an article');
  const input = el('textarea', { id: 'check-text', name: 'text', placeholder: 'Paste an article here…' });
  const out = el('section', { id: 'check-result', 'aria-label': 'Analysis' });
  const run = async () => {
    const text = input.value;
    const seq = ++checkSeq;
    if (!text.trim()) { fill(out); return; }
    fill(out, el('p', { class: 'summary', text: 'Analysing…' }));
    try {
      const x = await api('/api/extract', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) });
      if (seq !== checkSeq) return;
      const colour = speakerColours();
      const quotes = x.quotes.map(q => {
        const s = q.speaker || {};
        return { start: q.start, end: q.end, type: q.type, speaker: s.name || null, role: s.role || null,
          organisation: s.organisation || null, cue: q.cue ? q.cue.text : null, addressee: q.addressee ? q.addressee.text : null,
          evidence: q.evidence, rule: q.rule, confidence: q.confidence, modality: q.modality || null,
          colour: colour(s.personId || s.name) };
      });
      fill(out, 
        el('p', { class: 'summary', id: 'check-count', text: quotes.length + (quotes.length === 1 ? ' quote found.' : ' quotes found.') }),
        legend(quotes, x.boilerplate || []), highlighted(text, quotes, x.boilerplate || []));
    } catch (e) {
      if (seq === checkSeq) showError(out, e);
    }
  };
  input.addEventListener('input', () => { clearTimeout(checkTimer); checkTimer = setTimeout(run, 700); });
  fill(main, el('h1', { text: 'Check an article' }),
    el('p', { text: 'Paste a draft or a published article: every quotation is found and attributed as you type. Nothing is stored.' }),
    el('label', { for: 'check-text' }, 'Article text', input),
    el('div', { class: 'row' }, el('button', { type: 'button', id: 'check-button', text: 'Analyse', onclick: run })),
    out);
}

// ---- quotation: one quotation as it travelled (docs/PROVENANCE.md) ----

/** Changes that turn what was said around: shown in red, whatever else changed. */
const SERIOUS = new Set(['negation-added', 'negation-removed', 'number-changed']);

function variantLabel(kind) {
  return kind.replace('-', ' ');
}

function variantBadges(kinds) {
  return kinds.map(k => el('span', { class: 'badge variant' + (SERIOUS.has(k) ? ' serious' : ''), 'data-variant': k, text: variantLabel(k) }));
}

/** The word diff against the earliest wording: removed words struck through, added words marked. */
function changeList(o) {
  if (!o.changes.length) return null;
  const serious = o.variant.some(k => SERIOUS.has(k));
  return el('ul', { class: 'changes' + (serious ? ' serious' : ''), 'aria-label': 'Words changed from the earliest wording' },
    o.changes.map(c => el('li', {},
      !c.added ? 'removed ' : !c.removed ? 'added ' : null,
      c.removed ? el('del', { title: 'in the earliest wording, not here', text: c.removed }) : null,
      c.removed && c.added ? ' → ' : null,
      c.added ? el('ins', { title: 'here, not in the earliest wording', text: c.added }) : null)));
}

function occurrenceItem(o) {
  const a = o.article;
  const serious = o.variant.some(k => SERIOUS.has(k));
  return el('li', { class: 'hit occurrence' + (o.first ? ' first' : '') + (o.variant.length ? ' is-variant' : '') + (serious ? ' serious' : ''),
    'data-quote': Number(o.quoteId) },
    el('div', { class: 'occ-head' }, el('span', { class: 'occ-day', text: o.publishedDay || 'undated' }),
      a.outlet ? el('span', { class: 'occ-outlet', text: a.outlet }) : null,
      o.first ? el('span', { class: 'badge first-badge', text: 'first appearance' }) : null,
      o.variant.length ? variantBadges(o.variant) : (o.first ? null : el('span', { class: 'badge same', text: 'no word changed' })),
      o.otherSpeaker ? el('span', { class: 'badge variant serious', text: 'other speaker' }) : null),
    quoteBlock(o),
    changeList(o),
    el('div', { class: 'meta' }, personLink(o.personId, o.speaker), ' · ', articleLink(a)));
}

/** Occurrences a day, as bars: how fast the quotation spread. */
function spreadTimeline(occurrences) {
  const byDay = new Map();
  for (const o of occurrences) if (o.publishedDay) byDay.set(o.publishedDay, (byDay.get(o.publishedDay) || 0) + 1);
  if (byDay.size === 0) return null;
  const peak = Math.max(...byDay.values());
  const days = [...byDay.entries()];
  const last = days[days.length - 1][0];
  const span = Math.round((Date.parse(last) - Date.parse(days[0][0])) / 86400000);
  return [el('div', { class: 'timeline spread-timeline', id: 'spread-timeline', role: 'img',
    'aria-label': days.map(([d, n]) => d + ': ' + n).join(', ') },
    days.map(([d, n]) => el('div', { class: 'bar', title: d + ': ' + plural(n, 'occurrence'), style: { height: (100 * n / peak) + '%' } }))),
    el('p', { class: 'meta', id: 'spread-span', text: days.length > 1 && Number.isFinite(span)
      ? 'Dated occurrences a day, ' + days[0][0] + ' to ' + last + ' (' + plural(span, 'day') + ')' : 'All dated occurrences on ' + days[0][0] }),
  ];
}

async function quotationView(path) {
  fill(main, el('p', { text: 'Loading…' }));
  try {
    const c = await api(path);
    const first = c.occurrences.find(o => o.first) || c.occurrences[0];
    setTitle('Quotation by ' + (c.speaker || 'an unknown speaker'));
    const variants = c.occurrences.filter(o => o.variant.length);
    const firstLine = c.undated
      ? ['Undated: first indexed in ', first && first.article.outlet ? first.article.outlet + ', ' : '', first ? articleLink(first.article) : '']
      : ['First appeared on ', el('strong', { text: c.firstDay }), first && first.article.outlet ? ' in ' + first.article.outlet : '',
        first ? ' · ' : '', first ? articleLink(first.article) : ''];
    fill(main,
      el('h1', { id: 'quotation-title' }, 'Quotation by ', c.speaker || 'an unknown speaker'),
      el('blockquote', { class: 'verbatim earliest', id: 'earliest', text: '“' + c.text + '”' }),
      el('p', { id: 'first-appearance' }, firstLine),
      el('p', { id: 'spread' }, 'Carried by ' + plural(c.outletCount, 'outlet') + ' in ' + plural(c.articleCount, 'article'),
        c.outlets.length ? ': ' + c.outlets.join(', ') : ''),
      variants.length ? el('div', { class: 'variant-alert', id: 'variant-alert', role: 'alert' },
        el('strong', { text: '⚠ ' + plural(c.variantCount, 'occurrence') + ' changed the words' }),
        el('ul', {}, variants.map(o => el('li', {}, o.article.outlet || articleName(o.article), ': ', variantBadges(o.variant))))) : null,
      c.speakersDiffer ? el('p', { class: 'variant-alert', id: 'speakers-differ', role: 'alert',
        text: '⚠ Some outlets give these words to another speaker.' }) : null,
      spreadTimeline(c.occurrences),
      el('h2', { text: 'Every occurrence, earliest first' }),
      c.occurrences.length < c.occurrenceCount ? el('p', { class: 'meta', text: 'The first ' + c.occurrences.length + ' of ' + c.occurrenceCount + '.' }) : null,
      el('ol', { class: 'results', id: 'occurrences' }, c.occurrences.map(occurrenceItem)),
      el('p', { class: 'meta', text: 'Words left off at either end, left out at an ellipsis or added in [brackets] are not counted as changes. Changes are shown in the compared form: lower case, without punctuation.' }));
  } catch (e) {
    showError(main, e);
  }
}

// ---- routing ----
function route() {
  hideCard();
  const hash = location.hash || '#/';
  const [path, query] = hash.slice(1).split('?');
  const parts = path.split('/').filter(Boolean);
  const current = (id, on) => on ? document.getElementById(id).setAttribute('aria-current', 'page')
    : document.getElementById(id).removeAttribute('aria-current');
  current('nav-search', parts[0] !== 'check');
  current('nav-check', parts[0] === 'check');
  if (parts[0] === 'person' && /^\d+$/.test(parts[1] || '')) personView(parts[1]);
  else if (parts[0] === 'article' && /^\d+$/.test(parts[1] || '')) articleView(parts[1]);
  else if (parts[0] === 'quote' && /^\d+$/.test(parts[1] || '')) quotationView('/api/quotes/' + parts[1] + '/cluster');
  else if (parts[0] === 'cluster' && /^\d+$/.test(parts[1] || '')) quotationView('/api/clusters/' + parts[1]);
  else if (parts[0] === 'check') checkView();
  else searchView(new URLSearchParams(query || ''));
  if (document.activeElement && document.activeElement !== document.body && !main.contains(document.activeElement)) main.focus();
}

async function stats() {
  try {
    const s = await api('/api/stats');
    document.getElementById('stats').textContent = s.articles.toLocaleString() + ' articles · ' + s.quotes.toLocaleString()
      + ' quotes · ' + s.people.toLocaleString() + ' people';
  } catch (e) { /* the footer is a nicety */ }
}

window.addEventListener('hashchange', route);
route();
stats();
