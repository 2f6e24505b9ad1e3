/** What each sheet's summariser returns: its part of the summary and how its rows were used. */
import type { RowAccount } from "./summary";

export interface SheetSummary<S> {
  readonly summary: S;
  readonly rows: RowAccount;
}
