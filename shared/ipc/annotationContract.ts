/**
 * Channels of annotations and fact-check claims (issue 3). Merged into the one contract in `contract.ts`.
 * Owned by the annotations work; add channels here, never in contract.ts.
 */
export const annotationContract = {} as const;
