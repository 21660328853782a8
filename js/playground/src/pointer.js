// Where each JSON pointer of a JSON text sits in that text, so diagnostics can be drawn there.

const escapeToken = (token) => String(token).replace(/~/g, '~0').replace(/\//g, '~1');
const unescapeToken = (token) => token.replace(/~1/g, '/').replace(/~0/g, '~');

/** Splits a JSON pointer ("/a/0/b~1c") into its tokens (["a", "0", "b/c"]). */
export function pointerTokens(pointer) {
  if (!pointer) return [];
  return pointer.split('/').slice(1).map(unescapeToken);
}

export class JsonSyntaxError extends Error {
  constructor(message, pos) {
    super(message);
    this.pos = pos;
  }
}

/**
 * Reads a JSON text and returns a Map from each pointer to its spans:
 * `{ from, to }` for the value and, for object members, `keyFrom, keyTo` for the member name.
 * Throws JsonSyntaxError (with `pos`) where the text stops being JSON.
 */
export function locatePointers(text) {
  const spans = new Map();
  let i = 0;
  const fail = (message) => {
    throw new JsonSyntaxError(message, Math.min(i, text.length));
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const string = () => {
    const start = i;
    if (text[i] !== '"') fail('expected a string');
    i++;
    let out = '';
    while (i < text.length && text[i] !== '"') {
      const c = text[i];
      if (c === '\\') {
        const n = text[i + 1];
        const simple = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (n in simple) {
          out += simple[n];
          i += 2;
        } else if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          i++;
          fail('invalid escape in string');
        }
      } else if (c < ' ') {
        fail('control character in string');
      } else {
        out += c;
        i++;
      }
    }
    if (i >= text.length) {
      i = start;
      fail('unterminated string');
    }
    i++;
    return out;
  };
  const value = (pointer, key) => {
    ws();
    const from = i;
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') i++;
      else {
        for (;;) {
          ws();
          const keyFrom = i;
          const name = string();
          const keyTo = i;
          ws();
          if (text[i] !== ':') fail("expected ':' after a member name");
          i++;
          value(`${pointer}/${escapeToken(name)}`, { keyFrom, keyTo });
          ws();
          if (text[i] === ',') {
            i++;
            continue;
          }
          if (text[i] === '}') {
            i++;
            break;
          }
          fail("expected ',' or '}'");
        }
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') i++;
      else {
        for (let index = 0; ; index++) {
          value(`${pointer}/${index}`);
          ws();
          if (text[i] === ',') {
            i++;
            continue;
          }
          if (text[i] === ']') {
            i++;
            break;
          }
          fail("expected ',' or ']'");
        }
      }
    } else if (c === '"') {
      string();
    } else {
      const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
      if (!m) fail(i >= text.length ? 'unexpected end of text' : 'expected a value');
      i += m[0].length;
    }
    spans.set(pointer, { from, to: i, ...key });
  };
  value('');
  ws();
  if (i < text.length) fail('unexpected text after the value');
  return spans;
}

/**
 * The text range to mark for a diagnostic at `pointer`: the member name for objects and arrays
 * (marking a whole block is noise), the value for scalars. A pointer that is not in the text
 * (a missing prop) marks its nearest ancestor that is.
 */
export function rangeForPointer(spans, text, pointer) {
  const wanted = pointerTokens(pointer);
  for (let tokens = wanted; ; tokens = tokens.slice(0, -1)) {
    const span = spans.get(tokens.map((t) => '/' + escapeToken(t)).join(''));
    if (span) {
      const exact = tokens.length === wanted.length;
      const opens = text[span.from] === '{' || text[span.from] === '[';
      if (span.keyFrom !== undefined && (opens || !exact)) return { from: span.keyFrom, to: span.keyTo, exact };
      if (opens) return { from: span.from, to: span.from + 1, exact };
      return { from: span.from, to: span.to, exact };
    }
    if (!tokens.length) return { from: 0, to: Math.min(1, text.length), exact: false };
  }
}
