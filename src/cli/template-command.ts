/** `lap-bao-cao template [-o FILE.xlsx]`: a blank workbook typed to the contract. */
import { writeFile } from "node:fs/promises";
import { writeTemplate } from "../hosts/node";
import type { CliArgs } from "./args";
import type { CliIo } from "./cli-io";

export const DEFAULT_TEMPLATE_PATH = "mau-so-lieu-bao-cao.xlsx";

export async function templateCommand(args: CliArgs, io: CliIo): Promise<number> {
  const path = args.output ?? args.positionals[0] ?? DEFAULT_TEMPLATE_PATH;
  const bytes = await writeTemplate();
  try {
    await writeFile(path, bytes);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    io.err(args.lang === "en" ? `Cannot write “${path}” (${reason}).` : `Không ghi được tệp “${path}” (${reason}).`);
    return 2;
  }
  io.out(args.lang === "en" ? `Template written: ${path}` : `Đã tạo sổ mẫu: ${path}`);
  return 0;
}
