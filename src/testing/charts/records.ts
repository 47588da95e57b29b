/** A custom chart preset, as the fake stores it. */
export interface CustomChartRecord {
  /** `entity/name`. */
  id: string;
  entity: string;
  name: string;
  displayName: string;
  /** `vega2`. */
  type: string;
  /** `PRIVATE` or `PUBLIC`. */
  access: string;
  /** The Vega spec, JSON text. */
  spec: string;
  /** Username of the creator. */
  user: string;
  createdAt: string;
  updatedAt: string;
}

/** The charts area's tables. */
export function chartTables() {
  return {
    /** Custom chart presets by id (`entity/name`). */
    customCharts: new Map<string, CustomChartRecord>(),
  };
}
