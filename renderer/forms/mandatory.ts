/**
 * What a required field carries instead of the `required` attribute: the asterisk and the
 * accessible "required", but no browser check, so the only messages are the app's own (in the app's
 * language, under the field) and never the browser's bubble.
 */
export const mandatory = { withAsterisk: true, 'aria-required': true } as const;
