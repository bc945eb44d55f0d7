import type { Range } from "../kernel/findings";

/** A step in another file, already placed (the other file's text is not at hand when it is shown). */
export interface PlacedHop extends Range {
  file: string;
  text: string;
}
