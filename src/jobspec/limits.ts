/**
 * Aliases a spec may resolve (both loader paths): YAML anchors are legitimate in specs (shared
 * step settings), but each alias is expanded into plain data, so an alias bomb must be refused.
 */
export const MAX_SPEC_ALIASES = 1000;
