/** The download dialog's words; each language's file fills it in full. */
export interface DownloadText {
  readonly title: string;
  readonly waiting: (received: number, total: number) => string;
  readonly ready: (name: string) => string;
  readonly save: string;
  readonly started: (name: string) => string;
  readonly broken: string;
  readonly tooLarge: string;
  readonly inconsistent: string;
}
