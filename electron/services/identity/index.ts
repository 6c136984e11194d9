export { initHome, loadHome, publicIdentity, type HomeIdentity, type InitOptions } from './home.js';
export { fingerprintOf, sameFingerprint } from './fingerprint.js';
export { certificateHolds, issueCertificate } from './certificate.js';
export { idForKey, signBytes, verifyBytes, generateKeyPair, rawPublicKey } from './keys.js';
