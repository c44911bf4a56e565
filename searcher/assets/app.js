/* app.js - the fa search page. No framework: the state lives in the URL
 * (shareable, back/forward work), each change of state fetches the JSON
 * API and redraws. Article bytes are never parsed as HTML: text is
 * inserted as text nodes, and snippets (escaped text plus <b>) are parsed
 * here into text nodes and <b> elements. */
'use strict';

const PAGE = 10;            /* hits per page, as the command line's --limit */
const FACET_SHOW = 8;       /* values shown before "Show more" */
const FACET_STEP = 20;      /* values each "Show more" adds */
const FACET_FETCH = FACET_SHOW + FACET_STEP;  /* values fetched per facet with
                               a search; "Show more" past them and the filter
                               box ask the server for the rest */
const ABOUT_FETCH = 500;    /* about values fetched with a search: the about
                               buttons beside mention values need theirs, and
                               an archive has few (the server's most) */
const MAX_FACET_LIMIT = 500;  /* the server's SERVE_MAX_FACET_LIMIT */
const FILTER_WAIT_MS = 150;   /* typing pause before the filter box asks */
const MAX_OFFSET = 10000;   /* the server's SERVE_MAX_OFFSET */
const FACETS = ['country', 'official', 'about'];
/* An about value is a country code or an official's name. */
const isCode = (v) => /^[A-Z]{3}$/.test(v);

const $ = (id) => document.getElementById(id);

/* ------------------------------------------------------------ state */

function emptyState() {
  return { q: '', country: [], official: [], about: [], role: [], from: '', to: '', sort: 'relevance', page: 1, article: '',
    collapse: false, similar: '' };
}

function readURL() {
  const p = new URLSearchParams(location.search);
  const st = emptyState();
  st.q = p.get('q') || '';
  for (const f of FACETS) st[f] = p.getAll(f).filter((v) => v);
  st.role = p.getAll('role').filter((v) => v);
  st.collapse = p.get('collapse') === '1';
  st.similar = p.get('similar') || '';
  st.from = p.get('from') || '';
  st.to = p.get('to') || '';
  const sort = p.get('sort');
  if (sort === 'date' || sort === '-date') st.sort = sort;
  const page = parseInt(p.get('page') || '1', 10);
  st.page = page > 0 ? page : 1;
  st.article = p.get('article') || '';
  return st;
}

/* The parameters a state sends to the API (and shows in the URL). A
 * group's list (similar=ID) is not itself collapsed; the URL keeps
 * collapse=1 beside it, so that leaving the list groups again. */
function searchParams(st, without, forURL) {
  const p = new URLSearchParams();
  if (st.q) p.set('q', st.q);
  for (const f of FACETS) if (f !== without) for (const v of st[f]) p.append(f, v);
  for (const v of st.role) p.append('role', v);
  if (st.from) p.set('from', st.from);
  if (st.to) p.set('to', st.to);
  if (st.sort !== 'relevance') p.set('sort', st.sort);
  if (st.collapse && (forURL || !st.similar)) p.set('collapse', '1');
  if (st.similar) p.set('similar', st.similar);
  return p;
}

/* The CSV export's columns: the default ones, and under "Group copies"
 * the group's other members (fa-search --fields ...,similar). */
const EXPORT_COLUMNS = 'rank,id,date,title,source,url,countries,officials,score';

function exportURL(st) {
  const p = searchParams(st);
  if (p.get('collapse') === '1') p.set('fields', EXPORT_COLUMNS + ',similar');
  return '/api/export.csv?' + p.toString();
}

function stateURL(st) {
  const p = searchParams(st, null, true);
  if (st.page > 1) p.set('page', String(st.page));
  if (st.article) p.set('article', st.article);
  const s = p.toString();
  return s ? '/?' + s : '/';
}

let state = emptyState();

function go(patch) {
  const next = Object.assign({}, state, patch);
  if (!('page' in patch) && !('article' in patch)) next.page = 1;
  if (!('article' in patch)) next.article = '';
  history.pushState(null, '', stateURL(next));
  render(next);
}

/* ------------------------------------------------------------ DOM helpers */

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const k of kids) if (k != null) e.append(k);
  return e;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

function unescapeText(s) {
  return s.replace(/&(amp|lt|gt|quot|apos|#39);/g, (m, name) => ENTITIES[name]);
}

/* A snippet from the API is escaped text with matches in <b>...</b>.
 * Only those two tags are recognised; everything else stays text. */
function snippetNodes(html) {
  const frag = document.createDocumentFragment();
  let bold = false;
  for (const part of String(html).split(/(<b>|<\/b>)/)) {
    if (part === '<b>') { bold = true; continue; }
    if (part === '</b>') { bold = false; continue; }
    if (!part) continue;
    const text = document.createTextNode(unescapeText(part));
    frag.append(bold ? el('b', null, text) : text);
  }
  return frag;
}

function safeURL(u) {
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch (e) {
    return null;
  }
}

/* ------------------------------------------------------------ API */

async function api(path, params) {
  const r = await fetch(path + '?' + params.toString(), { headers: { Accept: 'application/json' } });
  let body;
  try {
    body = await r.json();
  } catch (e) {
    throw new Error('the server answered ' + r.status + ' without JSON');
  }
  if (!r.ok) throw new Error(body && body.error ? body.error : 'the server answered ' + r.status);
  return body;
}

/* Titles of the articles whose copies were listed ("Copies of: ..."). */
const similarTitles = new Map();

/* Names of values seen in facet counts, so chips show "Pakistan", not PAK. */
const names = { country: new Map(), official: new Map(), about: new Map() };

function rememberNames(facets) {
  for (const f of FACETS) for (const v of (facets && facets[f]) || []) names[f].set(v.value, v.name);
}

/* Every country's name, once (fa-search --list countries --json): a hit's
 * chips name countries that are not among the facet values fetched. A
 * failure leaves the codes, which still filter. */
let countryNames = null;

function loadCountryNames() {
  if (!countryNames)
    countryNames = api('/api/list/countries', new URLSearchParams()).then((r) => {
      for (const v of r.values || []) if (v.name && !names.country.has(v.value)) names.country.set(v.value, v.name);
    }, () => {});
  return countryNames;
}

/* "Antony Blinken (USA, Secretary of State)" -> post and country apart. */
function officialParts(value, name) {
  const m = /^(.*) \((.*)\)$/.exec(name || '');
  if (!m || m[1] !== value) return { name: value, country: '', post: '' };
  const bits = m[2].split(', ');
  if (/^[A-Z]{3}$/.test(bits[0])) return { name: value, country: bits[0], post: bits.slice(1).join(', ') };
  return { name: value, country: '', post: m[2] };
}

function displayName(facet, value) {
  const n = names[facet].get(value);
  if (facet === 'country') return n || value;
  if (facet === 'about' && isCode(value)) return n || names.country.get(value) || value;
  return value;
}

/* Granularity of the timeline: months for a range of under three years. */
function histogramUnit(st) {
  const y0 = parseInt(st.from, 10), y1 = parseInt(st.to, 10);
  return y0 && y1 && y1 - y0 < 3 ? 'month' : 'year';
}

/* ------------------------------------------------------------ rendering */

let lastKey = null;     /* the search last drawn, so back from the reader redraws nothing */
let lastScroll = 0;
let shown = { country: FACET_SHOW, official: FACET_SHOW, about: FACET_SHOW };
let lastFacets = { country: [], official: [], about: [] };
let lastTotals = { country: 0, official: 0, about: 0 };   /* distinct values counted */
/* The filter box's answer from the server, per facet: { text, values, total } */
let matched = { country: null, official: null, about: null };
let seq = 0;            /* answers to older requests are dropped */

function render(st) {
  state = st;
  $('q').value = st.q;
  $('sort').value = st.sort;
  $('from').value = st.from;
  $('to').value = st.to;
  $('collapse').checked = st.collapse;
  if (!st.article) openedHere = false;
  if (st.article) {
    if (!$('reader').hidden) return showArticle(st);
    lastScroll = window.scrollY;
    return showArticle(st);
  }
  $('reader').hidden = true;
  $('results-view').hidden = false;
  document.title = (st.q ? st.q + ' · ' : '') + 'fa search';
  const key = stateURL(st);
  if (key === lastKey) {
    window.scrollTo(0, lastScroll);
    return;
  }
  lastKey = key;
  runSearch(st);
}

async function runSearch(st) {
  const my = ++seq;
  const main = searchParams(st);
  main.set('offset', String((st.page - 1) * PAGE));
  main.set('limit', String(PAGE));
  main.set('facets', '1');
  main.set('facet_limit', String(FACET_FETCH));
  main.set('facet_limit.about', String(ABOUT_FETCH));
  main.set('histogram', histogramUnit(st));
  const extra = FACETS.filter((f) => st[f].length).map((f) =>
    api('/api/search', facetParams(st, f, FACET_FETCH)).then((r) => [f, r.facets[f], r.facet_total_values[f]]));
  $('export').href = exportURL(st);
  drawHolders(st);
  document.body.classList.add('busy');
  try {
    const [res, ...own] = await Promise.all([api('/api/search', main), ...extra, loadCountryNames()]);
    own.pop();   /* the names' promise */
    if (my !== seq) return;
    const facets = Object.assign({}, res.facets);
    const totals = Object.assign({}, res.facet_total_values);
    for (const [f, values, total] of own) {
      facets[f] = values;
      totals[f] = total;
    }
    rememberNames(facets);
    $('error').hidden = true;
    drawCount(res, st);
    drawSuggestion(res);
    /* a shared similar=ID URL: the chip names the article once a hit is it */
    for (const h of res.hits) if (st.similar && h.id === st.similar && !similarTitles.has(h.id)) similarTitles.set(h.id, h.title || h.id);
    drawChips(st);
    drawHits(res, st);
    drawPager(res, st);
    lastFacets = facets;
    lastTotals = totals;
    matched = { country: null, official: null, about: null };
    aboutShown = (res.facets && res.facets.about) || [];
    drawFacets(st);
    for (const f of FACETS) if (filterText(f)) filterFacet(f);
    drawPosts();
    drawTimeline(res, st);
  } catch (e) {
    if (my !== seq) return;
    lastKey = null;
    $('error').textContent = e.message;
    $('error').hidden = false;
    $('count').textContent = 'The search failed.';
    $('hits').replaceChildren();
    $('pager').hidden = true;
  } finally {
    if (my === seq) document.body.classList.remove('busy');
  }
}

function plural(n, one, many) {
  return n.toLocaleString('en') + ' ' + (n === 1 ? one : many);
}

function drawSuggestion(res) {
  const box = $('suggest');
  if (!res.suggestion) { box.hidden = true; return; }
  const a = el('a', { href: stateURL(Object.assign({}, state, { q: res.suggestion, page: 1, article: '' })) }, res.suggestion);
  a.addEventListener('click', (ev) => { ev.preventDefault(); go({ q: res.suggestion }); });
  box.replaceChildren('Did you mean ', a, '?');
  box.hidden = false;
}

function drawCount(res, st) {
  let text;
  if (res.collapse) {
    /* "3 groups of copies (5 articles)": the total counts groups */
    text = res.total === 0 ? 'No article matches.' :
      plural(res.total, 'group of copies', 'groups of copies') + ' (' + plural(res.total_articles, 'article', 'articles') + ')' +
      (res.hits.length === 0 ? '; this page is past the last.' :
        res.total > res.hits.length ? '; showing ' + res.hits[0].rank + '–' + res.hits[res.hits.length - 1].rank + '.' : '.');
    $('count').textContent = text;
    return;
  }
  if (res.total === 0) text = 'No article matches.';
  else if (res.hits.length === 0) text = plural(res.total, 'article matches', 'articles match') + '; this page is past the last.';
  else text = plural(res.total, 'article matches', 'articles match') +
    (res.total > res.hits.length ? '; showing ' + res.hits[0].rank + '–' + res.hits[res.hits.length - 1].rank : '') + '.';
  $('count').textContent = text;
}

function drawChips(st) {
  const box = $('chips');
  const chips = [];
  for (const f of FACETS) {
    for (const v of st[f]) {
      const label = displayName(f, v);
      chips.push(el('span', { class: 'chip on', 'data-facet': f, 'data-value': v },
        el('span', { class: 'kind', text: (f === 'country' ? 'Country' : f === 'about' ? 'About' : 'Official') + ':' }),
        el('span', { text: label }),
        el('button', {
          type: 'button', 'aria-label': 'Remove filter ' + label, title: 'Remove',
          onclick: () => go({ [f]: state[f].filter((x) => x !== v) }),
        }, '×')));
    }
  }
  for (const r of st.role) {
    chips.push(el('span', { class: 'chip on', 'data-facet': 'role', 'data-value': r },
      el('span', { class: 'kind', text: 'Holder of:' }), el('span', { text: r }),
      el('button', { type: 'button', 'aria-label': 'Remove filter holder of ' + r, title: 'Remove',
        onclick: () => go({ role: state.role.filter((x) => x !== r) }) }, '×')));
  }
  if (st.similar) {
    const label = similarTitles.get(st.similar) || st.similar;
    chips.push(el('span', { class: 'chip on', 'data-facet': 'similar', 'data-value': st.similar },
      el('span', { class: 'kind', text: 'Copies of:' }), el('span', { text: label }),
      el('button', { type: 'button', 'aria-label': 'Remove filter copies of ' + label, title: 'Remove',
        onclick: () => go({ similar: '' }) }, '×')));
  }
  if (st.from || st.to) {
    const label = (st.from || '…') + ' – ' + (st.to || '…');
    chips.push(el('span', { class: 'chip on', 'data-facet': 'date' },
      el('span', { class: 'kind', text: 'Dates:' }), el('span', { text: label }),
      el('button', { type: 'button', 'aria-label': 'Remove date filter ' + label, title: 'Remove',
        onclick: () => go({ from: '', to: '' }) }, '×')));
  }
  box.replaceChildren(...chips);
  box.hidden = chips.length === 0;
}

function hitChip(facet, value) {
  const on = state[facet].includes(value);
  const label = displayName(facet, value);
  return el('button', {
    type: 'button', class: 'chip' + (on ? ' on' : ''), 'data-facet': facet, 'data-value': value,
    'aria-pressed': on ? 'true' : 'false',
    title: (on ? 'Filtering on ' : 'Filter on ') + label,
    onclick: () => { if (!state[facet].includes(value)) go({ [facet]: state[facet].concat([value]) }); },
  }, facet === 'about' ? el('span', { class: 'kind', text: 'About' }) : null, label);
}

/* A speech can name forty countries: a hit shows the chosen values, then
 * the first CHIPS_SHOWN of each facet, and a button for the rest. */
const CHIPS_SHOWN = { about: 3, country: 8, official: 4 };

/* What the article is about comes first (as about= filters), then what
 * it mentions. */
function hitChips(countries, officials, about) {
  const chips = [], rest = [];
  for (const [f, values] of [['about', about || []], ['country', countries], ['official', officials]]) {
    const chosen = values.filter((v) => state[f].includes(v));
    const others = values.filter((v) => !state[f].includes(v));
    for (const v of chosen.concat(others.slice(0, CHIPS_SHOWN[f]))) chips.push(hitChip(f, v));
    for (const v of others.slice(CHIPS_SHOWN[f])) rest.push(hitChip(f, v));
  }
  if (rest.length) {
    const more = el('button', { type: 'button', class: 'chip more-chips', 'aria-label': 'Show ' + rest.length + ' more countries and officials' },
      '+' + rest.length + ' more');
    more.addEventListener('click', () => { more.replaceWith(...rest); });
    chips.push(more);
  }
  return chips;
}

function drawHits(res, st) {
  const items = res.hits.map((h) => {
    const url = stateURL(Object.assign({}, st, { article: h.id || '' }));
    const title = el('a', { class: 'title', href: url }, h.title || h.id || '(untitled)');
    title.addEventListener('click', (ev) => {
      if (ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
      ev.preventDefault();
      go({ article: h.id, page: state.page });
      openedHere = true;
    });
    const meta = [];
    meta.push(el('time', { text: h.date || 'undated' }));
    if (h.source) meta.push(' · ', h.source);
    if (h.fields && h.fields.dateline) meta.push(' · ', h.fields.dateline);
    const link = h.url && safeURL(h.url);
    if (link) meta.push(' · ', el('a', { href: link, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original'));
    const chips = hitChips(h.countries || [], h.officials || [], h.about || []);
    let similar = null;
    if (h.similar > 0 && h.id) {
      /* "N similar": the other members of its copy group, listed by similar=ID */
      const text = h.similar.toLocaleString('en') + ' similar';
      const a = el('a', { class: 'similar', href: stateURL(Object.assign({}, st, { similar: h.id, page: 1, article: '' })),
        'data-id': h.id, 'aria-label': text + ': list the copies of this article' }, text);
      a.addEventListener('click', (ev) => {
        if (ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
        ev.preventDefault();
        similarTitles.set(h.id, h.title || h.id);
        go({ similar: h.id });
      });
      similar = a;
    }
    if (similar) meta.push(' · ', similar);
    return el('li', { class: 'hit' },
      el('div', { class: 'hit-head' }, el('span', { class: 'rank', text: String(h.rank) }), title),
      el('p', { class: 'meta' }, ...meta),
      h.snippet ? el('p', { class: 'snippet' }, snippetNodes(h.snippet)) : null,
      chips.length ? el('div', { class: 'chips', 'aria-label': 'Countries and officials' }, ...chips) : null);
  });
  $('hits').replaceChildren(...items);
}

function drawPager(res, st) {
  const pages = Math.max(1, Math.ceil(Math.min(res.total, MAX_OFFSET + PAGE) / PAGE));
  $('pager').hidden = res.total <= PAGE && st.page === 1;
  $('prev').disabled = st.page <= 1;
  $('next').disabled = st.page >= pages;
  $('pageinfo').textContent = 'Page ' + st.page + ' of ' + pages.toLocaleString('en') +
    (res.total > MAX_OFFSET + PAGE ? ' (the first ' + (MAX_OFFSET + PAGE).toLocaleString('en') + ' hits)' : '');
}

/* OR within a facet, AND across: a facet with chosen values is counted
 * without its own filter, so its other values say what adding them (OR)
 * would match; the other facets count within every filter. The request
 * for facet f's values alone: 'n' of them, the other facets cut to one. */
function facetParams(st, f, n, match) {
  const p = st[f].length ? searchParams(st, f) : searchParams(st);
  p.set('limit', '0');
  p.set('facets', '1');
  p.set('facet_limit', '1');
  p.set('facet_limit.' + f, String(Math.min(n, MAX_FACET_LIMIT)));
  if (match) p.set('facet_match', match);
  return p;
}

/* Folded as the server folds facet_match: case, accents and punctuation. */
function fold(s) {
  return String(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function facetBox(f) {
  return document.querySelector('.facet[data-facet="' + f + '"]');
}

function filterText(f) {
  return facetBox(f).querySelector('.facet-filter').value.trim();
}

/* Facet f's values for the filter box: from those at hand when the search
 * brought them all, else from the server (facet_match), which reaches
 * every value however far down the counts it is. */
let filterTimer = { country: 0, official: 0, about: 0 };

function filterFacet(f) {
  clearTimeout(filterTimer[f]);
  const text = filterText(f);
  if (!text || lastFacets[f].length >= lastTotals[f]) {
    matched[f] = null;
    drawFacets(state);
    return;
  }
  filterTimer[f] = setTimeout(() => fetchMatched(f, text, Math.max(FACET_FETCH, shown[f])), FILTER_WAIT_MS);
}

async function fetchMatched(f, text, n) {
  const my = seq;
  try {
    const r = await api('/api/search', facetParams(state, f, n, text));
    if (my !== seq || text !== filterText(f)) return;   /* a newer search or text */
    rememberNames(r.facets);
    matched[f] = { text, values: r.facets[f], total: r.facet_total_values[f] };
    drawFacets(state);
  } catch (e) {
    if (my !== seq) return;
    $('error').textContent = e.message;
    $('error').hidden = false;
  }
}

/* "Show more": the next FACET_STEP values, fetched when past those at hand. */
async function showMore(f) {
  shown[f] += FACET_STEP;
  const text = filterText(f);
  const have = text && matched[f] ? matched[f] : { values: lastFacets[f], total: lastTotals[f] };
  if (shown[f] <= have.values.length || have.values.length >= have.total || have.values.length >= MAX_FACET_LIMIT) {
    drawFacets(state);
    return;
  }
  if (text && matched[f]) return fetchMatched(f, text, shown[f]);
  const my = seq;
  try {
    const r = await api('/api/search', facetParams(state, f, shown[f]));
    if (my !== seq) return;
    rememberNames(r.facets);
    lastFacets[f] = r.facets[f];
    lastTotals[f] = r.facet_total_values[f];
    drawFacets(state);
  } catch (e) {
    if (my !== seq) return;
    $('error').textContent = e.message;
    $('error').hidden = false;
  }
}

function drawFacets(st) {
  for (const f of FACETS) {
    const box = facetBox(f);
    const list = box.querySelector('.values');
    const text = filterText(f);
    const filter = fold(text);
    const server = text && matched[f] && matched[f].text === text ? matched[f] : null;
    let values = (server ? server.values : lastFacets[f] || []).slice();
    let total = server ? server.total : lastTotals[f];
    if (!server) {
      /* chosen values first, even when they are not among the counts */
      for (const v of st[f]) if (!values.some((x) => x.value === v)) values.push({ value: v, name: names[f].get(v) || v, count: null });
      values.sort((a, b) => (st[f].includes(b.value) ? 1 : 0) - (st[f].includes(a.value) ? 1 : 0));
      total = Math.max(total, values.length);
      if (filter) {
        values = values.filter((v) => fold(v.value + ' ' + v.name).includes(filter));
        total = values.length;   /* every value is at hand here */
      }
    }
    const limit = Math.max(shown[f], server ? 0 : st[f].length);
    const items = values.slice(0, limit).map((v) => facetItem(f, v, st));
    if (!items.length) items.push(el('li', { class: 'none', text: filter ? 'No value matches the filter.' : 'None.' }));
    list.replaceChildren(...items);
    const more = box.querySelector('.more');
    const rest = total - Math.min(limit, values.length);
    /* the server gives at most MAX_FACET_LIMIT: past them, the filter box */
    more.hidden = rest <= 0 || (limit >= MAX_FACET_LIMIT && values.length <= limit);
    more.textContent = 'Show more (' + rest.toLocaleString('en') + ')';
    const beyond = box.querySelector('.beyond');
    if (beyond) beyond.hidden = !(limit >= MAX_FACET_LIMIT && rest > 0);
  }
}

function facetItem(f, v, st) {
  const on = st[f].includes(v.value);
  const id = 'fv-' + f + '-' + Array.from(v.value).map((c) => c.codePointAt(0).toString(16)).join('-');
  const input = el('input', { type: 'checkbox', id });
  input.checked = on;
  input.addEventListener('change', () => {
    const cur = state[f].filter((x) => x !== v.value);
    go({ [f]: input.checked ? cur.concat([v.value]) : cur });
  });
  let name;
  if (f === 'official' || (f === 'about' && !isCode(v.value))) {
    const p = officialParts(v.value, v.name);
    const sub = [p.post, p.country ? displayName('country', p.country) : ''].filter(Boolean).join(', ');
    name = el('span', { class: 'name' }, p.name, sub ? el('span', { class: 'sub', text: sub }) : null);
  } else {
    name = el('span', { class: 'name', text: v.name || v.value });
  }
  const label = el('label', { for: id }, input, name, el('span', { class: 'n', text: v.count == null ? '' : v.count.toLocaleString('en') }));
  return el('li', { 'data-value': v.value }, label, f === 'about' ? null : aboutButton(v.value, st));
}

/* Beside a mention count, how many of the matches shown (every filter
 * applied, about= too) are about the value, so it is never more than the
 * matches that mention it; a click filters on about= it. */
let aboutShown = [];

function aboutButton(value, st) {
  const a = aboutShown.find((x) => x.value === value);
  const on = st.about.includes(value);
  if (!a && !on) return null;
  const n = a ? a.count : null;
  const name = displayName('about', value);
  return el('button', {
    type: 'button', class: 'about-n' + (on ? ' on' : ''), 'aria-pressed': on ? 'true' : 'false',
    'aria-label': (n == null ? '' : n.toLocaleString('en') + ' ') + 'about ' + name + (on ? ': remove the about filter' : ': filter on them'),
    title: on ? 'Filtering on articles about ' + name : 'Filter on articles about ' + name,
    onclick: () => go({ about: on ? state.about.filter((x) => x !== value) : state.about.concat([value]) }),
  }, 'about ' + (n == null ? '–' : n.toLocaleString('en')));
}

/* ------------------------------------------------------------ roles */

/* Posts seen among the officials counted ("USA/Secretary of State"), as
 * suggestions for the role box. */
function drawPosts() {
  const seen = new Set();
  for (const v of lastFacets.official || []) {
    const p = officialParts(v.value, v.name);
    if (p.post && p.country) seen.add(p.country + '/' + p.post);
  }
  $('posts').replaceChildren(...Array.from(seen).sort().map((p) => el('option', { value: p })));
}

/* The holders of each role filter, from /api/holders (fa-search
 * --holders --json): those with articles in this archive, with their
 * years and counts. Fetched once per role. */
const holders = new Map();

function drawHolders(st) {
  const box = $('holders');
  const lines = [];
  for (const r of st.role) {
    const h = holders.get(r);
    if (!h) {
      holders.set(r, { pending: true });
      const p = new URLSearchParams();
      p.set('role', r);
      api('/api/holders', p).then((ans) => { holders.set(r, ans); drawHolders(state); },
        (e) => { holders.set(r, { error: e.message }); drawHolders(state); });
      continue;
    }
    if (h.pending || h.error) continue;   /* a bad role: the search says why */
    const named = (h.holders || []).filter((x) => x.articles > 0);
    const parts = named.map((x) => x.name + ' ' + (x.approx ? '~' : '') + x.from + (x.to !== x.from ? '–' + x.to : '') +
      (x.acting ? ', acting' : '') + ' (' + x.articles.toLocaleString('en') + ')');
    lines.push(el('li', { 'data-role': r }, el('span', { class: 'kind', text: r + ': ' }),
      parts.length ? parts.join(' · ') : 'no holder is named in this archive in their years',
      ' — ' + plural((h.holders || []).length, 'tenure', 'tenures') + ' known'));
  }
  box.replaceChildren(...lines);
  box.hidden = lines.length === 0;
}

/* ------------------------------------------------------------ timeline */

const SVGNS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs) {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  return e;
}

/* The API's histogram ([{bucket: "1995" or "1995-07" or "1990s"?, count}])
 * as bars, each with the from/to that selects it. */
function buckets(res) {
  if (!Array.isArray(res.histogram)) return null;
  return res.histogram.map((b) => {
    const key = String(b.bucket);
    let from = key, to = key;
    if (res.histogram_by === 'decade') {
      const y = parseInt(key, 10);
      from = String(y);
      to = String(y + 9);
    }
    return { label: key, from, to, count: b.count };
  });
}

function drawTimeline(res, st) {
  const chart = $('chart');
  const data = buckets(res) || [];
  const undated = res.histogram_undated || 0;
  $('chart-hint').textContent = 'Click a bar, or drag across bars, to search those dates.' +
    (undated ? ' ' + plural(undated, 'match has', 'matches have') + ' no date.' : '');
  chart._buckets = null;
  chart.dataset.n = '0';
  if (!data.length) {
    chart.replaceChildren(el('p', { class: 'hint', text: 'No dated article matches.' }));
    return;
  }
  /* One SVG unit is one pixel (redrawn on resize), so labels keep their
   * shape; a bar is at most MAX_BAR wide, and the bars are centred. */
  const W = Math.max(200, chart.clientWidth || 800), H = 120, top = 6, bottom = 18, MAX_BAR = 48;
  const max = Math.max(1, ...data.map((b) => b.count));
  const PAD = 18;   /* room for the first and last labels */
  const bw = Math.min(MAX_BAR, (W - 2 * PAD) / data.length);
  const x0 = (W - bw * data.length) / 2;
  const root = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'group',
    'aria-label': 'Matches per ' + (res.histogram_by || 'year') });
  const labelEvery = Math.ceil(data.length / Math.max(1, Math.floor(W / 48)));
  data.forEach((b, i) => {
    const h = (H - top - bottom) * b.count / max;
    const inRange = (!st.from || b.to >= st.from.slice(0, b.to.length)) && (!st.to || b.from <= st.to.slice(0, b.from.length));
    const bar = svg('rect', { class: 'b' + ((st.from || st.to) && inRange ? ' sel' : ''), x: x0 + i * bw + bw * 0.1,
      width: Math.max(1, bw * 0.8), y: H - bottom - h, height: Math.max(b.count ? 1 : 0, h), 'data-i': i });
    const hit = svg('rect', { class: 'hit', x: x0 + i * bw, width: bw, y: 0, height: H - bottom, 'data-i': i, tabindex: 0,
      role: 'button', 'aria-label': b.label + ': ' + plural(b.count, 'match', 'matches') });
    const tip = svg('title');
    tip.textContent = b.label + ': ' + plural(b.count, 'match', 'matches');
    hit.append(tip);
    hit.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); go({ from: b.from, to: b.to }); }
    });
    root.append(bar, hit);
    if (i % labelEvery === 0) {
      const t = svg('text', { x: x0 + i * bw + bw / 2, y: H - 4, 'text-anchor': 'middle' });
      t.textContent = b.label;
      root.append(t);
    }
  });
  chart.replaceChildren(root);
  chart.dataset.n = String(data.length);
  chart._buckets = data;
  chart._geom = { W, x0, bw };
  lastTimeline = [res, st];
}

let lastTimeline = null;   /* [res, st] last drawn, for redrawing on resize */
let resizeTimer = null;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => { if (lastTimeline) drawTimeline(...lastTimeline); }, 100);
});

/* Click or drag across bars: the range of the bars touched. */
function setupDrag() {
  const chart = $('chart');
  let start = null;
  const index = (ev) => {
    const svgEl = chart.querySelector('svg');
    const n = parseInt(chart.dataset.n || '0', 10);
    if (!n || !svgEl || !chart._geom) return null;
    const r = svgEl.getBoundingClientRect(), g = chart._geom;
    const x = (ev.clientX - r.left) / r.width * g.W;
    return Math.min(n - 1, Math.max(0, Math.floor((x - g.x0) / g.bw)));
  };
  const mark = (a, b) => {
    for (const rect of chart.querySelectorAll('rect.b')) {
      const i = parseInt(rect.dataset.i, 10);
      rect.classList.toggle('sel', i >= Math.min(a, b) && i <= Math.max(a, b));
    }
  };
  chart.addEventListener('pointerdown', (ev) => {
    if (!chart._buckets || ev.button !== 0) return;
    start = index(ev);
    if (start == null) return;
    chart.setPointerCapture(ev.pointerId);
    mark(start, start);
    ev.preventDefault();
  });
  chart.addEventListener('pointermove', (ev) => { if (start != null) mark(start, index(ev)); });
  chart.addEventListener('pointerup', (ev) => {
    if (start == null) return;
    const end = index(ev);
    const a = chart._buckets[Math.min(start, end)], b = chart._buckets[Math.max(start, end)];
    start = null;
    go({ from: a.from, to: b.to });
  });
  chart.addEventListener('pointercancel', () => { start = null; });
}

/* ------------------------------------------------------------ reader */

let openedHere = false;   /* the reader was opened from the results shown */

async function showArticle(st) {
  $('results-view').hidden = true;
  $('reader').hidden = false;
  const title = $('reader-title');
  title.textContent = 'Loading…';
  $('reader-meta').replaceChildren();
  $('reader-chips').replaceChildren();
  $('reader-text').replaceChildren();
  const my = ++seq;
  try {
    const p = new URLSearchParams();
    if (st.q) p.set('q', st.q);
    const a = await api('/api/article/' + encodeURIComponent(st.article), p);
    if (my !== seq) return;
    drawArticle(a);
  } catch (e) {
    if (my !== seq) return;
    title.textContent = 'This article cannot be shown';
    $('reader-text').replaceChildren(el('p', { class: 'error', text: e.message }));
  }
  title.focus();
}

/* The article as fa-search --show ID --json writes it: "html" is the
 * text escaped with the query's words in <b>, parsed like a snippet. */
function drawArticle(art) {
  document.title = (art.title || art.id) + ' · fa';
  $('reader-title').textContent = art.title || art.id || '(untitled)';
  const meta = [el('time', { text: art.date || 'undated' })];
  if (art.source) meta.push(' · ', art.source);
  if (art.fields && art.fields.author) meta.push(' · ', art.fields.author);
  if (art.fields && art.fields.dateline) meta.push(' · ', art.fields.dateline);
  const link = art.url && safeURL(art.url);
  if (link) meta.push(' · ', el('a', { href: link, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original'));
  meta.push(' · id ', el('code', { text: art.id || '' }));
  $('reader-meta').replaceChildren(...meta);
  const chips = [];
  for (const f of ['country', 'official']) {   /* mentions; about is a subset */
    for (const v of art[f === 'country' ? 'countries' : 'officials'] || []) {
      if (f === 'country' && v.name) names.country.set(v.value, v.name);
      chips.push(hitChip(f, v.value));
    }
  }
  $('reader-chips').replaceChildren(...chips);
  const html = art.html != null ? String(art.html) : null;
  const paras = (html != null ? html : String(art.text || '')).split(/\n\s*\n/);
  $('reader-text').replaceChildren(...paras.map((p) => el('p', null, html != null ? snippetNodes(p) : p)));
}

/* ------------------------------------------------------------ wiring */

function setupHelp() {
  const pop = $('help'), btn = $('help-btn');
  const open = (yes) => {
    pop.hidden = !yes;
    btn.setAttribute('aria-expanded', yes ? 'true' : 'false');
    if (yes) pop.querySelector('.ex').focus();
  };
  btn.addEventListener('click', () => open(pop.hidden));
  $('help-close').addEventListener('click', () => { open(false); btn.focus(); });
  pop.addEventListener('click', (ev) => {
    const ex = ev.target.closest('.ex');
    if (!ex) return;
    open(false);
    go({ q: ex.textContent, country: [], official: [], from: '', to: '' });
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !pop.hidden) { open(false); btn.focus(); }
    const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName);
    if (ev.key === '/' && !typing) { ev.preventDefault(); $('q').focus(); $('q').select(); }
  });
  document.addEventListener('click', (ev) => {
    if (!pop.hidden && !pop.contains(ev.target) && ev.target !== btn) open(false);
  });
}

function setup() {
  $('search').addEventListener('submit', (ev) => {
    ev.preventDefault();
    go({ q: $('q').value.trim() });
  });
  $('sort').addEventListener('change', () => go({ sort: $('sort').value }));
  $('collapse').addEventListener('change', () => go({ collapse: $('collapse').checked, similar: '' }));
  $('role-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const r = $('role-input').value.trim();
    $('role-input').value = '';
    if (r && !state.role.includes(r)) go({ role: state.role.concat([r]) });
  });
  $('dates').addEventListener('submit', (ev) => {
    ev.preventDefault();
    go({ from: $('from').value.trim(), to: $('to').value.trim() });
  });
  $('prev').addEventListener('click', () => { go({ page: state.page - 1 }); $('hits').focus(); });
  $('next').addEventListener('click', () => { go({ page: state.page + 1 }); $('hits').focus(); });
  $('back').addEventListener('click', () => {
    if (openedHere) history.back();
    else go({ article: '' });
  });
  $('home').addEventListener('click', (ev) => { ev.preventDefault(); go(emptyState()); });
  for (const f of FACETS) {
    const box = document.querySelector('.facet[data-facet="' + f + '"]');
    box.querySelector('.facet-filter').addEventListener('input', () => filterFacet(f));
    box.querySelector('.more').addEventListener('click', () => showMore(f));
  }
  setupHelp();
  setupDrag();
  window.addEventListener('popstate', () => render(readURL()));
  render(readURL());
}

document.addEventListener('DOMContentLoaded', setup);
