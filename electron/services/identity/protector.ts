/**
 * How an installation's private keys are kept at rest. The app seals them with the operating
 * system's keychain (Electron safeStorage, supplied by main); the CLI and tests keep plain PEM
 * files readable only by the user, as `initHome` writes them.
 */
export interface KeyProtector {
  /** 'os': sealed by the system keychain; 'file': a PEM file with owner-only permissions. */
  readonly kind: 'os' | 'file';
  seal(pem: string): Buffer;
  unseal(sealed: Buffer): string;
}

/** Keys as plain owner-only files: the home folder stays readable by the CLI. */
export const FILE_KEYS: KeyProtector = {
  kind: 'file',
  seal: (pem) => Buffer.from(pem, 'utf8'),
  unseal: (sealed) => sealed.toString('utf8'),
};
