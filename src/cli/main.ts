#!/usr/bin/env node
/** The `lap-bao-cao` command. */
import { runCli } from "./run-cli";
import { processIo } from "./cli-io";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require("../../package.json") as { version: string };

runCli(process.argv.slice(2), processIo, version).then((code) => {
  process.exitCode = code;
});
