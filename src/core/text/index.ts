export { cleanLabel, withoutBrackets, matchKey, looseKey } from "./normalise";
export { NameIndex, nameKeys } from "./name-index";
export { levenshtein, nearest } from "./nearest";
