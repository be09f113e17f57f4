export const fp = "lodash/fp";
