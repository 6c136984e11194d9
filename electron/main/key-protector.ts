import type { SafeStorage } from 'electron';
import { FILE_KEYS, type KeyProtector } from '../services/identity/protector.js';

export type KeychainParts = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>;

/**
 * Private keys sealed by the system keychain (Keychain, DPAPI, libsecret/kwallet) through
 * safeStorage. Where there is none — or Linux falls back to its hard-coded "basic_text"
 * password, which protects nothing — keys stay in owner-only files, and the identity panel
 * says so.
 */
export function keychainProtector(
  safeStorage: KeychainParts | undefined,
  platform: NodeJS.Platform,
): KeyProtector {
  if (!safeStorage?.isEncryptionAvailable()) return FILE_KEYS;
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    return FILE_KEYS;
  }
  return {
    kind: 'os',
    seal: (pem) => safeStorage.encryptString(pem),
    unseal: (sealed) => safeStorage.decryptString(sealed),
  };
}
