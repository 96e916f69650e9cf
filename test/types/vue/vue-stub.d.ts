// The two names rolekit/vue uses from Vue, standing in for the package (not installed here): the
// check is of the generated types, what each tag's props and handlers are.
export type DefineComponent<Props = object> = new () => { $props: Props };
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface GlobalComponents {}
