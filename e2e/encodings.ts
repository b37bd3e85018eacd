/** Encodes text as GBK or Big5 for pages served in those charsets (Node's TextEncoder only writes
 * UTF-8): the reverse of the WHATWG decoder's own table, built once per encoding by decoding every
 * two-byte sequence. Throws on a character the encoding lacks, so a test page never silently
 * carries a '?'. */
const tables = new Map<string, Map<string, number[]>>();

function table(encoding: 'gbk' | 'big5'): Map<string, number[]> {
  let t = tables.get(encoding);
  if (t) return t;
  t = new Map();
  const dec = new TextDecoder(encoding);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const ch = dec.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\ufffd' && !t.has(ch)) t.set(ch, [lead, trail]);
    }
  }
  tables.set(encoding, t);
  return t;
}

export function encode(text: string, encoding: 'gbk' | 'big5'): Buffer {
  const t = table(encoding);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = t.get(ch);
      if (!bytes) throw new Error(`${encoding} has no ${ch} (U+${code.toString(16)})`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}
