/** Language: the one `Lang` type the core, the renderers, the pane and the CLI share. */
export { Lang, LANGS, parseLang } from "./lang";
