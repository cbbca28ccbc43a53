import { z } from 'zod';
import { say } from '../i18n/validation-locale.ts';
import { isSizeIssue } from '../wire/message.ts';

export const apiIssueSchema = z.object({
  /** Dotted path of the offending field, e.g. "message.text.content"; "" for the whole input. */
  path: z.string(),
  message: z.string(),
  /**
   * A stable name for what is wrong, set where only the server can tell (e.g. "webhook_wrong_origin"): clients
   * word it in their reader's language, falling back to `message` (English) for codes they do not know.
   */
  code: z.string().optional(),
  /** Values the code's wording takes, e.g. `{name}` of the robot that already has a webhook. */
  params: z.record(z.string(), z.string()).optional(),
});

/** Every error the API answers has this shape, whatever the status. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(apiIssueSchema).optional(),
  }),
});

export type ApiIssue = z.infer<typeof apiIssueSchema>;
export type ApiError = z.infer<typeof apiErrorSchema>;

export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

/** zod issues as the API reports them, each at the field it is about. */
export function toApiIssues(error: z.ZodError): ApiIssue[] {
  return explainingIssues(error).flatMap(({ issue, path }) =>
    // One issue per unknown key, at that key ("robot.token"), not at the object holding it.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: issuePath([...path, key]), message: unknownKey(key) }))
      : [{ path: issuePath(path), message: issue.message }],
  );
}

/** Whether what the schema refused is a message over DingTalk's size limit (see MESSAGE_TOO_LONG). */
export function isOverSizeLimit(error: z.ZodError): boolean {
  return explainingIssues(error).some(({ issue }) => isSizeIssue(issue));
}

type PlacedIssue = { issue: z.core.$ZodIssue; path: PropertyKey[] };

/** The issues that say what is wrong, each with its path from the input's root. */
function explainingIssues(error: z.ZodError): PlacedIssue[] {
  const placed = (issue: z.core.$ZodIssue, under: readonly PropertyKey[]): PlacedIssue[] => {
    const path = [...under, ...issue.path];
    if (issue.code === 'invalid_union') {
      // The option that knows the most keys of the input is the one meant, when only one does: its issues
      // say what is wrong ({robot, message} is the message option with robotId misspelt).
      const unknownKeys = issue.errors.map((option) =>
        option.reduce(
          (count, inner) =>
            inner.code === 'unrecognized_keys' && inner.path.length === 0 ? count + inner.keys.length : count,
          0,
        ),
      );
      const fewest = Math.min(...unknownKeys);
      const meant = issue.errors.filter((_, i) => unknownKeys[i] === fewest);
      if (meant.length === 1) return meant[0]!.flatMap((inner) => placed(inner, path));
    }
    return [{ issue, path }];
  };
  return error.issues.flatMap((issue) => placed(issue, []));
}

function unknownKey(key: string): string {
  return say({ zh: `未知字段 "${key}"`, en: `Unknown field "${key}"` })();
}
