// The few libsodium calls core uses (sodium-native ships no typings). Signatures as in its index.js.
declare module 'sodium-native' {
  interface SodiumNative {
    crypto_aead_chacha20poly1305_ietf_ABYTES: number;
    crypto_aead_chacha20poly1305_ietf_KEYBYTES: number;
    crypto_aead_chacha20poly1305_ietf_NPUBBYTES: number;
    crypto_scalarmult_BYTES: number;
    crypto_scalarmult_SCALARBYTES: number;
    /** Encrypts m into c (same length; c may be m itself) and writes the 16-byte tag into mac. */
    crypto_aead_chacha20poly1305_ietf_encrypt_detached(c: Uint8Array, mac: Uint8Array, m: Uint8Array, ad: Uint8Array | null, nsec: null, npub: Uint8Array, k: Uint8Array): number;
    /** Throws if the tag does not verify; on failure libsodium zeroes m. */
    crypto_aead_chacha20poly1305_ietf_decrypt_detached(m: Uint8Array, nsec: null, c: Uint8Array, mac: Uint8Array, ad: Uint8Array | null, npub: Uint8Array, k: Uint8Array): void;
    /** Throws when the result would be all zeros (a low-order point). */
    crypto_scalarmult(q: Uint8Array, n: Uint8Array, p: Uint8Array): void;
    crypto_scalarmult_base(q: Uint8Array, n: Uint8Array): void;
    sodium_memzero(buf: Uint8Array): void;
  }
  const sodium: SodiumNative;
  export = sodium;
}
