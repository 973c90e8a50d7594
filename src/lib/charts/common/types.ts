/** Shapes shared by the chart layouts. */
export interface Size {
  width: number;
  height: number;
}

export interface Tick {
  /** Pixel position along the axis. */
  pos: number;
  label: string;
}

/** Formats a value for an axis tick. */
export type TickFormat = (value: number) => string;
