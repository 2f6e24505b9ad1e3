/** The activity catalogue: the kinds of `Hoạt động`, their sections and the sentences that report them. */
export { BUILT_IN_KINDS, type BuiltInKind } from "./builtin-kinds";
export { activityCatalogue, kindOf, type ActivityCatalogue, type ActivityKind, type KindRow } from "./catalogue";
export { parseSentence, firstNumberSlot, type SentencePart, type SentenceTemplate } from "./sentence-template";
export { SLOTS, COUNT_SLOTS, NUMBER_SLOTS, slotNamed, knownSlotsText, type SlotKey } from "./slots";
