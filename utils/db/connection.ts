// One lazily opened connection per context. When another context upgrades or deletes the database,
// this connection closes at once (so it never blocks the other) and is marked stale; the next
// call opens a fresh one. Repositories take the handle as an argument; callers get it from here.

import { openDB, type IDBPDatabase } from 'idb';
import { DatabaseBlockedError, DatabaseTooNewError, DatabaseUnavailableError, DatabaseUpgradeError } from './errors';
import { DB_NAME, type WsisLensDb } from './schema';
import { applyUpgrades, UPGRADE_STEPS, type UpgradeStep } from './upgrade-ladder';

export type WsisDb = IDBPDatabase<WsisLensDb>;

/** Why a handle may no longer be used. */
export type StaleReason = 'another-context-upgrades' | 'terminated' | 'closed';

export interface ConnectionOptions {
  name?: string;
  version?: number;
  /** How long to wait for other contexts to close before reporting DatabaseBlockedError. */
  blockedTimeoutMs?: number;
  /** Told when the handle goes stale, e.g. to tell the reader another tab updated WSIS Lens. */
  onStale?: (reason: StaleReason) => void;
  /** The upgrade ladder; only tests pass another one (e.g. with a failing step). */
  steps?: readonly UpgradeStep[];
}

export class DatabaseConnection {
  readonly name: string;
  readonly version: number;
  private readonly blockedTimeoutMs: number;
  private readonly onStale: ((reason: StaleReason) => void) | undefined;
  private readonly steps: readonly UpgradeStep[];
  private opening: Promise<WsisDb> | null = null;
  private current: WsisDb | null = null;
  private readonly staleReasons = new WeakMap<WsisDb, StaleReason>();

  constructor(options: ConnectionOptions = {}) {
    this.name = options.name ?? DB_NAME;
    this.steps = options.steps ?? UPGRADE_STEPS;
    this.version = options.version ?? this.steps.length;
    this.blockedTimeoutMs = options.blockedTimeoutMs ?? 3_000;
    this.onStale = options.onStale;
  }

  /** The open handle, opening (and upgrading) the database if there is none or it went stale. */
  getDb(): Promise<WsisDb> {
    if (this.opening === null) {
      const opening = this.open();
      this.opening = opening;
      // A failed open is not cached: the next call tries again.
      opening.catch(() => {
        if (this.opening === opening) this.opening = null;
      });
    }
    return this.opening;
  }

  /**
   * Runs `work` with the handle; if the handle went stale while it ran (another context upgraded,
   * or the browser terminated the connection), runs it once more on a fresh handle. A failed
   * transaction changed nothing, so `work` should be one transaction, or safe to repeat.
   */
  async withDb<T>(work: (db: WsisDb) => Promise<T>): Promise<T> {
    const db = await this.getDb();
    try {
      return await work(db);
    } catch (error) {
      const reason = this.staleReason(db);
      if (reason === undefined || reason === 'closed') throw error;
      let fresh: WsisDb;
      try {
        fresh = await this.getDb();
      } catch (reopenError) {
        if (reason === 'terminated' && !(reopenError instanceof DatabaseTooNewError)) {
          throw new DatabaseUnavailableError({ cause: reopenError });
        }
        throw reopenError;
      }
      return work(fresh);
    }
  }

  /** Why `db` may no longer be used, or undefined while it is good. */
  staleReason(db: WsisDb): StaleReason | undefined {
    return this.staleReasons.get(db);
  }

  close(): void {
    if (this.current !== null) this.markStale(this.current, 'closed');
  }

  private markStale(db: WsisDb, reason: StaleReason): void {
    if (this.staleReasons.has(db)) return;
    this.staleReasons.set(db, reason);
    db.close();
    if (this.current === db) {
      this.current = null;
      this.opening = null;
    }
    if (reason !== 'closed') this.onStale?.(reason);
  }

  private open(): Promise<WsisDb> {
    const wantedVersion = this.version;
    return new Promise<WsisDb>((resolve, reject) => {
      let settled = false;
      let handle: WsisDb | null = null;
      let blockedTimer: ReturnType<typeof setTimeout> | undefined;
      let upgradeFailure: { from: number; error: unknown } | null = null;

      openDB<WsisLensDb>(this.name, wantedVersion, {
        upgrade: (db, oldVersion, newVersion, tx) => {
          applyUpgrades(db, tx, oldVersion, newVersion ?? wantedVersion, this.steps).catch((error: unknown) => {
            upgradeFailure = { from: oldVersion, error };
          });
        },
        blocked: (storedVersion) => {
          clearTimeout(blockedTimer);
          blockedTimer = setTimeout(() => {
            if (settled) return;
            settled = true;
            reject(new DatabaseBlockedError(storedVersion, wantedVersion));
          }, this.blockedTimeoutMs);
        },
        // Closing at once lets the other context's upgrade (or deletion) go ahead.
        blocking: () => {
          if (handle !== null) this.markStale(handle, 'another-context-upgrades');
        },
        terminated: () => {
          if (handle !== null) this.markStale(handle, 'terminated');
        },
      }).then(
        (db) => {
          clearTimeout(blockedTimer);
          handle = db;
          if (settled) {
            // We already reported "blocked"; the open went through later. Nobody holds this handle.
            this.markStale(db, 'closed');
            return;
          }
          settled = true;
          this.current = db;
          resolve(db);
        },
        (error: unknown) => {
          clearTimeout(blockedTimer);
          if (settled) return;
          settled = true;
          reject(explainOpenFailure(error, wantedVersion, upgradeFailure));
        },
      );
    });
  }
}

function explainOpenFailure(error: unknown, wantedVersion: number, upgradeFailure: { from: number; error: unknown } | null): Error {
  if (upgradeFailure !== null) return new DatabaseUpgradeError(upgradeFailure.from, wantedVersion, { cause: upgradeFailure.error });
  if (error instanceof Error && error.name === 'VersionError') return new DatabaseTooNewError(wantedVersion, { cause: error });
  return new DatabaseUnavailableError({ cause: error });
}

const sharedConnection = new DatabaseConnection();

/** This context's handle on the `wsis-lens` database, reopened lazily when it went stale. */
export function getDb(): Promise<WsisDb> {
  return sharedConnection.getDb();
}

/** Runs `work` against this context's database, retrying once on a fresh handle if it went stale. */
export function withDb<T>(work: (db: WsisDb) => Promise<T>): Promise<T> {
  return sharedConnection.withDb(work);
}
