/** The languages the product writes: Vietnamese first, English second. */
export const Lang = { Vi: "vi", En: "en" } as const;
export type Lang = (typeof Lang)[keyof typeof Lang];

/** Every language, in the order the product offers them. */
export const LANGS: ReadonlyArray<Lang> = [Lang.Vi, Lang.En];

/** A language code as typed (`--lang EN`, a saved setting), or undefined when it is none of ours. */
export function parseLang(value: string | undefined): Lang | undefined {
  const code = value?.trim().toLowerCase();
  return LANGS.find((l) => l === code);
}
