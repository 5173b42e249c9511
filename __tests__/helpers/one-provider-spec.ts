/** A job of one prompt step on one provider `p`, for the validate checks of a provider block. */
export function oneProviderSpec(provider: string): string {
  return `version: 2
name: t
defaults: { provider: p }
providers:
  p: ${provider}
steps:
  a: { prompt: "x" }
`;
}
