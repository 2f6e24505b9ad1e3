/** `lap-bao-cao template [-o FILE.xlsx]`: a blank workbook typed to the contract. */
import { writeTemplate } from "../hosts/node";
import { writeOutputLine } from "./outputs";
import type { CliArgs } from "./args";
import type { CliIo } from "./cli-io";
import { cliText } from "./cli-text";

export const DEFAULT_TEMPLATE_PATH = "mau-so-lieu-bao-cao.xlsx";

export async function templateCommand(args: CliArgs, io: CliIo): Promise<number> {
  const path = args.output ?? args.positionals[0] ?? DEFAULT_TEMPLATE_PATH;
  const bytes = await writeTemplate();
  const failed = await writeOutputLine(path, bytes, args.lang);
  if (failed) {
    io.err(failed);
    return 2;
  }
  io.out(cliText(args.lang).templateWritten(path));
  return 0;
}
