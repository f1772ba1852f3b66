/**
 * Plain-words reasons for a failed file operation, as reason.* codes of the message catalog, so that
 * the sentence a person reads is in one language. A code the catalog lacks is passed on as is.
 */
export function systemReason(err: unknown): string {
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
    default:
      return typeof code === 'string' ? code : 'reason.unknown';
  }
}
