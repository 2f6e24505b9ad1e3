/** Command-line arguments: a command, positional arguments and options, parsed without a dependency. */
import { parseArgs } from "node:util";
import { Lang, LANGS } from "../core/i18n";
import { cliText } from "./cli-text";

export interface CliArgs {
  readonly command: string | undefined;
  readonly positionals: ReadonlyArray<string>;
  readonly output?: string;
  readonly json: boolean;
  readonly summary?: string;
  readonly issues?: string;
  readonly lang: Lang;
  readonly force: boolean;
  readonly print: boolean;
  readonly outline?: string;
  /** A section with nothing to say: a highlighted placeholder with a comment (default), or left out. */
  readonly emptySections: "placeholder" | "omit";
  readonly help: boolean;
  readonly version: boolean;
  /** `update`: list the changes, write nothing. */
  readonly dryRun: boolean;
}

export class UsageError extends Error {}

export function parseCliArgs(argv: ReadonlyArray<string>): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: "string", short: "o" },
        json: { type: "boolean", default: false },
        summary: { type: "string" },
        issues: { type: "string" },
        lang: { type: "string", default: Lang.Vi },
        force: { type: "boolean", default: false },
        print: { type: "boolean", default: false },
        outline: { type: "string" },
        "empty-sections": { type: "string", default: "placeholder" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
        "dry-run": { type: "boolean", default: false },
      },
    });
  } catch (e) {
    throw new UsageError(parseErrorText(e as Error & { code?: string }, argv));
  }
  const { values, positionals } = parsed;
  const lang = LANGS.find((l) => l === values.lang);
  // Told under the Vietnamese prefix (no valid --lang was given), so in Vietnamese.
  if (lang === undefined) throw new UsageError(cliText(Lang.Vi).langValue(String(values.lang)));
  const emptySections = values["empty-sections"];
  if (emptySections !== "placeholder" && emptySections !== "omit") {
    throw new UsageError(cliText(lang).emptySectionsValue(String(emptySections)));
  }
  const [command, ...rest] = positionals;
  return {
    command,
    positionals: rest,
    output: values.output,
    json: values.json ?? false,
    summary: values.summary,
    issues: values.issues,
    lang,
    force: values.force ?? false,
    print: values.print ?? false,
    outline: values.outline,
    emptySections,
    help: values.help ?? false,
    version: values.version ?? false,
    dryRun: values["dry-run"] ?? false,
  };
}

/** Node's parseArgs speaks English only; the clerk gets the same facts in her language. */
function parseErrorText(error: Error & { code?: string }, argv: ReadonlyArray<string>): string {
  const t = cliText(askedLang(argv));
  const option = /'(-[^']*)'/.exec(error.message)?.[1] ?? "";
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return t.unknownOption(option);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return t.optionNeedsValue(option);
    default:
      return error.message;
  }
}

/** The language asked for, read before parsing so that a usage error is told in it: English only for `--lang en`. */
export function askedLang(argv: ReadonlyArray<string>): Lang {
  const english = argv.some((a, i) => a === `--lang=${Lang.En}` || (a === "--lang" && argv[i + 1] === Lang.En));
  return english ? Lang.En : Lang.Vi;
}
