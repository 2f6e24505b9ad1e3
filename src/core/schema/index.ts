export * from "./column-spec";
export * from "./sheets";
export * from "./info-keys";
export * from "./record-of";
