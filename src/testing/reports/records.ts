/** A report (W&B's `View` of type `runs`), as the fake stores it. */
export interface ViewRecord {
  /** GraphQL node id. */
  id: string;
  /** W&B's internal name of the view. */
  name: string;
  entity: string;
  project: string;
  /** `runs` for reports. */
  type: string;
  displayName: string | null;
  description: string | null;
  /** The report spec, JSON text. */
  spec: string;
  /** Username of the author. */
  user: string | null;
  viewCount: number;
  createdAt: string;
  updatedAt: string;
}

/** The reports area's tables. */
export function reportTables() {
  return {
    /** Reports (views) by node id. */
    views: new Map<string, ViewRecord>(),
  };
}
