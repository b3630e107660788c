/** Blob <-> base64 for messages and backup files (Chrome's runtime messaging is JSON-only). */

const CHUNK = 0x8000;

/** Base64 of bytes, in chunks so `String.fromCharCode` never sees a huge argument list. */
export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}

/** Bytes of base64 text; throws on characters outside the base64 alphabet. */
export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Base64 of a Blob's bytes. */
export async function blobToBase64(blob: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
}

/** A Blob from base64 and a MIME type. */
export function base64ToBlob(b64: string, type: string): Blob {
  return new Blob([base64ToBytes(b64)], { type });
}
