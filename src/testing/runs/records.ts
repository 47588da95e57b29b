import type { File, FileUrlArgs } from '../../../generated/resolvers';
import type { ArtifactRecord } from '../artifacts/records';

/** Records of the runs area: runs, their files, upload URLs, system metrics and history exports. */

/** A run of a project. */
export interface RunRecord {
  id: string;
  /** The run id within its project. */
  name: string;
  entity: string;
  project: string;
  displayName: string | null;
  state: string;
  /** W&B's stored form: `{ key: { value, desc } }`. */
  config: Record<string, { value: unknown; desc: string | null }>;
  summary: Record<string, unknown>;
  systemMetrics: Record<string, unknown>;
  tags: string[];
  group: string | null;
  jobType: string | null;
  notes: string | null;
  description: string | null;
  commit: string | null;
  host: string | null;
  sweepName: string | null;
  readOnly: boolean;
  /** Username of the owner. */
  user: string | null;
  /** History rows in step order, each with `_step`. */
  history: Record<string, unknown>[];
  createdAt: string;
  heartbeatAt: string | null;
  updatedAt: string;
  /** Set by `stopRun` (the "Stop run" button): the run's process stops at its next heartbeat. */
  stopped?: boolean;
  /** The run's captured console output, oldest first. */
  logLines?: LogLineRecord[];
}

/** One line of a run's console output. */
export interface LogLineRecord {
  /** The text of the line. */
  line: string;
  /** `error` for stderr, `''` for stdout. */
  level: string;
  /** The writing process's label when several share the run, else `''`. */
  label: string;
  /** When the line was captured, as W&B reports it (ISO 8601, without a zone). */
  timestamp: string;
}

/** A file saved with a run (its bytes are a blob). */
export interface RunFileRecord {
  id: string;
  name: string;
  blobId: string;
  sizeBytes: number;
  /** Base64 MD5 of the bytes. */
  md5: string;
  mimetype: string;
  createdAt: string;
  updatedAt: string;
}

/** An upload URL handed out by `createRunFiles` and not used yet. */
export interface RunFileUploadRecord {
  entity: string;
  project: string;
  run: string;
  name: string;
}

/** How much of a run's history W&B has exported to parquet, and the files written for it. */
export interface HistoryExportRecord {
  /** Rows (from the first) in parquet files; the rest is served as `liveData`. */
  exportedRows: number;
  rowsPerFile: number;
  /** Blobs of the parquet files, for the export state named by `signature`. */
  files: { signature: string; blobIds: string[] } | null;
}

/**
 * A file as the fake answers it (a run's file, an artifact's): the `File` fields it has, with
 * `url` a function of the field's arguments where the URL depends on them.
 */
export type FileView = Partial<Omit<File, 'url' | 'artifact'>> & {
  url?: string | null | ((args: FileUrlArgs) => string);
  artifact?: ArtifactRecord | null;
};

/** The key of a run in the runs area's tables. */
export function runKey(entity: string, project: string, run: string): string {
  return `${entity}/${project}/${run}`;
}

/** The runs area's tables. */
export function runTables() {
  return {
    /** Runs per project (`entity/project`), in creation order, by run id. */
    runs: new Map<string, Map<string, RunRecord>>(),
    /** Files of each run, by `runKey()` then file name. */
    runFiles: new Map<string, Map<string, RunFileRecord>>(),
    /** Upload URLs handed out and not used yet, by token. */
    runFileUploads: new Map<string, RunFileUploadRecord>(),
    /** System-metrics rows of each run (what `Run.events` returns), by `runKey()`. */
    runEvents: new Map<string, Record<string, unknown>[]>(),
    /** History export state of each run, by `runKey()`; a run without an entry is exported once it stops running. */
    historyExports: new Map<string, HistoryExportRecord>(),
  };
}
