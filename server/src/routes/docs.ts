import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { contentSecurityPolicy } from '../http/security-headers.ts';

/**
 * Browsable API docs: one self-contained page (no CDN, works offline) that reads ./openapi.json and
 * lists every operation with its parameters and schemas. Built with DOM calls, never innerHTML.
 */
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>dingpost API</title>
<style>
  :root { color-scheme: light dark; --line: #8884; --muted: #888; font-family: system-ui, sans-serif; }
  body { margin: 0 auto; max-width: 980px; padding: 1.5rem; line-height: 1.45; }
  h1 { margin-bottom: .2rem; } h2 { margin-top: 2rem; border-bottom: 1px solid var(--line); }
  details.op { border: 1px solid var(--line); border-radius: 6px; margin: .5rem 0; }
  details.op > summary { cursor: pointer; padding: .5rem .75rem; display: flex; gap: .75rem; align-items: baseline; }
  details.op > div { padding: 0 .75rem .75rem; }
  .m { font: 700 .8rem ui-monospace, monospace; min-width: 4.5rem; text-transform: uppercase; }
  .get { color: #1a7f37; } .post { color: #0969da; } .patch { color: #9a6700; } .delete { color: #cf222e; }
  code, .path { font-family: ui-monospace, monospace; } .muted { color: var(--muted); }
  table { border-collapse: collapse; width: 100%; font-size: .9rem; }
  td, th { text-align: left; vertical-align: top; padding: .2rem .5rem; border-top: 1px solid var(--line); }
  .schema { margin-left: 1rem; } .req { color: #cf222e; } input { font: inherit; padding: .3rem .5rem; width: 20rem; }
</style>
</head>
<body>
<h1>dingpost API</h1>
<p class="muted" id="intro">Loading <a href="openapi.json">openapi.json</a>…</p>
<p><input id="filter" type="search" placeholder="Filter operations" aria-label="Filter operations"></p>
<main id="ops"></main>
<h2>Schemas</h2>
<div id="schemas"></div>
<script>
const el = (tag, props, ...kids) => {
  const { dataset, ...rest } = props || {};
  const node = Object.assign(document.createElement(tag), rest);
  if (dataset) Object.assign(node.dataset, dataset);
  for (const kid of kids.flat(Infinity)) if (kid != null) node.append(kid);
  return node;
};
const refName = (ref) => ref.split('/').pop();
let schemas = {};
/** \`code\` spans of a description as <code>. */
const rich = (text) => text.split('\`').map((part, i) => (i % 2 ? el('code', { textContent: part }) : part));
/** A body schema: its name, then its fields. */
const expanded = (s) => s.$ref ? [view(s, 0), el('div', { className: 'schema' }, view(schemas[refName(s.$ref)], 1))] : view(s, 0);
const facts = (s) => {
  const out = [];
  if (s.const !== undefined) out.push('= ' + JSON.stringify(s.const));
  if (s.enum) out.push('one of ' + s.enum.map((v) => JSON.stringify(v)).join(', '));
  if (s.format) out.push(s.format);
  if (s.pattern) out.push('pattern ' + s.pattern);
  for (const [k, label] of [['minLength', 'min length'], ['maxLength', 'max length'], ['minimum', 'min'], ['maximum', 'max'], ['minItems', 'min items'], ['maxItems', 'max items']])
    if (s[k] !== undefined) out.push(label + ' ' + s[k]);
  if (s.default !== undefined) out.push('default ' + JSON.stringify(s.default));
  return out.join('; ');
};
const typeOf = (s) => s.$ref ? null : Array.isArray(s.type) ? s.type.join(' | ') : s.type || (s.oneOf || s.anyOf ? 'one of' : 'any');
function view(s, depth) {
  if (!s || depth > 6) return el('span', { className: 'muted', textContent: '…' });
  if (s.$ref) return el('a', { href: '#schema-' + refName(s.$ref), textContent: refName(s.$ref) });
  const variants = s.oneOf || s.anyOf;
  if (variants) return el('div', {}, el('span', { className: 'muted', textContent: 'one of:' }),
    el('ol', {}, variants.map((v) => el('li', {}, view(v, depth + 1)))));
  if (s.type === 'array') return el('span', {}, 'array of ', view(s.items, depth + 1));
  if (s.properties || s.additionalProperties && typeof s.additionalProperties === 'object') {
    const required = new Set(s.required || []);
    const rows = Object.entries(s.properties || {}).map(([name, p]) => el('tr', {},
      el('td', {}, el('code', { textContent: name }), required.has(name) ? el('span', { className: 'req', textContent: ' *' }) : null),
      el('td', {}, typeOf(p) ? el('code', { textContent: typeOf(p) }) : null, ' ', p.description ? el('div', { className: 'muted', textContent: p.description }) : null,
        el('div', { className: 'muted', textContent: facts(p) }),
        (p.$ref || p.properties || p.oneOf || p.anyOf || p.type === 'array' || typeof p.additionalProperties === 'object') ? el('div', { className: 'schema' }, view(p, depth + 1)) : null)));
    if (typeof s.additionalProperties === 'object') rows.push(el('tr', {}, el('td', {}, el('code', { textContent: '<any name>' })), el('td', {}, view(s.additionalProperties, depth + 1))));
    return el('table', {}, rows);
  }
  return el('span', {}, el('code', { textContent: typeOf(s) }), ' ', el('span', { className: 'muted', textContent: facts(s) }));
}
function operation(path, method, op) {
  const body = op.requestBody && op.requestBody.content['application/json'].schema;
  return el('details', { className: 'op', dataset: { text: (method + ' ' + path + ' ' + op.summary).toLowerCase() } },
    el('summary', {}, el('span', { className: 'm ' + method, textContent: method }), el('span', { className: 'path', textContent: path }), el('span', { className: 'muted', textContent: op.summary })),
    el('div', {},
      op.description ? el('p', {}, rich(op.description)) : null,
      op.parameters.length ? [el('h4', { textContent: 'Parameters' }), el('table', {}, op.parameters.map((p) => el('tr', {},
        el('td', {}, el('code', { textContent: p.name }), p.required ? el('span', { className: 'req', textContent: ' *' }) : null),
        el('td', { className: 'muted', textContent: p.in }), el('td', {}, view(p.schema, 0), p.description ? el('div', { className: 'muted', textContent: p.description }) : null))))] : null,
      body ? [el('h4', { textContent: 'Body (application/json)' }), expanded(body)] : null,
      el('h4', { textContent: 'Responses' }),
      el('table', {}, Object.entries(op.responses).map(([status, r]) => el('tr', {},
        el('td', {}, el('code', { textContent: status })), el('td', {}, rich(r.description)),
        el('td', {}, r.content ? view(r.content['application/json'].schema, 0) : null))))));
}
fetch('openapi.json').then((r) => r.json()).then((doc) => {
  schemas = doc.components.schemas;
  document.getElementById('intro').replaceChildren(...rich(doc.info.description + ' '), el('a', { href: 'openapi.json', textContent: 'OpenAPI ' + doc.openapi + ' document' }));
  const ops = document.getElementById('ops');
  for (const tag of doc.tags) {
    const items = [];
    for (const [path, methods] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(methods)) if (op.tags.includes(tag.name)) items.push(operation(path, method, op));
    if (items.length) ops.append(el('section', {}, el('h2', { textContent: tag.name }), items));
  }
  document.getElementById('schemas').append(...Object.entries(doc.components.schemas).map(([name, s]) =>
    el('details', { className: 'op', id: 'schema-' + name }, el('summary', {}, el('code', { textContent: name })), el('div', {}, view(s, 0)))));
  addEventListener('hashchange', () => { const target = document.getElementById(location.hash.slice(1)); if (target) target.open = true; });
  document.getElementById('filter').addEventListener('input', (e) => {
    const q = e.target.value.toLowerCase();
    for (const d of ops.querySelectorAll('details.op')) d.hidden = q !== '' && !d.dataset.text.includes(q);
  });
}).catch((error) => { document.getElementById('intro').textContent = 'Could not load openapi.json: ' + error; });
</script>
</body>
</html>
`;

/** The page's one inline script, allowed by its hash: no 'unsafe-inline' for scripts anywhere. */
const SCRIPT_HASH = createHash('sha256')
  .update(/<script>([\s\S]*)<\/script>/.exec(PAGE)![1]!)
  .digest('base64');

export function docsRoutes() {
  return new Hono().get('/docs', (c) => {
    c.header('Content-Security-Policy', contentSecurityPolicy({ scriptHashes: [SCRIPT_HASH] }));
    return c.html(PAGE, 200);
  });
}
