import sodium from 'sodium-native';

/**
 * ChaCha20-Poly1305 (IETF) and X25519 from libsodium. Electron's main process runs node:crypto on
 * BoringSSL, which has no chacha20-poly1305, so these come from sodium-native's N-API prebuilds
 * (they load in Electron without a rebuild). Only this file touches the binding.
 */
export const KEY_BYTES = 32;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;

if (
  sodium.crypto_aead_chacha20poly1305_ietf_ABYTES !== TAG_BYTES ||
  sodium.crypto_aead_chacha20poly1305_ietf_KEYBYTES !== KEY_BYTES ||
  sodium.crypto_aead_chacha20poly1305_ietf_NPUBBYTES !== NONCE_BYTES ||
  sodium.crypto_scalarmult_BYTES !== 32 ||
  sodium.crypto_scalarmult_SCALARBYTES !== 32
) {
  throw new Error('sodium-native does not have the expected ChaCha20-Poly1305 / X25519 sizes');
}

/** Encrypts `data` in place and writes its tag into `tag` (16 bytes). */
export function sealInPlace(key: Uint8Array, nonce: Uint8Array, data: Uint8Array, tag: Uint8Array): void {
  sodium.crypto_aead_chacha20poly1305_ietf_encrypt_detached(data, tag, data, null, null, nonce, key);
}

/** Decrypts `ciphertext` into `out` (same length); false if the tag does not verify. `ciphertext` is left intact. */
export function openInto(key: Uint8Array, nonce: Uint8Array, ciphertext: Uint8Array, tag: Uint8Array, out: Uint8Array): boolean {
  try {
    sodium.crypto_aead_chacha20poly1305_ietf_decrypt_detached(out, null, ciphertext, tag, null, nonce, key);
    return true;
  } catch {
    return false;
  }
}

/** X25519(scalar, point), or null when the shared secret is all zeros (a low-order point; age rejects it). */
export function x25519(scalar: Uint8Array, point: Uint8Array): Buffer | null {
  const out = Buffer.alloc(32);
  try {
    sodium.crypto_scalarmult(out, scalar, point);
  } catch {
    return null;
  }
  return out.every((b) => b === 0) ? null : out;
}

export function x25519Base(scalar: Uint8Array): Buffer {
  const out = Buffer.alloc(32);
  sodium.crypto_scalarmult_base(out, scalar);
  return out;
}

export function wipe(buf: Uint8Array): void {
  sodium.sodium_memzero(buf);
}
