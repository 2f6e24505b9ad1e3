/** An issue's parameters read by name, whatever its code: for tests that assert on a mixed list. */
import type { Issue, IssueParam } from "../../src/core/issues";

export function paramsOf(issue: Issue): Readonly<Record<string, IssueParam | undefined>> {
  return issue.params;
}
