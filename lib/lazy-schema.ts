/**
 * A schema made the first time it is asked for. zod makes its schema objects where their module
 * runs, and every module of the popup runs before its first screen shows: a schema only a submit,
 * the outbox, a migration or the due-today list needs would cost the popup's open its
 * construction (entrypoints/popup/README.md). Declared with this, it is made when something
 * first validates with it:
 *
 *   export const taskSubmissionSchema = lazySchema(() => z.object({ … }));
 *   export type TaskSubmission = z.infer<ReturnType<typeof taskSubmissionSchema>>;
 *   taskSubmissionSchema().safeParse(value);
 */
export function lazySchema<T>(make: () => T): () => T {
  let schema: T | undefined;
  return () => {
    schema ??= make();
    return schema;
  };
}
