/** The other tone placement of oa, oe, uy ending a syllable: ủy ↔ uỷ, hòa ↔ hoà. Null when the text has none. */
export function otherTonePlacement(text: string): string | null {
  let changed = false;
  const out = text.replace(/\p{L}+/gu, (word) => {
    const m = /^([^aeiouy]*)(o(?=[\u0300\u0301\u0303\u0309\u0323]?[ae][\u0300\u0301\u0303\u0309\u0323]?$)|u(?=[\u0300\u0301\u0303\u0309\u0323]?y[\u0300\u0301\u0303\u0309\u0323]?$))([\u0300\u0301\u0303\u0309\u0323]?)([aey])([\u0300\u0301\u0303\u0309\u0323]?)$/iu.exec(word.normalize('NFD'));
    if (!m || /^q/i.test(word) || (!m[3] && !m[5])) return word;
    changed = true;
    return (m[3] ? m[1]! + m[2]! + m[4]! + m[3] : m[1]! + m[2]! + m[5]! + m[4]!).normalize('NFC');
  });
  return changed ? out : null;
}

