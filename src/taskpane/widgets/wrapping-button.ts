/** Fluent buttons keep their label on one line; in a 320 px pane long labels must wrap instead. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useWrappingButton = makeStyles({
  button: {
    whiteSpace: "normal",
    maxWidth: "100%",
    height: "auto",
    minHeight: "32px",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    textAlign: "left",
  },
});
