/**
 * Typed errors crossing the contract as data. Each code has a localized message in the
 * i18n catalogs under `error.<code>`; `params` fill its placeholders.
 */
export const ERROR_CODES = [
  'E_BAD_ARGUMENT',
  'E_NO_PROJECT',
  'E_NOT_FOUND',
  'E_FILE_NOT_FOUND',
  'E_FILE_EXISTS',
  'E_NOT_SQLITE',
  'E_NOT_LONGMAI',
  'E_NEWER_SCHEMA',
  'E_DAMAGED',
  'E_READ_ONLY',
  'E_SELF_LOOP',
  'E_DUPLICATE_EDGE',
  'E_CYCLE',
  'E_FORBIDDEN_OP',
  'E_USAGE',
  'E_INTERNAL',
  'E_FORBIDDEN_SENDER',
  'E_UNDO_STALE',
  // Suppliers and qualification (issue 4).
  'E_EVIDENCE_TOO_LARGE',
  'E_EVIDENCE_TYPE',
  'E_EVIDENCE_UNREADABLE',
  'E_EVIDENCE_MISSING',
  'E_EVIDENCE_NOT_HERE',
  'E_DATE_BEFORE_PREVIOUS',
  'E_BAD_DATE',
  'E_STAGE_NOT_IN_LIST',
  'E_SAME_STAGE',
  'E_STAGE_FORBIDDEN',
  'E_NO_PENDING_CLAIM',
  'E_TEMPLATE_ORPHANS_LINKS',
  'E_DUPLICATE_LINK',
  'E_PARTY_IN_USE',
  'E_MERGE_SAME',
  'E_UNKNOWN_COUNTRY',
  'E_NOT_TEST_PLATFORM',
  // Sync packets and identities (issue 5).
  'E_SIGNATURE',
  'E_TRUNCATED',
  'E_HASH_MISMATCH',
  'E_UNTRUSTED_SENDER',
  'E_WRONG_PROJECT',
  'E_FUTURE_CLOCK',
  'E_NEWER_FORMAT',
  'E_TOO_LARGE',
  'E_BAD_ENTRY',
  'E_BAD_PACKET',
  'E_WRONG_RECIPIENT',
  'E_FINGERPRINT_MISMATCH',
  'E_MISSING_CHANGES',
  'E_NOT_INVITATION',
  'E_NO_IDENTITY',
  'E_IDENTITY_MISMATCH',
  // Sync in the app: packets, previews, the exchange folder (issue 6).
  'E_PACKET_GONE',
  'E_NOT_SYNCED',
  'E_NO_EXCHANGE_FOLDER',
  'E_FOLDER_UNUSABLE',
  'E_NOT_A_PACKET',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number | string[]>;

export interface ContractError {
  code: ErrorCode;
  /** English, for logs and the CLI; the UI renders `error.<code>` in the user's language. */
  message: string;
  params?: ErrorParams;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError };

/** Thrown by services; the dispatcher turns it into `{ ok: false, error }`. */
export class LongmaiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params?: ErrorParams,
  ) {
    super(message);
    this.name = 'LongmaiError';
  }

  toContractError(): ContractError {
    return this.params
      ? { code: this.code, message: this.message, params: this.params }
      : { code: this.code, message: this.message };
  }
}
