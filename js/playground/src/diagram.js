// A diagram of a CloudFormation fragment: one node per resource, one edge per resource that
// another one references (Ref, Fn::GetAtt, and the references inside Fn::Join / Fn::Sub / ...).

const SVG = 'http://www.w3.org/2000/svg';

/** The logical IDs that `value` references, among `ids`. */
export function referencesOf(value, ids, found = new Set()) {
  if (Array.isArray(value)) {
    for (const item of value) referencesOf(item, ids, found);
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'Ref' && typeof inner === 'string' && ids.has(inner)) found.add(inner);
      else if (key === 'Fn::GetAtt') {
        const target = Array.isArray(inner) ? inner[0] : typeof inner === 'string' ? inner.split('.')[0] : null;
        if (typeof target === 'string' && ids.has(target)) found.add(target);
        else referencesOf(inner, ids, found);
      } else if (key === 'Fn::Sub') {
        const template = Array.isArray(inner) ? inner[0] : inner;
        if (typeof template === 'string') {
          for (const m of template.matchAll(/\$\{([^}.!]+)(?:\.[^}]*)?\}/g)) if (ids.has(m[1])) found.add(m[1]);
        }
        if (Array.isArray(inner)) referencesOf(inner[1], ids, found);
      } else referencesOf(inner, ids, found);
    }
  }
  return found;
}

/** Nodes and edges of a fragment: edges go from the referencing resource to the referenced one. */
export function graphOf(fragment) {
  const resources = fragment?.Resources ?? {};
  const ids = new Set(Object.keys(resources));
  const nodes = [...ids].map((id) => ({ id, type: resources[id]?.Type ?? '?' }));
  const edges = [];
  for (const id of ids) {
    const { Type, DependsOn, ...rest } = resources[id] ?? {};
    for (const target of referencesOf(rest, ids)) if (target !== id) edges.push({ from: id, to: target });
  }
  return { nodes, edges };
}

const FAMILY_COLORS = {
  Kinesis: '#8c4fff',
  Glue: '#4d72f3',
  IAM: '#dd344c',
  S3: '#3f8624',
  CloudWatch: '#e7157b',
  KMS: '#d45b07',
};
const colorOf = (type) => FAMILY_COLORS[type.split('::')[1]] ?? '#5f6b7a';

/**
 * Lays the graph out in columns: a resource sits right of every resource it references, so the
 * resources that reference nothing (stream, buckets) are on the left and arrows point from the
 * referencing resource to the referenced one. Returns an SVG element; `onSelect(id)` is called
 * when a node is clicked. Labels leave out `prefix` (the construct's path, shared by most IDs).
 */
export function renderDiagram(fragment, onSelect, { prefix = '' } = {}) {
  const { nodes, edges } = graphOf(fragment);
  const out = new Map(nodes.map((n) => [n.id, []]));
  for (const e of edges) out.get(e.from).push(e.to);

  // Column = length of the longest reference chain below the node (cycles are cut).
  const depth = new Map();
  const visiting = new Set();
  const depthOf = (id) => {
    if (depth.has(id)) return depth.get(id);
    if (visiting.has(id)) return 0;
    visiting.add(id);
    const d = Math.max(-1, ...out.get(id).map(depthOf)) + 1;
    visiting.delete(id);
    depth.set(id, d);
    return d;
  };
  nodes.forEach((n) => depthOf(n.id));
  const maxDepth = Math.max(0, ...depth.values());
  const columns = Array.from({ length: maxDepth + 1 }, () => []);
  for (const n of nodes) columns[depth.get(n.id)].push(n);
  for (const col of columns) col.sort((a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id));
  // Fewer crossings: order each column by the mean row of its neighbours (a few sweeps).
  const neighbours = new Map(nodes.map((n) => [n.id, []]));
  for (const e of edges) {
    neighbours.get(e.from).push(e.to);
    neighbours.get(e.to).push(e.from);
  }
  const row = new Map();
  const number = () => columns.forEach((col) => col.forEach((n, r) => row.set(n.id, r)));
  number();
  for (let sweep = 0; sweep < 4; sweep++) {
    const order = sweep % 2 ? [...columns.keys()].reverse() : [...columns.keys()];
    for (const c of order) {
      const key = new Map(columns[c].map((n, r) => {
        const rows = neighbours.get(n.id).map((m) => row.get(m));
        return [n.id, rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : r];
      }));
      columns[c].sort((a, b) => key.get(a.id) - key.get(b.id));
      number();
    }
  }

  const W = 214, H = 42, GX = 48, GY = 12, PAD = 10;
  const pos = new Map();
  columns.forEach((col, c) =>
    col.forEach((n, r) => pos.set(n.id, { x: PAD + c * (W + GX), y: PAD + r * (H + GY) })),
  );
  const width = PAD * 2 + columns.length * W + (columns.length - 1) * GX;
  const height = PAD * 2 + Math.max(1, ...columns.map((c) => c.length)) * (H + GY) - GY;

  const el = (name, attrs, parent) => {
    const e = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    parent?.appendChild(e);
    return e;
  };
  const svg = el('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'diagram',
    style: `max-width: ${width}px`,
    role: 'img',
    'aria-label': `${nodes.length} resources, ${edges.length} references`,
  });
  const defs = el('defs', {}, svg);
  const marker = el('marker', { id: 'arrow', viewBox: '0 0 8 8', refX: 8, refY: 4, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, defs);
  el('path', { d: 'M0,0 L8,4 L0,8 z', fill: '#8a94a6' }, marker);

  const edgeLayer = el('g', { class: 'edges' }, svg);
  for (const e of edges) {
    const a = pos.get(e.from), b = pos.get(e.to);
    // From the referencing node's left side to the referenced node's right side.
    const x1 = a.x, y1 = a.y + H / 2, x2 = b.x + W, y2 = b.y + H / 2;
    const dx = Math.max(30, Math.abs(x1 - x2) / 2);
    const path = el('path', {
      d: x1 > x2
        ? `M${x1},${y1} C${x1 - dx},${y1} ${x2 + dx},${y2} ${x2},${y2}`
        : `M${x1},${y1} C${x1 - 60},${y1 - 40} ${x2 + 60},${y2 - 40} ${x2},${y2}`,
      class: 'edge',
      'data-from': e.from,
      'data-to': e.to,
      'marker-end': 'url(#arrow)',
    }, edgeLayer);
    el('title', {}, path).textContent = `${e.from} references ${e.to}`;
  }

  const nodeLayer = el('g', { class: 'nodes' }, svg);
  for (const n of nodes) {
    const { x, y } = pos.get(n.id);
    const g = el('g', { class: 'node', transform: `translate(${x},${y})`, 'data-id': n.id, 'data-type': n.type, tabindex: 0 }, nodeLayer);
    el('title', {}, g).textContent = `${n.id}\n${n.type}\nclick: show in the template`;
    el('rect', { width: W, height: H, rx: 6, class: 'node-box' }, g);
    el('rect', { width: 5, height: H, rx: 2, fill: colorOf(n.type) }, g);
    const label = el('text', { x: 13, y: 18, class: 'node-id' }, g);
    const short = prefix && n.id.startsWith(prefix) && n.id.length > prefix.length ? '…' + n.id.slice(prefix.length) : n.id;
    label.textContent = short.length > 29 ? short.slice(0, 28) + '…' : short;
    const type = el('text', { x: 13, y: 34, class: 'node-type', fill: colorOf(n.type) }, g);
    type.textContent = n.type;
    const select = () => {
      for (const other of svg.querySelectorAll('.node.selected')) other.classList.remove('selected');
      g.classList.add('selected');
      for (const p of svg.querySelectorAll('.edge')) {
        p.classList.toggle('lit', p.dataset.from === n.id || p.dataset.to === n.id);
      }
      onSelect?.(n.id);
    };
    g.addEventListener('click', select);
    g.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        select();
      }
    });
  }
  return svg;
}
