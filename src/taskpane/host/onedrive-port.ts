import type { GraphClient } from "../../hosts/graph";

/** What the OneDrive button needs from its host; `onedrive-host.ts` is the Office one, tests pass their own. */
export interface OneDriveHost {
  /** Undefined when the app has no client id (`src/config/app-config.ts`): the button says what to configure. */
  readonly client: OneDriveClient | undefined;
  /** The open workbook's address (`Office.context.document.url`); undefined or a local path when not in the cloud. */
  documentUrl(): string | undefined;
  /** Opens the saved report in the browser (Word for the web). */
  openInBrowser(url: string): void;
}

export interface OneDriveClient extends GraphClient {
  /** Gets a token now, so that signing in is its own step (and its own message). */
  signIn(): Promise<void>;
}
