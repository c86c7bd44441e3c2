/**
 * Checks a ballot's Merkle inclusion proof in the visitor's own browser, with
 * WebCrypto's SHA-256, against the root published with the result (RFC 9162
 * §2.1.3.2; the same algorithm as libs/audit's verifyInclusion). The page is
 * complete without it: it shows the proof and explains how to check it by hand.
 */
const box = document.getElementById('proof-check');
const result = document.getElementById('proof-result');

async function sha256(...parts: Uint8Array[]): Promise<Uint8Array> {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return new Uint8Array(await crypto.subtle.digest('SHA-256', all));
}

function fromHex(hex: string): Uint8Array {
  if (!/^([0-9a-f]{2})*$/i.test(hex)) throw new Error('not hex');
  return new Uint8Array(hex.match(/../g)?.map((b) => parseInt(b, 16)) ?? []);
}

function toHex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const LEAF = new Uint8Array([0]);
const NODE = new Uint8Array([1]);

async function verify(line: string, index: number, size: number, proof: string[], root: string): Promise<boolean> {
  if (!Number.isInteger(index) || index < 0 || index >= size) return false;
  let r = await sha256(LEAF, new TextEncoder().encode(line));
  let fn = index;
  let sn = size - 1;
  for (const hex of proof) {
    const p = fromHex(hex);
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = await sha256(NODE, p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = await sha256(NODE, r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && toHex(r) === root.toLowerCase();
}

if (box && result && window.crypto?.subtle) {
  const d = box.dataset;
  box.hidden = false;
  result.textContent = d.checking ?? '';
  // A proof that is not even well formed (tampered with) fails like a wrong one.
  Promise.resolve()
    .then(() =>
      verify(d.line ?? '', Number(d.index), Number(d.size), JSON.parse(d.proof ?? '[]') as string[], d.root ?? ''),
    )
    .catch(() => false)
    .then((ok) => {
      box.classList.add(ok ? 'proof-check--ok' : 'proof-check--failed');
      result.textContent = (ok ? d.ok : d.failed) ?? '';
    });
}
