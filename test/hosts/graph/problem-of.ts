/** The Graph problem a call rejected with; fails the test when it resolved or threw anything else. */
import { GraphProblemError, type GraphProblem } from "../../../src/hosts/graph";

export async function problemOf(promise: Promise<unknown>): Promise<GraphProblem> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphProblemError);
  return (error as GraphProblemError).problem;
}
