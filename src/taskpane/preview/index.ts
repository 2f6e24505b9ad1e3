/** The Xem trước tab: the report rendered as HTML, figures leading to their cells. */
export { PreviewTab, type PreviewTabProps } from "./preview-tab";
export { parseSources, figureTarget, isActivationKey } from "./preview-figures";
