/** Dispatches a command line; returns the exit code and never throws. */
import { askedLang, parseCliArgs, UsageError, type CliArgs } from "./args";
import { cliText } from "./cli-text";
import { validateCommand } from "./validate-command";
import { templateCommand } from "./template-command";
import { generateCommand } from "./generate-command";
import { updateCommand } from "./update-command";
import type { CliIo } from "./cli-io";

const COMMANDS: Readonly<Record<string, (args: CliArgs, io: CliIo) => Promise<number>>> = {
  validate: validateCommand,
  template: templateCommand,
  generate: generateCommand,
  update: updateCommand,
};

export async function runCli(argv: ReadonlyArray<string>, io: CliIo, version = "0.0.0"): Promise<number> {
  // Known before parsing, so a usage error is told in the language asked for.
  const lang = askedLang(argv);
  try {
    const args = parseCliArgs(argv);
    if (args.version) {
      io.out(version);
      return 0;
    }
    if (args.help || !args.command) {
      io.out(cliText(args.lang).usage);
      return args.command || args.help ? 0 : 2;
    }
    const command = COMMANDS[args.command];
    if (!command) throw new UsageError(cliText(args.lang).unknownCommand(args.command));
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(cliText(lang).usageError(error.message));
      io.err("");
      io.err(cliText(lang).usage);
      return 2;
    }
    // A bug of ours: one line the user can pass on, not a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    io.err(cliText(lang).unexpectedError(message));
    return 2;
  }
}
