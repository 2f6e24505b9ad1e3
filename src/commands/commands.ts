/// <reference types="office-js" />
/**
 * commands.html, the ribbon's function file: "Tạo mẫu" adds the template's
 * missing sheets. Word loads it too; there it touches nothing.
 */
import { registerCommands } from "./register-commands";

Office.onReady(() => registerCommands(Office));
