/**
 * A failure whose message is for the secretary: in Swedish, naming the file or folder, what was wrong and
 * what to do. Any stage may throw one; a command prints its message without a stack trace and ends with
 * its exit code (`cli/command.ts`), and the preview shows it as it shows the check's messages.
 */
export class UserFacingError extends Error {
  override name = 'UserFacingError';

  constructor(
    message: string,
    /** The exit code a command ends with: 2 for a mistake in the arguments, 1 otherwise. */
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
