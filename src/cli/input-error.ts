/**
 * A problem with one input or output that the user can fix; the CLI prints it as one line
 * without a stack trace. `subject` is the path the message is about.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly subject: string;

  constructor(subject: string, message: string) {
    super(message);
    this.subject = subject;
  }
}

/** Node's fs error codes, said the way a user would say them. */
const FS_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file (a parent is not a directory)',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
};

/** Turns an fs error into an InputError; anything without an fs code is rethrown as unexpected. */
export function explainFsError(subject: string, error: unknown, action: string): never {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') {
    throw new InputError(subject, FS_ERROR_MESSAGES[code] ?? `cannot ${action} (${code})`);
  }
  throw error;
}
