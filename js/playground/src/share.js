// The whole playground state in the URL hash: "#s=" + base64url(deflate-raw(JSON)), or
// "#j=" + base64url(JSON) where the browser has no CompressionStream.

const toBase64Url = (bytes) => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (text) => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
};
const pipe = async (bytes, stream) =>
  new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());

export async function encodeState(state) {
  const bytes = new TextEncoder().encode(JSON.stringify(state));
  if (typeof CompressionStream === 'function') return 's=' + toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')));
  return 'j=' + toBase64Url(bytes);
}

/** The state in a hash (with or without its '#'), or null when there is none or it is unreadable. */
export async function decodeState(hash) {
  const text = hash.replace(/^#/, '');
  try {
    if (text.startsWith('s=')) {
      const bytes = await pipe(fromBase64Url(text.slice(2)), new DecompressionStream('deflate-raw'));
      return JSON.parse(new TextDecoder().decode(bytes));
    }
    if (text.startsWith('j=')) return JSON.parse(new TextDecoder().decode(fromBase64Url(text.slice(2))));
  } catch {
    return null;
  }
  return null;
}
