// Reuters-21578 (SGML) back to the raw feed a desk received: each item's routing line
// (ENQ ... categories), `SYN SYN SOH` header, slug line, `STX`, the text with its headline,
// byline, dateline and body as the wire carried them, and `ETX`. The SGML tags become the gold
// of where each part lies. reut2-000.sgm is held out: the scripts refuse it.

const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (s) => s.replace(/&(#\d+|[a-z]+);/g, (m, e) => (e[0] === '#' ? String.fromCharCode(Number(e.slice(1))) : (ENTITIES[e] ?? m)));

/** The one held-out file of the collection, by name. */
export const isHeldOut = (file) => /reut2-000\.sgm$/.test(file);

/**
 * The items of an SGML file: { id, routing (the lines before STX), parts: [{ tag, text }] in
 * the order the text carried them, tag null for untagged text }. A brief's placeholder body
 * ("Blah blah blah.") is the collection's, not the wire's, and is left out.
 */
export function readItems(sgml) {
  const items = [];
  for (const m of sgml.matchAll(/<REUTERS[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
    const body = m[2];
    const routing = decode(/<UNKNOWN>([\s\S]*?)<\/UNKNOWN>/.exec(body)?.[1] ?? '').replace(/^\s*\n/, '');
    const text = /<TEXT[^>]*>([\s\S]*?)<\/TEXT>/.exec(body)?.[1] ?? '';
    const parts = [];
    let at = 0;
    for (const t of text.matchAll(/<(TITLE|AUTHOR|DATELINE|BODY)>([\s\S]*?)<\/\1>/g)) {
      if (t.index > at) parts.push({ tag: null, text: decode(text.slice(at, t.index)) });
      parts.push({ tag: t[1], text: decode(t[2]) });
      at = t.index + t[0].length;
    }
    parts.push({ tag: null, text: decode(text.slice(at)).replace(/^Blah blah blah\.\n/, '') });
    items.push({ id: Number(m[1]), routing, parts });
  }
  return items;
}

/**
 * The feed of the items, one after another, and where each item and each tagged part lies in
 * it: [{ id, start, end, title, author, dateline, body }] (spans, or null when absent).
 */
export function feedOf(items) {
  let text = '';
  const index = [];
  for (const item of items) {
    const start = text.length;
    text += `${item.routing}\n`;
    const spans = { title: null, author: null, dateline: null, body: null };
    for (const p of item.parts) {
      if (p.tag) spans[p.tag.toLowerCase()] = { start: text.length, end: text.length + p.text.length };
      text += p.text;
    }
    if (!text.endsWith('\n')) text += '\n';
    index.push({ id: item.id, start, end: text.length, ...spans });
  }
  return { text, index };
}

/**
 * Each item of a feed as a story file holds it: the headline line, then the text from the
 * dateline to the end of the body. The hand annotations of attribution give offsets into these.
 */
export function storiesOf({ text, index }) {
  return index
    .filter((it) => it.body)
    .map((it) => ({ id: it.id, text: `${it.title ? text.slice(it.title.start, it.title.end) : ''}\n${text.slice(it.dateline?.start ?? it.body.start, it.body.end)}` }));
}
