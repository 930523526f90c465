// Errors the database layer reports in plain words, so the UI can show them as they are.

/** Another context still holds an older version open and did not let go, so the upgrade waits. */
export class DatabaseBlockedError extends Error {
  override readonly name = 'DatabaseBlockedError';
  constructor(readonly storedVersion: number, readonly wantedVersion: number) {
    super(
      `WSIS Lens could not update its saved data (version ${storedVersion} to ${wantedVersion}) because another ` +
        'WSIS Lens tab or window still has it open. Close or reload the other WSIS Lens tabs, then try again.',
    );
  }
}

/** The stored database is newer than this code: another context runs a newer WSIS Lens. */
export class DatabaseTooNewError extends Error {
  override readonly name = 'DatabaseTooNewError';
  constructor(readonly wantedVersion: number, options?: ErrorOptions) {
    super(
      `WSIS Lens's saved data was updated by a newer version of WSIS Lens (this page expects version ${wantedVersion}). ` +
        'Reload this page to use the newer version.',
      options,
    );
  }
}

/** A step of the upgrade ladder failed; the upgrade was rolled back and the old data is untouched. */
export class DatabaseUpgradeError extends Error {
  override readonly name = 'DatabaseUpgradeError';
  constructor(readonly fromVersion: number, readonly toVersion: number, options?: ErrorOptions) {
    super(
      `WSIS Lens could not update its saved data from version ${fromVersion} to ${toVersion}; nothing was changed. ` +
        `Reason: ${describeCause(options?.cause)}`,
      options,
    );
  }
}

/** The browser closed the connection (storage cleared, disk full, browser fault) and reopening failed. */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
  constructor(options?: ErrorOptions) {
    super(`WSIS Lens could not open its saved data. Reason: ${describeCause(options?.cause)}`, options);
  }
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) return cause.message || cause.name;
  return String(cause);
}
