import type { MessageCode } from '../core/messages';
/**
 * Plain-words reasons for a failed file operation, as reason.* codes of the message catalog, so that
 * the sentence a person reads is in one language. A code the catalog lacks is reason.unknown.
 */
export function systemReason(err: unknown): MessageCode {
  const code = (err as { code?: unknown } | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'reason.folder-missing';
    case 'ENOTDIR':
      return 'reason.not-a-folder';
    case 'EACCES':
    case 'EPERM':
      return 'reason.permission';
    case 'EROFS':
      return 'reason.read-only';
    case 'ENOSPC':
      return 'reason.disk-full';
    case 'EDQUOT':
      return 'reason.quota';
    case 'EISDIR':
      return 'reason.is-folder';
    case 'EBUSY':
      return 'reason.locked';
    case 'ENAMETOOLONG':
      return 'reason.path-too-long';
    case 'ELOOP':
      return 'reason.symlinks';
    case 'EMFILE':
    case 'ENFILE':
      return 'reason.too-many-files';
    case 'EIO':
      return 'reason.io-error';
    case 'ENXIO':
    case 'ENODEV':
      return 'reason.device-missing';
    case 'ETIMEDOUT':
      return 'reason.timed-out';
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'reason.too-large';
    case 'ERR_WORKER_OUT_OF_MEMORY':
      return 'reason.out-of-memory';
    default:
      // never a raw system text (EXYZ, ERR_…) in a sentence meant for a person
      return 'reason.unknown';
  }
}
