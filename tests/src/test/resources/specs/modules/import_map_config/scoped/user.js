import lodash from "lodash"; export const seen = lodash;
